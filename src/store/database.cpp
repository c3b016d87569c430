#include "store/database.h"

#include <fcntl.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "core/errors.h"
#include "store/migrations.h"

namespace fn::store {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kSqlitePrefix = "sqlite3://";
constexpr std::string_view kPostgresPrefix = "postgresql://";

// SQLite creates new files with the process umask (often world-readable);
// family data must not be, so the file is made first with mode 0600.
void create_private_file(const std::string& path) {
    if (fs::exists(path)) return;
    fs::path parent = fs::path(path).parent_path();
    if (!parent.empty() && !fs::exists(parent)) {
        fs::create_directories(parent);
        fs::permissions(parent, fs::perms::owner_all, fs::perm_options::replace);
    }
    int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST)
        throw Error(tr("cannot create the database file {0}: {1}", {path, std::string(std::strerror(errno))}));
    if (fd >= 0) ::close(fd);
}

void apply_pragmas(soci::session& sql) {
    sql << "PRAGMA foreign_keys = ON";
    sql << "PRAGMA busy_timeout = 5000";
    // 64 MiB of page cache: a whole-roster import stays in memory until it
    // commits instead of spilling pages to the WAL mid-transaction.
    sql << "PRAGMA cache_size = -65536";
    // Statement journals and temp tables in memory, not in /var/tmp files
    // (measured: 177,000 small writes to a temp file during a roster import).
    sql << "PRAGMA temp_store = MEMORY";
    std::string mode;
    sql << "PRAGMA journal_mode = WAL", soci::into(mode);
    // NORMAL is durable in WAL mode except for the last commits on power loss,
    // and is 20x faster than FULL for the many small check-in transactions.
    sql << "PRAGMA synchronous = NORMAL";
}

int applied_version(soci::session& sql) {
    sql << "CREATE TABLE IF NOT EXISTS schema_migrations ("
           " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)";
    int version = 0;
    soci::indicator ind = soci::i_null;
    sql << "SELECT MAX(version) FROM schema_migrations", soci::into(version, ind);
    return ind == soci::i_ok ? version : 0;
}

int migrate(soci::session& sql, const std::string& where) {
    int version = applied_version(sql);
    if (version > latest_schema_version())
        throw Error(tr("{0} was written by a newer FamilyNight (schema version {1}; this version understands up to {2}). "
                       "Update FamilyNight to open it.",
                       {where, version, latest_schema_version()}));
    if (version == latest_schema_version()) return version;
    // Two stations may open a new file at once: the one that takes the
    // write lock first migrates, the other then finds nothing left to do.
    sql << "BEGIN IMMEDIATE";
    try {
        version = applied_version(sql);
        for (const auto& m : sqlite_migrations()) {
            if (m.version <= version) continue;
            for (const auto& statement : m.statements) sql << statement;
            sql << "INSERT INTO schema_migrations (version, applied_at) VALUES (:v, datetime('now'))",
                soci::use(m.version);
            version = m.version;
        }
        sql << "COMMIT";
    } catch (...) {
        sql << "ROLLBACK";
        throw;
    }
    return version;
}

}  // namespace

ConnectionTarget parse_connection_string(const std::string& connection) {
    if (connection.rfind(kPostgresPrefix, 0) == 0 || connection.rfind("postgres://", 0) == 0)
        return {ConnectionTarget::Backend::Postgresql, connection};
    std::string path = connection.rfind(kSqlitePrefix, 0) == 0 ? connection.substr(kSqlitePrefix.size()) : connection;
    if (path.empty()) throw Error(tr("the database connection string names no file"));
    if (path.find("://") != std::string::npos)
        throw Error(tr("unknown database kind in {0}; use sqlite3://PATH or a file path", {quoted(connection)}));
    if (path.find('"') != std::string::npos) throw Error(tr("database file names cannot contain a double quote"));
    return {ConnectionTarget::Backend::Sqlite3, path};
}

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

Database Database::open(const std::string& connection) {
    ConnectionTarget target = parse_connection_string(connection);
    if (target.backend == ConnectionTarget::Backend::Postgresql)
        throw Error(tr("PostgreSQL databases are not supported by this build yet; use a SQLite file (sqlite3://PATH)"));
    const std::string where = "the database " + target.location;
    try {
        create_private_file(target.location);
        auto session = std::make_unique<soci::session>(soci::sqlite3, "db=\"" + target.location + "\" timeout=5");
        apply_pragmas(*session);
        int version = migrate(*session, where);
        return Database(std::move(session), target, version);
    } catch (const fn::Error&) {
        throw;
    } catch (const soci::sqlite3_soci_error& e) {
        int code = e.result() & 0xff;
        if (code == 26 /* SQLITE_NOTADB */) throw Error(tr("{0} is not a FamilyNight database (not SQLite)", {where}));
        if (code == 14 /* SQLITE_CANTOPEN */) throw Error(tr("cannot open {0}: check the folder exists and is writable", {where}));
        rethrow_plain(e);
    } catch (const std::exception& e) {
        throw Error(tr("cannot open {0}: {1}", {where, std::string(e.what())}));
    }
}

Database::Database(std::unique_ptr<soci::session> s, ConnectionTarget target, int version)
    : session_(std::move(s)), target_(std::move(target)), schema_version_(version) {}
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

void Database::transaction(const std::function<void(soci::session&)>& work) { run(work, true); }

void Database::rehearse(const std::function<void(soci::session&)>& work) { run(work, false); }

long long Database::data_version() {
    long long version = 0;
    *session_ << "PRAGMA data_version", soci::into(version);
    return version;
}

// SOCI's transaction issues a deferred BEGIN: an operation that reads and
// then writes cannot upgrade its lock while another connection writes, and
// SQLite answers SQLITE_BUSY at once, without waiting. Taking the write lock
// at BEGIN makes the busy timeout apply. The timeout (5 s) is retried a few
// times so a long roster import on another station delays a check-in
// rather than losing it.
void Database::begin_write() {
    constexpr int kAttempts = 4;
    for (int attempt = 1;; ++attempt) {
        try {
            *session_ << "BEGIN IMMEDIATE";
            return;
        } catch (const soci::sqlite3_soci_error& e) {
            int code = e.result() & 0xff;
            if ((code != 5 && code != 6) || attempt == kAttempts) throw;
        }
    }
}

void Database::run(const std::function<void(soci::session&)>& work, bool commit) {
    try {
        begin_write();
        try {
            work(*session_);
            *session_ << (commit ? "COMMIT" : "ROLLBACK");
        } catch (...) {
            try {
                *session_ << "ROLLBACK";
            } catch (const std::exception&) {
                // SQLite may already have rolled back (e.g. after a full disk).
            }
            throw;
        }
    } catch (const fn::Error&) {
        throw;
    } catch (const std::exception& e) {
        rethrow_plain(e);
    }
    if (commit && committed_) committed_();
}

void rethrow_plain(const std::exception& e) {
    if (auto* s = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) {
        switch (s->result() & 0xff) {
            case 19: throw ConflictError(tr("that change conflicts with data already stored ({0})", {std::string(e.what())}));
            case 5:
            case 6: throw Error(tr("the database is busy in another window or program; try again in a moment"));
            case 8: throw Error(tr("the database file is read-only; copy it somewhere writable"));
            case 13: throw Error(tr("the disk is full; free some space and try again"));
            default: break;
        }
    }
    throw Error(tr("database error: {0}", {std::string(e.what())}));
}

}  // namespace fn::store
