#pragma once
// The whole database looked after as one thing, for the front ends (the
// CLI's db commands, the app's File menu): backups and restores, a school
// copied to another database, and a shared database's roles and logins. The
// front ends hold a database handle and nothing else of the store.
#include <string>
#include <vector>

#include "core/ids.h"
#include "store/access.h"
#include "store/database_copy.h"
#include "store/postgresql_roles.h"
#include "store/sqlite_backup.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::BackupFile;
using store::CopiedTable;
using store::Restored;
using store::RoleNames;

// A backup now (`to` empty: the backups folder beside the database); its path.
std::string back_up(store::Database& db, const std::string& to = "");
std::string backups_folder(const store::Database& db);
std::vector<BackupFile> list_backups(const store::Database& db);  // newest first
// Replaces the contents with a backup, what was there backed up first and
// the privacy ledger's erasures made again in it.
Restored restore(store::Database& db, const std::string& from);
// The whole file read and every index checked against its table (opening
// checks it only after a crash and once a day): throws DamagedDatabaseError
// with the first problem found. A shared database is checked on its server.
void check_database(store::Database& db);

// A whole school copied into an empty database (a SQLite file to a shared
// PostgreSQL server), every table's rows counted. A file made for a copy
// that fails is not left behind.
struct DatabaseCopy {
    std::string from, to;  // as shown to a person (no password)
    std::vector<CopiedTable> tables;
};
DatabaseCopy copy_database(const std::string& from, const std::string& to);

// A shared database's three roles, created and granted their privileges.
RoleNames set_up_roles(store::Database& db);
bool login_exists(store::Database& db, const std::string& login);
// Gives `login` its role (a new login gets `password`); a teacher's `person`
// is whose workshops are theirs.
void grant_login(store::Database& db, const std::string& login, store::Access access, const std::string& password,
                 Id person);

}  // namespace fn::ops
