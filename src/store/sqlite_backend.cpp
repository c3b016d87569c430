// The embedded default: one SQLite file, in WAL mode, written by one
// transaction at a time.
#include <fcntl.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>
#include <vector>

#include "core/errors.h"
#include "core/text_message.h"
#include "store/backend.h"
#include "store/sqlite_backup.h"

namespace fn::store {
namespace fs = std::filesystem;

namespace {

constexpr int kBusy = 5, kLocked = 6, kReadOnly = 8, kIoErr = 10, kFull = 13, kCantOpen = 14, kConstraint = 19,
              kNotADb = 26;

int primary_code(const soci::sqlite3_soci_error& e) { return e.result() & 0xff; }

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

// "FamN" in the file header: the file is FamilyNight's (sqlite.org's
// application_id; file(1) shows it too).
constexpr int kApplicationId = 0x46616d4e;

// Before anything is written: is this file FamilyNight's, a new one, or an
// older FamilyNight file from before the header mark (then marked now)?
// Another program's database is refused with what it holds.
void recognise(soci::session& sql, const std::string& where) {
    int id = 0;
    sql << "PRAGMA application_id", soci::into(id);
    if (id == kApplicationId) return;
    std::vector<std::string> tables(200);
    sql << "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        soci::into(tables);
    bool ours = tables.empty() || (std::find(tables.begin(), tables.end(), "schema_migrations") != tables.end() &&
                                   std::find(tables.begin(), tables.end(), "households") != tables.end());
    if (id != 0 || !ours) {
        std::string listed;
        for (std::size_t i = 0; i < tables.size() && i < 5; ++i) listed += (i ? ", " : "") + tables[i];
        if (tables.size() > 5) listed += ", ...";
        throw Error(
            tr("{0} is another program's database ({1}); FamilyNight changed nothing in it. "
               "Open a FamilyNight file, or give a new file name to start one",
               {where, listed.empty() ? std::string("marked for another application") : "tables " + listed}));
    }
    sql << "PRAGMA application_id = " << kApplicationId;
}

// Files this process has open: the locks of its own connections are not
// seen by fcntl(F_GETLK), and one of them is no crash either (the app opens
// a second connection for work in the background).
class OpenHere {
public:
    static void add(const std::string& file) {
        std::lock_guard lock(mutex_);
        ++files_[file];
    }
    static void remove(const std::string& file) {
        std::lock_guard lock(mutex_);
        if (auto it = files_.find(file); it != files_.end() && --it->second == 0) files_.erase(it);
    }
    static bool has(const std::string& file) {
        std::lock_guard lock(mutex_);
        return files_.count(file) > 0;
    }

private:
    static inline std::mutex mutex_;
    static inline std::map<std::string, int> files_;
};

std::string canonical_name(const std::string& location) {
    std::error_code ec;
    auto path = fs::weakly_canonical(location, ec);
    return ec ? location : path.string();
}

// Whether the last program to use the file stopped without closing it: its
// write-ahead log is still there and no connection holds the log's shared
// memory (SQLite keeps a read lock on the -shm file's "dead man switch"
// byte while a connection is open, and removes an emptied log on the last
// clean close). Another station's open connection is not a crash.
bool left_open_by_a_crash(const std::string& location) {
    if (OpenHere::has(canonical_name(location))) return false;
    std::error_code ec;
    const auto wal = fs::file_size(location + "-wal", ec);
    if (ec || wal == 0) return false;
    const int fd = ::open((location + "-shm").c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return true;               // a log without its shared memory
    constexpr off_t kDeadManSwitch = 128;  // sqlite3's os_unix.c: UNIX_SHM_DMS
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = kDeadManSwitch;
    probe.l_len = 1;
    const bool asked = ::fcntl(fd, F_GETLK, &probe) == 0;
    ::close(fd);
    return asked && probe.l_type == F_UNLCK;
}

class SqliteBackend final : public Backend {
public:
    ~SqliteBackend() override {
        if (!open_here_.empty()) OpenHere::remove(open_here_);
    }

    std::unique_ptr<soci::session> connect(const std::string& location, const std::string& where,
                                           bool may_create) override {
        try {
            if (!fs::exists(location)) {
                if (!may_create)
                    throw NotFoundError(
                        tr("there is no database {0}; check the name, or create one with "
                           "\"familynight-cli init\"",
                           {location}));
                create_private_file(location);
            }
            if (::access(location.c_str(), R_OK) != 0)
                throw Error(tr("cannot open {0}: {1}", {where, std::string(std::strerror(errno))}));
            location_ = location;
            // The whole file is checked when a crash may have left it half
            // written, and once a day before its backup (sqlite_backup.h);
            // otherwise opening reads only its header and schema, at any size.
            const bool after_a_crash = left_open_by_a_crash(location);
            auto session = std::make_unique<soci::session>(soci::sqlite3, "db=\"" + location + "\" timeout=5");
            if (after_a_crash) check_not_damaged(*session, where);
            if (open_here_.empty()) {
                open_here_ = canonical_name(location);
                OpenHere::add(open_here_);
            }
            recognise(*session, where);
            apply_pragmas(*session);
            return session;
        } catch (const soci::sqlite3_soci_error& e) {
            if (primary_code(e) == kNotADb) throw Error(tr("{0} is not a FamilyNight database (not SQLite)", {where}));
            if (primary_code(e) == kCantOpen)
                throw Error(tr("cannot open {0}: check the folder exists and is writable", {where}));
            if (primary_code(e) == 11 /* SQLITE_CORRUPT */)
                throw Error(
                    tr("{0} is damaged ({1}); open a backup instead (File > Restore, or familynight-cli db restore)",
                       {where, std::string("the file is malformed")}));
            throw;
        }
    }

    // SOCI's transaction issues a deferred BEGIN: an operation that reads and
    // then writes cannot upgrade its lock while another connection writes,
    // and SQLite answers SQLITE_BUSY at once, without waiting. Taking the
    // write lock at BEGIN makes the busy timeout apply. The timeout (5 s) is
    // retried a few times so a long roster import on another station delays
    // a check-in rather than losing it.
    void begin_write(soci::session& sql) override {
        constexpr int kAttempts = 4;
        for (int attempt = 1;; ++attempt) {
            try {
                sql << "BEGIN IMMEDIATE";
                return;
            } catch (const soci::sqlite3_soci_error& e) {
                int code = primary_code(e);
                if ((code != kBusy && code != kLocked) || attempt == kAttempts) throw;
            }
        }
    }

    // A deferred BEGIN takes no lock; in WAL mode its first read fixes the
    // snapshot every later read in it sees, while writers carry on.
    void begin_read(soci::session& sql) override { sql << "BEGIN"; }

    // Two stations may open a new file at once: the one that takes the write
    // lock first migrates, the other then finds nothing left to do.
    void begin_migration(soci::session& sql) override { begin_write(sql); }

    // Writers never run at the same time, so there is nothing to retry.
    bool worth_retrying(const std::exception&) const override { return false; }

    long long data_version(soci::session& sql) override {
        long long version = 0;
        sql << "PRAGMA data_version", soci::into(version);
        return version;
    }

    const std::vector<Migration>& migrations() const override { return sqlite_migrations(); }

    void before_migration(soci::session& sql, const std::string& location, int from_version) override {
        back_up_sqlite(sql, location, "before-schema-" + std::to_string(from_version + 1));
    }

    Text after_open(soci::session& sql, const std::string& location) override {
        // Read-only media or a full disk must not stop the door: the backup
        // is skipped (said when it is for want of space), and the next open tries again.
        try {
            return back_up_once_a_day(sql, location);
        } catch (const DamagedDatabaseError&) {
            throw;  // found by the day's check before its backup: said at once
        } catch (const std::exception&) {
            return {};
        }
    }

    // Whoever can open the file may do everything (the file is 0600).
    Access access(soci::session&) override { return Access::Coordinator; }

    void rethrow_plain_if_known(const std::exception& e) const override {
        auto* s = dynamic_cast<const soci::sqlite3_soci_error*>(&e);
        if (!s) return;
        switch (primary_code(*s)) {
            case kConstraint:
                throw ConflictError(
                    tr("that change conflicts with data already stored ({0})", {std::string(e.what())}));
            case kBusy:
            case kLocked:
                throw BusyError(tr("the database is busy in another window or program; try again in a moment"));
            case kReadOnly:
                throw NotAllowedError(tr("the database file is read-only; copy it somewhere writable"));
            case kFull:
                throw DiskFullError(tr("the disk is full; free some space and try again"));
            case kIoErr:
                // A full disk met where SQLite makes its shared-memory or log
                // file (opening, the first write) is an I/O error to SQLite.
                if (nearly_full(location_)) throw DiskFullError(tr("the disk is full; free some space and try again"));
                break;
            default:
                break;
        }
    }

private:
    static bool nearly_full(const std::string& location) {
        if (location.empty()) return false;
        struct statvfs disk {};
        fs::path folder = fs::absolute(location).parent_path();
        if (::statvfs(folder.c_str(), &disk) != 0) return false;
        constexpr unsigned long long kRoomSqliteNeeds = 1024 * 1024;  // a log and its shared memory
        return static_cast<unsigned long long>(disk.f_bavail) * disk.f_frsize < kRoomSqliteNeeds;
    }
    std::string location_;
    std::string open_here_;  // registered in OpenHere while this backend lives
};

}  // namespace

std::unique_ptr<Backend> make_sqlite_backend() { return std::make_unique<SqliteBackend>(); }

}  // namespace fn::store
