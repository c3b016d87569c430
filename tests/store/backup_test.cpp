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
#include "ops/retention_ops.h"
#include "ops/volunteer_ops.h"
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

    {  // As a database of the previous version had it.
        auto db = store::Database::open(path);
        db.sql() << "DROP INDEX rsvps_door";
        db.sql() << "DROP INDEX checkins_door";
        db.sql() << "ALTER TABLE households DROP COLUMN language_to_confirm";  // version 18
        db.sql() << "ALTER TABLE contacts DROP COLUMN author";                 // version 19
        db.sql() << "DROP TABLE messages_sent";                                // version 25
        db.sql() << "DROP TABLE seat_waits";
        db.sql() << "ALTER TABLE events DROP COLUMN revision";  // version 24
        db.sql() << "ALTER TABLE events DROP COLUMN changed_at";
        db.sql() << "DROP TRIGGER home_visit_changes_kept";  // version 23
        db.sql() << "DROP TABLE home_visit_changes";
        db.sql() << "ALTER TABLE home_visits DROP COLUMN author";
        db.sql() << "ALTER TABLE home_visits DROP COLUMN recorded_by";
        db.sql() << "DROP TABLE privacy_ledger";  // version 20
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

    std::string kept = store::restore(db, backup).previous_contents;
    EXPECT_EQ(ops::list_households(db, 0, 0).size(), 1u);  // Wilson, added after the backup, is gone
    EXPECT_EQ(ops::search_households(db, "wilson", 5).size(), 0u);
    EXPECT_EQ(told, 1) << "the views are told";
    EXPECT_EQ(households_in(kept), 2) << "what was there before the restore is kept";
    EXPECT_EQ(file_bytes(backup), backup_before) << "restoring never changes the backup";
    // The connection goes on working after the restore.
    ops::add_household(db, sample_household("Kim Min-jun", "Seo-yeon", "Kim"));
    EXPECT_EQ(ops::list_households(db, 0, 0).size(), 2u);
}

// A family erased on request stays erased when yesterday's backup is
// restored: the privacy ledger's erasure is made again on the restored copy
// before anyone reads it, its line is carried over, and the names are not
// in the file.
TEST(Backups, AFamilyErasedAfterABackupStaysErasedWhenItIsRestored) {
    TempDir dir;
    const std::string path = dir.file("school.db");
    auto db = store::Database::open(path);
    Id rosa = ops::add_household(db, sample_household("Rosa Zuñiga-Quispe", "Ana", "Zuñiga-Quispe"));
    ops::add_household(db, sample_household("Amy Wilson", "Max", "Wilson"));
    Id volunteer =
        ops::add_person(db, {0, "Rosa Zuñiga-Quispe", PersonRole::Parent, "555-0177", "rosa@example.org", {"es"}});
    const std::string code = ops::load_household(db, rosa).code;
    std::string yesterday = store::back_up(db, dir.file("yesterday.db"));

    ops::erase_family(db, rosa, "the mother asked on the phone, 12/6");
    auto restored = store::restore(db, yesterday);
    EXPECT_EQ(restored.ledger.erased_again, std::vector<std::string>{code});
    EXPECT_EQ(restored.ledger.entries_added, 1);
    auto h = ops::load_household(db, rosa);
    EXPECT_FALSE(h.erased_on.empty()) << "the family is still erased";
    EXPECT_TRUE(h.guardians.empty());
    EXPECT_EQ(ops::search_households(db, "zuniga", 5).size(), 0u);
    EXPECT_EQ(ops::search_households(db, "wilson", 5).size(), 1u) << "the other families are as they were";
    auto person = ops::find_person(db, volunteer);
    ASSERT_TRUE(person);
    EXPECT_EQ(person->phone, "") << "her volunteer row is erased with the family";
    EXPECT_EQ(person->name.find("Rosa"), std::string::npos) << person->name;
    auto ledger = ops::privacy_ledger(db);
    ASSERT_EQ(ledger.size(), 1u);
    EXPECT_EQ(ledger[0].family_code, code);
    EXPECT_EQ(ledger[0].action, "erase");
    EXPECT_EQ(ledger[0].reason, "the mother asked on the phone, 12/6");
    EXPECT_EQ(file_bytes(path).find("Zuñiga"), std::string::npos) << "the names left the file itself";
    EXPECT_NE(file_bytes(yesterday).find("Zuñiga"), std::string::npos) << "the backup itself is never changed";
    // Restoring it a second time finds the ledger line already there.
    restored = store::restore(db, yesterday);
    EXPECT_EQ(restored.ledger.entries_added, 1) << "yesterday's file has no line; the current one is carried again";
    EXPECT_EQ(ops::privacy_ledger(db).size(), 1u);
}

// A backup of another school's database: the ledger's codes do not match
// its families under those ids, and none of them is erased.
TEST(Backups, TheLedgerErasesOnlyTheSameFamilyInARestoredBackup) {
    TempDir dir;
    auto other = store::Database::open(dir.file("other.db"));
    ops::add_household(other, sample_household("Chen Wei", "Lily", "Chen"));
    std::string other_backup = store::back_up(other, dir.file("other-backup.db"));
    auto db = store::Database::open(dir.file("school.db"));
    Id rosa = ops::add_household(db, sample_household("Rosa Núñez", "Ana", "Núñez"));
    ops::erase_family(db, rosa);
    auto restored = store::restore(db, other_backup);
    EXPECT_TRUE(restored.ledger.erased_again.empty());
    EXPECT_EQ(ops::search_households(db, "chen", 5).size(), 1u);
    EXPECT_EQ(ops::privacy_ledger(db).size(), 1u) << "the ledger itself is kept";
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
