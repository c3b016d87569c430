#pragma once
// Backups of a SQLite school file, made online with SQLite's backup API
// (stations keep checking families in while it runs), each written to a
// temporary name and renamed, readable by the owner only. Automatic ones go
// to a folder beside the file, "<file>.backups", before every schema
// migration, before a new school year and once a day on open. Each kind is
// kept apart: the daily ones, the newest 7; the one before an upgrade and
// the one before a new school year, until the next of its kind is made;
// manual ones until someone deletes them.
#include <string>
#include <vector>

#include "core/text_message.h"
#include "store/privacy_ledger_store.h"

namespace soci {
class session;
}

namespace fn::store {

class Database;

struct BackupFile {
    std::string path;
    std::string made;  // "2026-11-30 18:05:09", from the file's name
    long long bytes = 0;
};

inline constexpr std::size_t kDailyBackupsKept = 7;
// Free space a daily backup must leave on the disk, besides its own size:
// the database's size again (the night's writes) and at least 16 MiB.
inline constexpr long long kFreeSpaceMargin = 16LL << 20;

std::string backups_folder(const std::string& database_path);
// Newest first.
std::vector<BackupFile> list_backups(const std::string& database_path);

// Copies the open database `sql` (the file `database_path`) into its
// backups folder, named by the time and `reason` ("daily", "manual",
// "before-schema-18", "before-new-school-year"), then prunes that reason's
// pool; or to `to` exactly when given. Returns the file written. Nothing is
// left behind when it fails (no .part, -wal or -shm file).
std::string back_up_sqlite(soci::session& sql, const std::string& database_path, const std::string& reason,
                           const std::string& to = "");

// PRAGMA quick_check over the whole file (the day's first open, after a
// crash): throws DamagedDatabaseError naming `where` when it is not "ok".
void check_not_damaged(soci::session& sql, const std::string& where);
// PRAGMA integrity_check, every index against its table too (db check):
// the problems found, none when the file is sound.
std::vector<std::string> integrity_problems(soci::session& sql);

// The daily one: made when the folder has none from today (local time),
// after the whole file is checked (check_not_damaged: a damaged file is
// said at once and never copied over a good backup),
// unless it would leave less than its size again plus kFreeSpaceMargin free
// on the disk: then it is skipped, and what to tell a person is returned
// (a full disk would stop the door's check-ins).
Text back_up_once_a_day(soci::session& sql, const std::string& database_path);

// Front ends call these (a shared PostgreSQL database is backed up on its
// server: the refusal says how). restore() first backs up what is there now,
// then replaces it with `from` (brought to this version's schema on a copy,
// never changing the backup itself, and given this database's privacy
// ledger: its erasures made again) and tells the commit listener.
std::string back_up(Database& db, const std::string& to = "");
struct Restored {
    std::string previous_contents;  // the backup of what was there before
    LedgerReapplied ledger;
};
Restored restore(Database& db, const std::string& from);

}  // namespace fn::store
