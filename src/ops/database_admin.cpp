#include "ops/database_admin.h"

#include <filesystem>
#include <optional>

#include "core/errors.h"
#include "store/database.h"

namespace fn::ops {

std::string back_up(store::Database& db, const std::string& to) { return store::back_up(db, to); }

std::string backups_folder(const store::Database& db) { return store::backups_folder(db.location()); }

std::vector<BackupFile> list_backups(const store::Database& db) { return store::list_backups(db.location()); }

Restored restore(store::Database& db, const std::string& from) { return store::restore(db, from); }

void check_database(store::Database& db) {
    if (db.backend() == store::ConnectionTarget::Backend::Postgresql)
        throw Error(tr("a shared PostgreSQL database is checked on its server (pg_amcheck DATABASE)"));
    const auto problems = store::integrity_problems(db.sql());
    if (!problems.empty())
        throw DamagedDatabaseError(
            tr("{0} is damaged ({1}); open a backup instead (File > Restore, or familynight-cli db restore)",
               {db.display_name(), problems.front()}));
}

DatabaseCopy copy_database(const std::string& from_path, const std::string& to_path) {
    auto from = store::Database::open(from_path, store::OpenMode::MustExist);
    std::optional<store::Database> to;
    to.emplace(store::Database::open(to_path));
    DatabaseCopy copy{from.display_name(), to->display_name(), {}};
    try {
        copy.tables = store::copy_database(from, *to);
    } catch (const Error&) {
        // A file made for this copy is not left behind empty.
        if (to->was_new() && to->backend() == store::ConnectionTarget::Backend::Sqlite3) {
            const std::string made = to->location();
            to.reset();
            for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(made + suffix);
        }
        throw;
    }
    return copy;
}

RoleNames set_up_roles(store::Database& db) {
    store::set_up_roles(db);
    return store::role_names(db);
}

bool login_exists(store::Database& db, const std::string& login) { return store::postgresql_login_exists(db, login); }

void grant_login(store::Database& db, const std::string& login, store::Access access, const std::string& password,
                 Id person) {
    store::grant_access(db, login, access, password, person);
}

}  // namespace fn::ops
