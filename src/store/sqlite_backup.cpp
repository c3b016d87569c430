#include "store/sqlite_backup.h"

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <regex>
#include <tuple>

#include "core/errors.h"
#include "core/text_message.h"
#include "store/database.h"
#include "store/retention_store.h"

namespace fn::store {
namespace fs = std::filesystem;
using namespace sqlite_api;

namespace {

// NAME-2026-11-30-180509-REASON.db, and REASON.N.db for the Nth made in the
// same second (the reason may end in a number: before-schema-17).
const std::regex kBackupName(R"(^.*-(\d{4}-\d{2}-\d{2})-(\d{2})(\d{2})(\d{2})-[a-z0-9-]+?(\.(\d+))?\.db$)");

std::string local_time(const char* format) {
    auto t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[40];
    std::strftime(buf, sizeof buf, format, &tm);
    return buf;
}

sqlite3* handle_of(soci::session& sql) { return static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_; }

// Copies every page of `from` into `to`, a few at a time so other
// connections keep going; SQLite restarts the copy if one of them writes.
void copy_pages(sqlite3* from, sqlite3* to, const std::string& what) {
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) throw Error(tr("cannot back up to {0}: {1}", {what, std::string(sqlite3_errmsg(to))}));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) throw Error(tr("the copy to {0} failed: {1}", {what, std::string(sqlite3_errstr(rc))}));
}

void write_copy(sqlite3* from, const std::string& path) {
    const std::string part = path + ".part";
    std::error_code ignored;
    fs::remove(part, ignored);
    sqlite3* to = nullptr;
    try {
        // Made owner-only before SQLite writes a byte of family data into it.
        int fd = ::open(part.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
        if (fd < 0) throw Error(tr("cannot write {0}: {1}", {path, std::string(std::strerror(errno))}));
        ::close(fd);
        if (sqlite3_open_v2(part.c_str(), &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            throw Error(tr("cannot write {0}: {1}", {path, std::string(to ? sqlite3_errmsg(to) : "out of memory")}));
        copy_pages(from, to, path);
        // A backup is one file: no WAL beside it.
        sqlite3_exec(to, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        sqlite3_close(to);
        to = nullptr;
        fs::rename(part, path);
    } catch (...) {
        if (to) sqlite3_close(to);
        for (const char* tail : {"", "-wal", "-shm", "-journal"}) fs::remove(part + tail, ignored);
        throw;
    }
}

// The pool a backup belongs to, from its reason.
std::string pool_of(const std::string& reason) {
    return reason.rfind("before-schema-", 0) == 0 ? "before-schema-" : reason;
}

// Prunes the pool of `reason`: 7 daily ones, every manual one, the newest
// before an upgrade, a new school year or a restore.
void prune(const std::string& database_path, const std::string& reason) {
    const std::string pool = pool_of(reason);
    std::size_t keep = pool == "daily" ? kDailyBackupsKept : pool == "manual" ? SIZE_MAX : 1;
    std::size_t seen = 0;
    for (const auto& b : list_backups(database_path)) {
        const std::string name = fs::path(b.path).filename().string();
        std::smatch m;
        if (!std::regex_match(name, m, std::regex(R"(^.*-\d{4}-\d{2}-\d{2}-\d{6}-([a-z0-9-]+?)(\.\d+)?\.db$)")) ||
            pool_of(m[1].str()) != pool)
            continue;
        if (++seen > keep) {
            std::error_code ignored;
            fs::remove(b.path, ignored);
        }
    }
}

long long database_bytes(soci::session& sql) {
    long long pages = 0, page_size = 0;
    sql << "PRAGMA page_count", soci::into(pages);
    sql << "PRAGMA page_size", soci::into(page_size);
    return pages * page_size;
}

}  // namespace

std::string backups_folder(const std::string& database_path) { return database_path + ".backups"; }

std::vector<BackupFile> list_backups(const std::string& database_path) {
    std::vector<BackupFile> found;
    std::error_code ec;
    std::vector<int> sequence;                // within the second: 1, 2, ... 10 (by number, not by name)
    std::vector<fs::file_time_type> written;  // two kinds in one second: the later written is newer
    for (const auto& entry : fs::directory_iterator(backups_folder(database_path), ec)) {
        std::smatch m;
        const std::string path = entry.path().string();
        if (!entry.is_regular_file() || !std::regex_match(path, m, kBackupName)) continue;
        found.push_back({path, m[1].str() + " " + m[2].str() + ":" + m[3].str() + ":" + m[4].str(),
                         static_cast<long long>(entry.file_size())});
        sequence.push_back(m[6].matched ? std::stoi(m[6].str()) : 1);
        written.push_back(entry.last_write_time(ec));
    }
    std::vector<std::size_t> order(found.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(found[a].made, sequence[a], written[a]) > std::tie(found[b].made, sequence[b], written[b]);
    });
    std::vector<BackupFile> newest_first;
    for (std::size_t i : order) newest_first.push_back(std::move(found[i]));
    found = std::move(newest_first);
    return found;
}

std::string back_up_sqlite(soci::session& sql, const std::string& database_path, const std::string& reason,
                           const std::string& to) {
    std::string path = to;
    if (path.empty()) {
        const std::string folder = backups_folder(database_path);
        if (!fs::exists(folder)) {
            fs::create_directories(folder);
            fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace);
        }
        const std::string base = (fs::path(folder) / (fs::path(database_path).stem().string() + "-" +
                                                      local_time("%Y-%m-%d-%H%M%S") + "-" + reason))
                                     .string();
        // Two backups in one second (a migration right after the daily one):
        // the next is numbered one above the highest there, so a name freed
        // by pruning is never given to a newer backup (it would sort oldest).
        const std::string stem = fs::path(base).filename().string();
        int highest = 0;
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(folder, ec)) {
            const std::string name = entry.path().filename().string();
            if (name == stem + ".db")
                highest = std::max(highest, 1);
            else if (std::smatch m; std::regex_match(name, m, std::regex(R"(^(.*)\.(\d+)\.db$)")) && m[1].str() == stem)
                highest = std::max(highest, std::stoi(m[2].str()));
        }
        path = highest == 0 ? base + ".db" : base + "." + std::to_string(highest + 1) + ".db";
    }
    write_copy(handle_of(sql), path);
    if (to.empty()) prune(database_path, reason);
    return path;
}

