#pragma once
// What differs between SQLite and PostgreSQL, behind one interface, so that
// Database and everything above it (stores, operations, both front ends)
// never see the dialect. Internal to src/store.
#include <exception>
#include <memory>
#include <string>
#include <vector>

#include "store/access.h"
#include "store/migrations.h"

namespace soci {
class session;
}

namespace fn::store {

class Backend {
public:
    virtual ~Backend() = default;

    // Connects and applies the per-connection setup (SQLite pragmas;
    // PostgreSQL encoding and LISTEN). `where` names the database in messages.
    virtual std::unique_ptr<soci::session> connect(const std::string& location, const std::string& where,
                                                   bool may_create) = 0;
    // Opens a transaction that may write, holding what this backend needs so
    // that a concurrent writer waits instead of failing half-way.
    virtual void begin_write(soci::session& sql) = 0;
    // Opens a read-only transaction that sees one snapshot of the data.
    virtual void begin_read(soci::session& sql) = 0;
    // Opens the transaction that applies migrations; only one connection at
    // a time gets past it.
    virtual void begin_migration(soci::session& sql) = 0;
    // Runs inside a transaction that is about to commit (PostgreSQL: NOTIFY
    // the other stations, delivered only if the commit succeeds).
    virtual void before_commit(soci::session&) {}
    // True when the whole transaction may simply be run again: a
    // serialization failure or a deadlock another transaction won.
    virtual bool worth_retrying(const std::exception& e) const = 0;
    // Changes whenever another connection has committed since the last call.
    virtual long long data_version(soci::session& sql) = 0;
    virtual const std::vector<Migration>& migrations() const = 0;
    // Keeps what is there before a schema migration changes it, and once a
    // day (SQLite: a backup file; PostgreSQL: the server's own backups).
    virtual void before_migration(soci::session&, const std::string& /*location*/, int /*from_version*/) {}
    // Returns what a person should be told once (a skipped daily backup), or nothing.
    virtual Text after_open(soci::session&, const std::string& /*location*/) { return {}; }
    // What the connected login may do.
    virtual Access access(soci::session& sql) = 0;
    // The schema's version as the database is opened, without any lock; 0
    // when it has no schema yet (or cannot say: the migration step then
    // reports why). A server may learn more in the same round trip.
    virtual int schema_version_at_open(soci::session& sql);
    // Throws fn::Error (or a subclass) in plain words when `e` is this
    // backend's error; returns otherwise.
    virtual void rethrow_plain_if_known(const std::exception& e) const = 0;
};

std::unique_ptr<Backend> make_sqlite_backend();
std::unique_ptr<Backend> make_postgresql_backend();

}  // namespace fn::store
