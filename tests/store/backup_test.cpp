// Backups of a SQLite school file (store/sqlite_backup.h): made online,
// before a schema upgrade and once a day, the last 7 kept, restored whole
// with what was there kept first. SQLite only: a shared PostgreSQL database
// is backed up on its server.
#include "store/sqlite_backup.h"

#include <gtest/gtest.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "core/errors.h"
#include "ops/household_ops.h"
#include "store/database.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::sample_household;
using fn::testing::TempDir;

namespace {

std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

long long households_in(const std::string& path) {
    auto db = store::Database::open(path, store::OpenMode::WorkingCopy);
    return static_cast<long long>(ops::list_households(db, 0, 0).size());
}

}  // namespace

TEST(Backups, OneADayOnOpenAndOneBeforeASchemaUpgradeAtTheOldVersion) {
    TempDir dir;
    const std::string path = dir.file("school.db");
    {
        auto db = store::Database::open(path);  // new: nothing to back up yet
        ops::add_household(db, sample_household("Rosa Núñez", "Ana", "Núñez"));
    }
    EXPECT_TRUE(store::list_backups(path).empty());
    { auto db = store::Database::open(path); }
    { auto db = store::Database::open(path); }
    auto backups = store::list_backups(path);
    ASSERT_EQ(backups.size(), 1u) << "one a day, not one per open";
    EXPECT_NE(backups[0].path.find("-daily.db"), std::string::npos) << backups[0].path;
    struct stat st {};
    ASSERT_EQ(::stat(backups[0].path.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);

    {   // As a database of the previous version had it.
        auto db = store::Database::open(path);
        db.sql() << "DROP INDEX rsvps_door";
        db.sql() << "DROP INDEX checkins_door";
        db.sql() << "ALTER TABLE households DROP COLUMN language_to_confirm";  // version 18
        db.sql() << "DELETE FROM schema_migrations WHERE version >= 17";
    }
    auto db = store::Database::open(path);
    EXPECT_EQ(db.schema_version(), store::latest_schema_version());
    backups = store::list_backups(path);
    auto before = std::find_if(backups.begin(), backups.end(),
                               [](const auto& b) { return b.path.find("before-schema-17") != std::string::npos; });
    ASSERT_NE(before, backups.end()) << "no backup before the upgrade";
    soci::session old(soci::sqlite3, before->path);
    int version = 0;
    old << "SELECT MAX(version) FROM schema_migrations", soci::into(version);
    EXPECT_EQ(version, 16) << "the backup holds the database as it was before the upgrade";
}

// Each kind of backup in its own pool: seven manual backups in a minute,
// or nine daily ones, never push out the copy made before an upgrade or a
// new school year.
TEST(Backups, EachKindIsKeptInItsOwnPool) {
    TempDir dir;
    const std::string path = dir.file("school.db");
    auto db = store::Database::open(path);
    const std::string upgrade = store::back_up_sqlite(db.sql(), path, "before-schema-18");
    const std::string new_year = store::back_up_sqlite(db.sql(), path, "before-new-school-year");
    std::vector<std::string> daily, manual;  // oldest first
    for (int i = 0; i < 9; ++i) daily.push_back(store::back_up_sqlite(db.sql(), path, "daily"));
    for (int i = 0; i < 9; ++i) manual.push_back(store::back_up(db));
    EXPECT_TRUE(std::filesystem::exists(upgrade));
    EXPECT_TRUE(std::filesystem::exists(new_year));
    for (const auto& m : manual) EXPECT_TRUE(std::filesystem::exists(m)) << "a manual backup is kept until deleted";
    // The newest seven daily ones; the first two are gone.
    EXPECT_FALSE(std::filesystem::exists(daily[0]));
    EXPECT_FALSE(std::filesystem::exists(daily[1]));
    for (std::size_t i = 2; i < daily.size(); ++i) EXPECT_TRUE(std::filesystem::exists(daily[i])) << i;
    EXPECT_EQ(store::list_backups(path).size(), 2 + store::kDailyBackupsKept + manual.size());
    // The next upgrade's backup replaces the last one, once it is made.
    const std::string next_upgrade = store::back_up_sqlite(db.sql(), path, "before-schema-19");
    EXPECT_TRUE(std::filesystem::exists(next_upgrade));
    EXPECT_FALSE(std::filesystem::exists(upgrade));
    EXPECT_TRUE(std::filesystem::exists(new_year));
}

TEST(Backups, ARestoreReplacesEverythingAndKeepsWhatWasThereFirst) {
    TempDir dir;
    const std::string path = dir.file("school.db");
    auto db = store::Database::open(path);
    ops::add_household(db, sample_household("Rosa Núñez", "Ana", "Núñez"));
    std::string backup = store::back_up(db, dir.file("friday.db"));
    const std::string backup_before = file_bytes(backup);
    ops::add_household(db, sample_household("Amy Wilson", "Max", "Wilson"));
    int told = 0;
    db.on_commit([&] { ++told; });

    std::string kept = store::restore(db, backup);
    EXPECT_EQ(ops::list_households(db, 0, 0).size(), 1u);  // Wilson, added after the backup, is gone
    EXPECT_EQ(ops::search_households(db, "wilson", 5).size(), 0u);
    EXPECT_EQ(told, 1) << "the views are told";
    EXPECT_EQ(households_in(kept), 2) << "what was there before the restore is kept";
    EXPECT_EQ(file_bytes(backup), backup_before) << "restoring never changes the backup";
    // The connection goes on working after the restore.
    ops::add_household(db, sample_household("Kim Min-jun", "Seo-yeon", "Kim"));
    EXPECT_EQ(ops::list_households(db, 0, 0).size(), 2u);
}

TEST(Backups, AFileThatIsNotABackupIsRefusedAndNothingChanges) {
    TempDir dir;
    auto db = store::Database::open(dir.file("school.db"));
    ops::add_household(db, sample_household("Rosa Núñez", "Ana", "Núñez"));
    std::ofstream(dir.file("notes.db")) << "These are my meeting notes, not a database. Lorem ipsum dolor sit amet.\n";
    EXPECT_THROW(store::restore(db, dir.file("notes.db")), Error);
    EXPECT_THROW(store::restore(db, dir.file("missing.db")), NotFoundError);
    EXPECT_EQ(ops::list_households(db, 0, 0).size(), 1u);
}