namespace {
// A page too damaged to be read at all stops the check itself: that is its
// answer too.
constexpr const char* kMalformed = "the file is malformed";
}  // namespace

void check_not_damaged(soci::session& sql, const std::string& where) {
    std::string result;
    try {
        sql << "PRAGMA quick_check(1)", soci::into(result);
    } catch (const soci::soci_error&) {
        result = kMalformed;
    }
    std::replace(result.begin(), result.end(), '\n', ' ');
    if (result != "ok")
        throw DamagedDatabaseError(
            tr("{0} is damaged ({1}); open a backup instead (File > Restore, or familynight-cli db restore)",
               {where, result}));
}

std::vector<std::string> integrity_problems(soci::session& sql) {
    std::vector<std::string> problems;
    std::string line;
    try {
        soci::statement st = (sql.prepare << "PRAGMA integrity_check(100)", soci::into(line));
        st.execute();
        while (st.fetch())
            if (line != "ok") problems.push_back(line);
    } catch (const soci::soci_error&) {
        problems.push_back(kMalformed);
    }
    return problems;
}

Text back_up_once_a_day(soci::session& sql, const std::string& database_path) {
    const std::string today = local_time("%Y-%m-%d");
    for (const auto& b : list_backups(database_path))
        if (b.made.rfind(today, 0) == 0) return {};
    check_not_damaged(sql, database_path);
    std::error_code ec;
    fs::path where = backups_folder(database_path);
    if (!fs::exists(where, ec)) where = fs::absolute(database_path).parent_path();
    const auto space = fs::space(where, ec);
    const long long size = database_bytes(sql);
    const long long needed = 2 * size + kFreeSpaceMargin;
    if (!ec && static_cast<long long>(space.available) < needed)
        return tr(
            "today's automatic backup was skipped: {0} KB are free on the disk of {1}, and the backup would leave "
            "too little for tonight's check-ins; free some space (or copy the backups folder elsewhere)",
            {static_cast<long long>(space.available / 1024), database_path});
    back_up_sqlite(sql, database_path, "daily");
    return {};
}

namespace {
void require_sqlite(Database& db) {
    if (db.backend() == ConnectionTarget::Backend::Postgresql)
        throw Error(
            tr("a shared PostgreSQL database is backed up on its server: pg_dump -Fc -f school.dump DATABASE "
               "(and back with pg_restore --clean -d DATABASE school.dump)"));
}
}  // namespace

std::string back_up(Database& db, const std::string& to) {
    require_sqlite(db);
    // A file of its own, or a new name in a folder that exists: never a
    // folder, a device or a pipe (a device node was once replaced by a
    // regular file holding every family's data).
    if (!to.empty()) {
        std::error_code ec;
        const auto status = fs::symlink_status(to, ec);
        if (fs::exists(status) && fs::is_directory(status))
            throw ValidationError(tr("--to"), tr("{0} is a folder; give a file name in it, such as {1}",
                                                 {to, (fs::path(to) / "familynight-backup.db").string()}));
        if (fs::exists(status) && !fs::is_regular_file(status))
            throw ValidationError(tr("--to"),
                                  tr("{0} is not a regular file (a device, a link or a pipe); give a file name", {to}));
        const fs::path folder = fs::path(to).parent_path();
        if (!folder.empty() && !fs::is_directory(folder, ec))
            throw ValidationError(tr("--to"), tr("the folder {0} does not exist", {folder.string()}));
    }
    return back_up_sqlite(db.sql(), db.location(), "manual", to);
}

Restored restore(Database& db, const std::string& from) {
    require_sqlite(db);
    if (!fs::is_regular_file(from)) throw NotFoundError(tr("there is no backup file {0}", {from}));
    // The backup is opened as a copy, so checking it (another program's
    // file? damaged?) and bringing it to this version's schema never
    // change the backup itself.
    const std::string staged = db.location() + ".restoring";
    std::error_code ignored;
    fs::remove(staged, ignored);
    fs::copy_file(from, staged);
    fs::permissions(staged, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
    Restored restored;
    try {
        auto source = Database::open(staged, OpenMode::WorkingCopy);
        // Erasures made after the backup are made again in it before anyone
        // reads it, and the ledger is carried over: a family erased on
        // request does not come back with yesterday's backup.
        const auto ledger = privacy_ledger(db.sql());
        source.transaction([&](soci::session& sql) { restored.ledger = reapply_privacy_ledger(sql, ledger); });
        if (!restored.ledger.erased_again.empty()) overwrite_freed_space(source.sql());
        restored.previous_contents = back_up_sqlite(db.sql(), db.location(), "before-restore");
        copy_pages(handle_of(source.sql()), handle_of(db.sql()), db.location());
    } catch (...) {
        fs::remove(staged, ignored);
        fs::remove(staged + "-wal", ignored);
        fs::remove(staged + "-shm", ignored);
        throw;
    }
    fs::remove(staged, ignored);
    fs::remove(staged + "-wal", ignored);
    fs::remove(staged + "-shm", ignored);
    db.notify_changed();
    return restored;
}

}  // namespace fn::store
