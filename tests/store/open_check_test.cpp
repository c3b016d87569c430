// Opening a SQLite school file reads its header and schema, not the whole
// file: the whole file is checked after a crash (its log left behind with
// no one holding it) and once a day before the day's backup, and on asking
// (db check). A damaged page is then said, never copied over a backup.
#include <gtest/gtest.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <filesystem>
#include <fstream>

#include "core/errors.h"
#include "ops/database_admin.h"
#include "ops/household_ops.h"
#include "store/database.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::TempDir;
namespace fs = std::filesystem;

namespace {

// A school whose search-word index spans pages of its own.
std::string school_with_families(const TempDir& dir) {
    const std::string path = dir.file("school.db");
    auto db = store::Database::open(path);
    for (int i = 0; i < 300; ++i)
        ops::add_household(
            db, fn::testing::sample_household("Parent " + std::to_string(i), "Kid", "Family" + std::to_string(i)));
    store::Database::open(path);  // the day's first open of an existing file: today's backup
    return path;
}

// Garbage over one page of the index, which opening never reads.
void damage_an_index_page(const std::string& path) {
    int page = 0, page_size = 0;
    {
        soci::session sql(soci::sqlite3, path);
        sql << "SELECT rootpage FROM sqlite_master WHERE name = 'search_terms_household'", soci::into(page);
        sql << "PRAGMA page_size", soci::into(page_size);
    }
    ASSERT_GT(page, 1);
    std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(static_cast<std::streamoff>(page - 1) * page_size);
    const std::string garbage(64, '\xff');
    file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
}

}  // namespace

TEST(OpenCheck, ADamagedIndexIsFoundByTheDaysCheckOrOnAskingNotOnEveryOpen) {
    TempDir dir;
    const std::string path = school_with_families(dir);  // today's backup made
    damage_an_index_page(path);
    auto db = store::Database::open(path);  // not the day's first open: header and schema only
    EXPECT_EQ(ops::list_households(db, 0, 0).size(), 300u) << "the families still read";
    try {
        ops::check_database(db);
        FAIL() << "db check passed a damaged index";
    } catch (const DamagedDatabaseError& e) {
        EXPECT_NE(std::string(e.what()).find("is damaged"), std::string::npos) << e.what();
    }
    // The next day's first open checks the whole file before its backup:
    // the damage is said, and no damaged copy joins the backups.
    fs::remove_all(store::backups_folder(path));
    EXPECT_THROW(store::Database::open(path), DamagedDatabaseError);
    EXPECT_TRUE(store::list_backups(path).empty());
}

TEST(OpenCheck, AFileLeftOpenByACrashIsCheckedWholeOnOpen) {
    TempDir dir;
    const std::string path = school_with_families(dir);
    damage_an_index_page(path);
    // A program writes and stops without closing: its log stays behind,
    // with no one holding its shared memory.
    {
        soci::session sql(soci::sqlite3, path);
        sql << "PRAGMA wal_autocheckpoint = 0";
        sql << "UPDATE settings SET value = value WHERE key = 'school.id'";
        sql << "INSERT INTO settings (key, value) VALUES ('crash.test', 'x')";
        fs::copy_file(path + "-wal", dir.file("left.wal"));
    }
    fs::copy_file(dir.file("left.wal"), path + "-wal", fs::copy_options::overwrite_existing);
    fs::remove(path + "-shm");
    ASSERT_GT(fs::file_size(path + "-wal"), 0u);
    try {
        store::Database::open(path);  // today's backup exists: only the crash asks for the check
        FAIL() << "a file left by a crash was opened without its check";
    } catch (const DamagedDatabaseError& e) {
        EXPECT_NE(std::string(e.what()).find("is damaged"), std::string::npos) << e.what();
    }
}

TEST(OpenCheck, ASoundFileLeftByACrashOpensAndKeepsWhatWasWritten) {
    TempDir dir;
    const std::string path = school_with_families(dir);
    {
        soci::session sql(soci::sqlite3, path);
        sql << "PRAGMA wal_autocheckpoint = 0";
        sql << "INSERT INTO settings (key, value) VALUES ('crash.test', 'kept')";
        fs::copy_file(path + "-wal", dir.file("left.wal"));
    }
    fs::copy_file(dir.file("left.wal"), path + "-wal", fs::copy_options::overwrite_existing);
    fs::remove(path + "-shm");
    auto db = store::Database::open(path);
    ops::check_database(db);  // sound
    std::string value;
    db.sql() << "SELECT value FROM settings WHERE key = 'crash.test'", soci::into(value);
    EXPECT_EQ(value, "kept");
}
