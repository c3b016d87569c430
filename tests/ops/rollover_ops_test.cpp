#include "ops/rollover_ops.h"

#include <gtest/gtest.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <filesystem>
#include <fstream>

#include "core/errors.h"
#include "core/rules/grades.h"
#include "ops/audit_ops.h"
#include "ops/household_ops.h"
#include "ops/settings_ops.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

namespace {

Household family(const std::string& guardian, std::vector<Student> students) {
    Household h;
    h.code = fn::testing::next_test_code();
    h.guardians.push_back({0, guardian, "", "", ContactMethod::Paper, "en"});
    h.students = std::move(students);
    return h;
}

Student student(const std::string& number, const std::string& first, const std::string& grade,
                const std::string& homeroom = "Room 1") {
    return {0, number, first, "Test", grade, homeroom, ""};
}

class RolloverTest : public DbTest {
protected:
    void SetUp() override {
        siblings = ops::add_household(db, family("Rosa Núñez", {student("1", "Ana", "PK"), student("2", "Leo", "4")}));
        kinder = ops::add_household(db, family("Trần Thị Lan", {student("3", "Bảo", "K", "Ms. Chen")}));
        fifth = ops::add_household(db, family("Jamal Carter", {student("4", "Tanya", "5")}));
        ungraded = ops::add_household(db, family("Amina Yusuf", {student("5", "Sahra", "Ungraded", "")}));
    }
    std::map<std::string, std::string> grades() {
        std::map<std::string, std::string> out;
        for (const auto& h : ops::list_households(db))
            for (const auto& s : h.students) out[s.first_name] = s.grade + "|" + s.homeroom + "|" + s.left_on;
        return out;
    }
    Id siblings = 0, kinder = 0, fifth = 0, ungraded = 0;
};

}  // namespace

TEST_F(RolloverTest, EveryStudentMovesUpTheTopGradeLeavesAndHomeroomsAreCleared) {
    const auto before = grades();
    auto rehearsal = ops::start_school_year(db, {}, true);
    EXPECT_EQ(grades(), before) << "a dry run changes nothing";
    EXPECT_TRUE(rehearsal.backup.empty());

    auto s = ops::start_school_year(db, {}, false);
    EXPECT_EQ(s.top_grade, "5");
    EXPECT_EQ(s.students_moved_up, 3);
    EXPECT_EQ(s.students_left, 1);
    EXPECT_EQ(s.homerooms_cleared, 4);
    EXPECT_EQ(s.households_now_inactive, 1);
    EXPECT_EQ(s.students_with_unknown_grade, 1);
    EXPECT_EQ(s.unknown_grades, std::vector<std::string>{"Ungraded"});
    EXPECT_EQ(rehearsal.students_moved_up, s.students_moved_up) << "the dry run said what the real one did";
    ASSERT_EQ(s.moves.size(), 4u);
    EXPECT_EQ(s.moves[0].from + ">" + s.moves[0].to, "PK>K");
    EXPECT_EQ(s.moves[3].from + ">" + s.moves[3].to, "5>");

    auto now = grades();
    EXPECT_EQ(now["Ana"], "K||");
    EXPECT_EQ(now["Leo"], "5||");
    EXPECT_EQ(now["Bảo"], "1||");
    EXPECT_EQ(now["Tanya"], "5||" + s.started_on) << "left the school after the top grade";
    EXPECT_EQ(now["Sahra"], "Ungraded||") << "a grade it does not know is left as it is";
    EXPECT_FALSE(ops::load_household(db, fifth).active());
    EXPECT_EQ(ops::load_settings(db).school_year_started, s.started_on);

    if (db.backend() == store::ConnectionTarget::Backend::Sqlite3) {
        ASSERT_FALSE(s.backup.empty());
        EXPECT_TRUE(std::filesystem::exists(s.backup)) << s.backup;
        soci::session old(soci::sqlite3, s.backup);
        std::string grade;
        old << "SELECT grade FROM students WHERE first_name = 'Ana'", soci::into(grade);
        EXPECT_EQ(grade, "PK") << "the backup holds the year before";
    } else {
        EXPECT_TRUE(s.backup.empty()) << "a shared database is backed up on its server";
    }

    bool seen = false;
    for (const auto& line : ops::family_history(db, siblings))
        seen |= line.operation.english() == "new school year" &&
                line.what.english() == "student Leo Test, grade: from 4 to 5";
    EXPECT_TRUE(seen);
}

