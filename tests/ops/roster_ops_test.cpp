#include "ops/roster_ops.h"

#include <gtest/gtest.h>

#include <fstream>

#include "ops/household_ops.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

namespace {
const char* kHeader = "Student ID,Last Name,First Name,Grade,Homeroom,Guardian Name,Phone,Email,Address,Language\n";

std::string write(const fn::testing::TempDir& dir, const std::string& name, const std::string& body) {
    auto path = dir.file(name);
    std::ofstream(path, std::ios::binary) << body;
    return path;
}
}  // namespace

TEST_F(DbTest, SiblingsSharingAGuardianBecomeOneHousehold) {
    auto path = write(dir, "roster.csv", std::string(kHeader) +
        "1001,Núñez,Ana,2,Rivera,Rosa Núñez,555-010-2000,,12 Elm St,es\n"
        "1002,Núñez,Leo,K,Park,Rosa Núñez,(555) 010-2000,,12 Elm St,es\n"
        "1003,Trần,Bảo,3,Chen,Trần Thị Lan,,lan@example.org,,vi\n"
        "1004,Trần,Mai,5,Okafor,Phạm Văn Hùng,,LAN@example.org,,vi\n"   // same e-mail, another guardian
        "1005,Carter,Tanya,1,Rivera,Jamal Carter,555-010-3000,,40 Oak Ave,en\n");
    auto s = ops::import_roster(db, path, {}, false);
    EXPECT_EQ(s.rows, 5);
    EXPECT_EQ(s.households_created, 3);
    EXPECT_EQ(s.students_added, 5);
    auto tran = ops::search_households(db, "tran");
    ASSERT_EQ(tran.size(), 1u);
    EXPECT_EQ(tran[0].students.size(), 2u);
    EXPECT_EQ(tran[0].guardians.size(), 2u);
    EXPECT_EQ(tran[0].language, "vi");
    auto nunez = ops::search_households(db, "nunez");
    ASSERT_EQ(nunez.size(), 1u);
    EXPECT_EQ(nunez[0].guardians.size(), 1u);  // repeated on both rows, stored once
}

TEST_F(DbTest, ReimportUpdatesInsteadOfDuplicatingAndDryRunChangesNothing) {
    auto first = write(dir, "r1.csv", std::string(kHeader) +
        "1001,Núñez,Ana,2,Rivera,Rosa Núñez,555-010-2000,,12 Elm St,es\n"
        "1005,Carter,Tanya,1,Rivera,Jamal Carter,555-010-3000,,40 Oak Ave,en\n");
    ops::import_roster(db, first, {}, false);
    auto code_before = ops::search_households(db, "nunez").at(0).code;

    auto second = write(dir, "r2.csv", std::string(kHeader) +
        "1001,Núñez,Ana,3,Chen,Rosa Núñez,555-010-9999,,12 Elm St,es\n"      // promoted, new phone
        "1002,Núñez,Leo,K,Park,Rosa Núñez,555-010-9999,,12 Elm St,es\n"      // new sibling
        "1005,Carter,Tanya,1,Rivera,Jamal Carter,555-010-3000,,40 Oak Ave,en\n"  // unchanged
        "1006,Osei,Kwame,4,Okafor,Ama Osei,555-010-4000,,7 Pine Rd,en\n");   // new family
    auto dry = ops::import_roster(db, second, {}, true);
    EXPECT_TRUE(dry.dry_run);
    EXPECT_EQ(dry.households_created, 1);
    EXPECT_EQ(dry.households_updated, 1);
    EXPECT_EQ(dry.households_unchanged, 1);
    EXPECT_EQ(dry.students_added, 2);
    EXPECT_EQ(dry.students_updated, 1);
    EXPECT_EQ(dry.guardians_updated, 1);
    EXPECT_EQ(ops::list_households(db).size(), 2u);  // nothing written
    EXPECT_EQ(ops::search_households(db, "nunez").at(0).students.size(), 1u);

    auto real = ops::import_roster(db, second, {}, false);
    EXPECT_EQ(real.households_created, dry.households_created);
    EXPECT_EQ(real.students_added, dry.students_added);
    EXPECT_EQ(ops::list_households(db).size(), 3u);
    auto nunez = ops::search_households(db, "nunez").at(0);
    EXPECT_EQ(nunez.code, code_before);  // same household, same printed code
    EXPECT_EQ(nunez.students.size(), 2u);
    EXPECT_EQ(nunez.guardians.at(0).phone, "555-010-9999");

    auto again = ops::import_roster(db, second, {}, false);
    EXPECT_EQ(again.households_unchanged, 3);
    EXPECT_EQ(again.households_created + again.households_updated, 0);
}

TEST_F(DbTest, ABadRowStopsTheWholeImport) {
    auto path = write(dir, "bad.csv", std::string(kHeader) +
        "1001,Núñez,Ana,2,Rivera,Rosa Núñez,555-010-2000,,12 Elm St,es\n"
        "1002,Carter,Tanya,1,Rivera," + std::string(10000, 'x') + ",555,,,en\n");
    try {
        ops::import_roster(db, path, {}, false);
        FAIL();
    } catch (const io::RosterError& e) {
        ASSERT_EQ(e.problems().size(), 1u);
        EXPECT_EQ(e.problems()[0].line, 3);
        EXPECT_EQ(e.problems()[0].column_name, "Guardian Name");
    }
    EXPECT_TRUE(ops::list_households(db).empty());
}
