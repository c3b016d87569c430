// db copy: a whole school moves between databases and backends (SQLite file
// -> the test's database, which is PostgreSQL in the PostgreSQL run -> a new
// SQLite file) with every table's rows, and the copy goes on working.
#include "store/database_copy.h"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include "core/errors.h"
#include "ops/demo_school.h"
#include "ops/door_ops.h"
#include "ops/household_ops.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

namespace {

std::map<std::string, long long> rows_of(const std::vector<store::CopiedTable>& tables) {
    std::map<std::string, long long> rows;
    for (const auto& t : tables) rows[t.table] = t.rows;
    return rows;
}

}  // namespace

TEST_F(DbTest, AWholeSchoolIsCopiedToAnotherBackendAndBackWithEveryRowAndKeepsWorking) {
    auto source = store::Database::open(dir.file("laptop.db"));
    ops::DemoOptions demo;
    demo.households = 60;
    demo.today = "2026-11-30";
    ops::create_demo_school(source, demo);
    Household family = fn::testing::sample_household("Ngozi Ọkafọ́r", "Chidi", "Ọkafọ́r");
    family.guardians.push_back({0, "김민준", "", "", ContactMethod::Paper, "ko"});
    family.address = "12 Elm Street, Apt 3";
    Id id = ops::add_household(source, family);

    auto there = rows_of(store::copy_database(source, db));
    EXPECT_EQ(there.at("households"), 61);
    EXPECT_GT(there.at("rsvps"), 0);
    EXPECT_GT(there.at("checkins"), 0);
    Household copied = ops::load_household(db, id);
    EXPECT_EQ(copied.guardians.at(1).name, "김민준");
    EXPECT_EQ(copied.address, "12 Elm Street, Apt 3");
    EXPECT_EQ(ops::search_households(db, "okafor", 5).size(), 1u);  // the search words came too

    // New rows continue after the copied ids.
    Id next = ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez"));
    EXPECT_GT(next, id);

    // And back into a new file: every table as it is there now.
    auto back_db = store::Database::open(dir.file("back.db"));
    auto back = rows_of(store::copy_database(db, back_db));
    for (const auto& [table, rows] : there) {
        long long now = 0;
        db.sql() << "SELECT COUNT(*) FROM " << table, soci::into(now);
        EXPECT_EQ(back.at(table), now) << table;
        EXPECT_GE(now, rows) << table;
    }
    EXPECT_EQ(back.at("households"), 62);
    EXPECT_EQ(ops::load_household(back_db, next).guardians.at(0).name, "Rosa Núñez");
}

TEST_F(DbTest, CopyingIntoADatabaseThatHoldsASchoolIsRefusedAndChangesNothing) {
    auto source = store::Database::open(dir.file("laptop.db"));
    ops::add_household(source, fn::testing::sample_household("Amy Wilson", "Max", "Wilson"));
    Id mine = ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez"));
    try {
        store::copy_database(source, db);
        FAIL() << "copied into a database that holds a school";
    } catch (const ConflictError& e) {
        EXPECT_NE(std::string(e.what()).find("already holds a school"), std::string::npos) << e.what();
    }
    EXPECT_EQ(ops::list_households(db, 0, 0).size(), 1u);
    EXPECT_EQ(ops::load_household(db, mine).guardians.at(0).name, "Rosa Núñez");
}