TEST_F(RolloverTest, ASecondStartWithinTheYearIsRefusedUnlessAskedFor) {
    ops::start_school_year(db, {}, false);
    try {
        ops::start_school_year(db, {}, false);
        FAIL() << "started twice";
    } catch (const ConflictError& e) {
        EXPECT_NE(e.text().english().find("was started on"), std::string::npos) << e.text().english();
    }
    EXPECT_EQ(grades()["Ana"], "K||");
    ops::RolloverOptions again;
    again.again = true;
    ops::start_school_year(db, again, false);
    EXPECT_EQ(grades()["Ana"], "1||");
}

TEST_F(RolloverTest, AGivenTopGradeAndABadOneAreHonoured) {
    ops::RolloverOptions eighth;
    eighth.top_grade = "8";  // a K-8 school with no eighth graders this year
    auto s = ops::start_school_year(db, eighth, true);
    EXPECT_EQ(s.students_left, 0);
    EXPECT_EQ(s.students_moved_up, 4);
    eighth.top_grade = "Senior";
    EXPECT_THROW(ops::start_school_year(db, eighth, false), ValidationError);
}

// A failure after some families were written leaves every family as it was.
TEST_F(RolloverTest, AllOrNothing) {
    // Sahra's family is written last; a homeroom makes the new year write it at all.
    auto h = ops::load_household(db, ungraded);
    h.students[0].homeroom = "Room 9";
    ops::update_household(db, h);
    if (db.backend() == store::ConnectionTarget::Backend::Sqlite3) {
        db.sql() << "CREATE TRIGGER refuse BEFORE INSERT ON students WHEN NEW.first_name = 'Sahra'"
                    " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END";
    } else {
        db.sql() << "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN IF NEW.first_name = 'Sahra' THEN"
                    " RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql";
        db.sql() << "CREATE TRIGGER refuse BEFORE INSERT ON students FOR EACH ROW EXECUTE FUNCTION refuse()";
    }
    EXPECT_THROW(ops::update_household(db, h), Error);  // the trigger works
    const auto before = grades();
    EXPECT_THROW(ops::start_school_year(db, {}, false), Error);
    EXPECT_EQ(grades(), before);
    EXPECT_EQ(before.at("Ana"), "PK|Room 1|");
    EXPECT_TRUE(ops::load_settings(db).school_year_started.empty());
    for (const auto& line : ops::family_history(db, siblings)) EXPECT_NE(line.operation.english(), "new school year");
}

TEST_F(RolloverTest, WithTheNextYearsRosterGradesAndHomeroomsComeFromIt) {
    auto path = dir.file("next.csv");
    std::ofstream(path) << "Student ID,Last Name,First Name,Grade,Homeroom,Guardian Name\n"
                           "1,Test,Ana,K,Ms. Park,Rosa Núñez\n"
                           "2,Test,Leo,5,Mr. Diaz,Rosa Núñez\n"
                           "3,Test,Bảo,1,,Trần Thị Lan\n";
    ops::RolloverOptions options;
    options.roster = io::read_roster(path, {});
    auto s = ops::start_school_year(db, options, false);
    ASSERT_TRUE(s.roster);
    EXPECT_EQ(s.roster->departed.size(), 2u) << "Tanya and Sahra are not on it";
    EXPECT_EQ(s.students_moved_up, 0);
    auto now = grades();
    EXPECT_EQ(now["Ana"], "K|Ms. Park|");
    EXPECT_EQ(now["Leo"], "5|Mr. Diaz|");
    EXPECT_EQ(now["Bảo"], "1||") << "homeroom cleared, none on the roster yet";
    EXPECT_EQ(now["Tanya"], "5||") << "not listed: kept until marked as left";
}

TEST_F(RolloverTest, GradesAreReadAsSchoolsWriteThem) {
    EXPECT_EQ(*next_grade("pk"), "K");
    EXPECT_EQ(*next_grade("KG"), "1");
    EXPECT_EQ(*next_grade("03"), "4");
    EXPECT_EQ(*next_grade("Grade 3"), "4");
    EXPECT_EQ(*next_grade("11th"), "12");
    EXPECT_EQ(*next_grade("0"), "1");   // PowerSchool's kindergarten
    EXPECT_EQ(*next_grade("-1"), "K");  // and pre-kindergarten
    EXPECT_LT(grade_sort_key("-2"), grade_sort_key("0"));
    EXPECT_FALSE(next_grade("Adult"));
    EXPECT_FALSE(next_grade("13"));
    EXPECT_FALSE(next_grade(""));
}
