#include "store/database.h"

#include <soci/soci.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <thread>

#include "core/errors.h"
#include "core/text_message.h"
#include "store/backend.h"
#include "store/migrations.h"
#include "store/postgresql_roles.h"

namespace fn::store {
namespace fs = std::filesystem;

namespace {

std::unique_ptr<Backend> make_backend(ConnectionTarget::Backend kind) {
    return kind == ConnectionTarget::Backend::Postgresql ? make_postgresql_backend() : make_sqlite_backend();
}

std::string utc_now() {
    auto t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
    return buf;
}

int applied_version(soci::session& sql) {
    sql << "CREATE TABLE IF NOT EXISTS schema_migrations ("
           " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)";
    int version = 0;
    soci::indicator ind = soci::i_null;
    sql << "SELECT MAX(version) FROM schema_migrations", soci::into(version, ind);
    return ind == soci::i_ok ? version : 0;
}

}  // namespace

// The version without taking any lock, for the usual case of a database
// that is up to date.
int Backend::schema_version_at_open(soci::session& sql) {
    try {
        int version = 0;
        soci::indicator ind = soci::i_null;
        sql << "SELECT MAX(version) FROM schema_migrations", soci::into(version, ind);
        return ind == soci::i_ok ? version : 0;
    } catch (const std::exception&) {
        return 0;
    }
}

namespace {

void refuse_newer(int version, const std::string& where) {
    if (version > latest_schema_version())
        throw Error(
            tr("{0} was written by a newer FamilyNight (schema version {1}; this version understands up to {2}). "
               "Update FamilyNight to open it.",
               {where, version, latest_schema_version()}));
}

// Every step of every missing version in one transaction: a database is at
// one version or the next, never in between.
struct Migrated {
    int from = 0, to = 0;
};
// `known`: the version read just before (one round trip less on a server).
Migrated migrate(Backend& backend, soci::session& sql, const std::string& where, int known) {
    if (int current = known; current >= latest_schema_version()) {
        refuse_newer(current, where);
        return {current, current};
    }
    backend.begin_migration(sql);
    try {
        int version = applied_version(sql);
        const int from = version;
        refuse_newer(version, where);
        for (const auto& m : backend.migrations()) {
            if (m.version <= version) continue;
            for (const auto& statement : m.statements) sql << statement;
            std::string now = utc_now();
            sql << "INSERT INTO schema_migrations (version, applied_at) VALUES (:v, :t)", soci::use(m.version),
                soci::use(now);
            version = m.version;
        }
        sql << "COMMIT";
        return {from, version};
    } catch (...) {
        try {
            sql << "ROLLBACK";
        } catch (const std::exception&) {
            // Nothing left to roll back.
        }
        throw;
    }
}

// A short random pause before running a transaction again, so two stations
// that collided do not collide again in step.
void pause_before_retry(int attempt) {
    thread_local std::minstd_rand random{std::random_device{}()};
    std::uniform_int_distribution<int> ms(1, 10 * attempt);
    std::this_thread::sleep_for(std::chrono::milliseconds(ms(random)));
}

}  // namespace

std::string default_database_path() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    fs::path base;
    if (xdg && *xdg) {
        base = xdg;
    } else {
        const char* home = std::getenv("HOME");
        base = fs::path(home && *home ? home : ".") / ".local" / "share";
    }
    return (base / "familynight" / "familynight.db").string();
}

int latest_schema_version() { return sqlite_migrations().back().version; }

Database Database::open(const std::string& connection, OpenMode mode) {
    ConnectionTarget target = parse_connection_string(connection);
    auto backend = make_backend(target.backend);
    const std::string where = "the database " + without_password(target.location);
    try {
        auto session = backend->connect(target.location, where, mode == OpenMode::CreateIfMissing);
        const bool keep_backups = mode != OpenMode::WorkingCopy;
        const int current = backend->schema_version_at_open(*session);
        if (keep_backups && current > 0 && current < latest_schema_version())
            backend->before_migration(*session, target.location, current);
        Migrated m = migrate(*backend, *session, where, current);
        Text note;
        if (keep_backups && m.from != 0) note = backend->after_open(*session, target.location);
        remember_access(*session, backend->access(*session));
        Database db(std::move(backend), std::move(session), target, m.to, m.from == 0);
        db.open_note_ = std::move(note);
        // Door and teacher logins are granted what the upgrade added.
        if (m.from != 0 && m.to > m.from) refresh_roles_after_upgrade(db);
        return db;
    } catch (const fn::Error&) {
        throw;
    } catch (const std::exception& e) {
        backend->rethrow_plain_if_known(e);
        throw Error(tr("cannot open {0}: {1}", {where, std::string(e.what())}));
    }
}

Database::Database(std::unique_ptr<Backend> backend, std::unique_ptr<soci::session> s, ConnectionTarget target,
                   int version, bool was_new)
    : dialect_(std::move(backend)),
      session_(std::move(s)),
      target_(std::move(target)),
      schema_version_(version),
      was_new_(was_new) {}
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() {
    if (session_) forget_access(*session_);
}

void Database::transaction(const std::function<void(soci::session&)>& work) { run(work, true); }

void Database::rehearse(const std::function<void(soci::session&)>& work) { run(work, false); }

void Database::one_statement(const std::function<void(soci::session&)>& work) {
    alone(work);
    if (committed_) committed_();
}

void Database::read_one_statement(const std::function<void(soci::session&)>& work) { alone(work); }

void Database::alone(const std::function<void(soci::session&)>& work) {
    retrying([&] { work(*session_); });
}

void Database::retrying(const std::function<void()>& attempt) {
    constexpr int kAttempts = 12;
    for (int n = 1;; ++n) {
        try {
            attempt();
            return;
        } catch (const fn::Error&) {
            throw;
        } catch (const std::exception& e) {
            if (n < kAttempts && dialect_->worth_retrying(e)) {
                pause_before_retry(n);
                continue;
            }
            dialect_->rethrow_plain_if_known(e);
            throw Error(tr("database error: {0}", {std::string(e.what())}));
        }
    }
}

ReadSnapshot::ReadSnapshot(Database& db) : db_(db) {
    try {
        db_.dialect_->begin_read(*db_.session_);
    } catch (const std::exception& e) {
        db_.dialect_->rethrow_plain_if_known(e);
        throw Error(tr("database error: {0}", {std::string(e.what())}));
    }
}

// Only read: ending it by rolling back is the same as committing, and cannot
// fail on a write.
ReadSnapshot::~ReadSnapshot() {
    try {
        *db_.session_ << "ROLLBACK";
    } catch (const std::exception&) {
        // The connection is gone; there is nothing to end.
    }
}

long long Database::data_version() { return dialect_->data_version(*session_); }

void Database::run(const std::function<void(soci::session&)>& work, bool commit) {
    retrying([&] {
        dialect_->begin_write(*session_);
        try {
            work(*session_);
            if (commit) dialect_->before_commit(*session_);
            *session_ << (commit ? "COMMIT" : "ROLLBACK");
        } catch (...) {
            try {
                *session_ << "ROLLBACK";
            } catch (const std::exception&) {
                // SQLite may already have rolled back (e.g. after a full disk).
            }
            throw;
        }
    });
    if (commit && committed_) committed_();
}

}  // namespace fn::store
