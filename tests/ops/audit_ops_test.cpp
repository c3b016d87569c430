#include "ops/audit_ops.h"

#include <gtest/gtest.h>

#include <fstream>

#include "ops/door_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/roster_ops.h"
#include "ops/rsvp_ops.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;
using fn::testing::sample_household;

namespace {

std::vector<std::string> history_texts(store::Database& db, Id household) {
    std::vector<std::string> out;
    for (const auto& line : ops::family_history(db, household))
        out.push_back(line.operation.english() + " | " + line.what.english());
    return out;
}

bool has(const std::vector<std::string>& lines, const std::string& text) {
    for (const auto& l : lines)
        if (l == text) return true;
    return false;
}

std::string dump(const std::vector<std::string>& lines) {
    std::string s;
    for (const auto& l : lines) s += l + "\n";
    return s;
}

}  // namespace

TEST_F(DbTest, AnEditedPhoneIsInTheHistoryWithBeforeAfterWhoAndWhen) {
    Id id = ops::add_household(db, sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    auto h = ops::load_household(db, id);
    h.guardians[0].phone = "555-0199";
    h.students[0].grade = "3";
    h.guardians.push_back({0, "Luis Núñez", "", "luis@example.org", ContactMethod::Email, "es"});
    ops::update_household(db, h);

    auto history = ops::family_history(db, id);
    auto lines = history_texts(db, id);
    ASSERT_EQ(lines.size(), 4u) << dump(lines);
    EXPECT_EQ(lines[0].substr(0, lines[0].find(':')), "family added | family added");
    EXPECT_TRUE(has(lines, "family edited | guardian Rosa Núñez, phone: from 555-0100 to 555-0199")) << dump(lines);
    EXPECT_TRUE(has(lines, "family edited | student Ana Núñez, grade: from 2 to 3")) << dump(lines);
    EXPECT_TRUE(has(lines, "family edited | guardian Luis Núñez added: Luis Núñez, luis@example.org")) << dump(lines);
    for (const auto& line : history) {
        EXPECT_FALSE(line.who.empty());
        EXPECT_FALSE(line.station.empty());
        EXPECT_EQ(line.at.size(), 19u) << line.at;  // "2026-12-03 18:02:11"
    }
    // Saving the same values again records nothing.
    ops::update_household(db, ops::load_household(db, id));
    EXPECT_EQ(ops::family_history(db, id).size(), 4u);
}

TEST_F(DbTest, RsvpsAndTheDoorAreInTheFamilysHistory) {
    Id event = ops::create_event(db, fn::testing::sample_event());
    Id id = ops::add_household(db, sample_household("Trần Thị Lan", "Bảo", "Trần", "vi"));
    Rsvp r;
    r.event_id = event;
    r.household_id = id;
    r.adults = 2;
    r.child_ages = {7};
    ops::record_rsvp(db, r);
    r.adults = 1;
    ops::record_rsvp(db, r);
    ops::cancel_rsvp(db, event, id);
    ops::check_in(db, event, id, 1, 1, "Door 2");

    auto lines = history_texts(db, id);
    const std::string rsvp = "RSVP for 2026-12-03 Literacy Night";
    EXPECT_TRUE(has(lines, "RSVP recorded | " + rsvp + ", answer: from (empty) to yes")) << dump(lines);
    EXPECT_TRUE(has(lines, "RSVP recorded | " + rsvp + ", adults: from 2 to 1")) << dump(lines);
    EXPECT_TRUE(has(lines, "RSVP cancelled | " + rsvp + ", answer: from yes to cancelled")) << dump(lines);
    EXPECT_TRUE(has(lines, "at the door: 2026-12-03 Literacy Night | checked in 1+1")) << dump(lines);
    EXPECT_EQ(ops::family_history(db, id).back().station, "Door 2");
}

TEST_F(DbTest, ARosterImportRecordsNewFamiliesAndWhatItChanged) {
    const char* header = "Student ID,Last Name,First Name,Grade,Homeroom,Guardian Name,Phone,Email,Address,Language\n";
    auto first = dir.file("r1.csv"), second = dir.file("r2.csv");
    std::ofstream(first) << header << "1001,Núñez,Ana,2,Rivera,Rosa Núñez,555-010-2000,,12 Elm St,es\n";
    std::ofstream(second) << header << "1001,Núñez,Ana,3,Chen,Rosa Núñez,555-010-9999,,12 Elm St,es\n";
    ops::import_roster(db, first, {}, false);
    ops::import_roster(db, second, {}, true);  // a dry run records nothing
    Id id = ops::search_households(db, "nunez").at(0).id;
    ASSERT_EQ(ops::family_history(db, id).size(), 1u);
    ops::import_roster(db, second, {}, false);

    auto lines = history_texts(db, id);
    ASSERT_EQ(lines.size(), 4u) << dump(lines);
    EXPECT_NE(lines[0].find("roster import | family added: "), std::string::npos) << lines[0];
    EXPECT_NE(lines[0].find("Rosa Núñez, 555-010-2000; Ana Núñez #1001, 2, Rivera"), std::string::npos) << lines[0];
    EXPECT_TRUE(has(lines, "roster import | guardian Rosa Núñez, phone: from 555-010-2000 to 555-010-9999"))
        << dump(lines);
    EXPECT_TRUE(has(lines, "roster import | student Ana Núñez, grade: from 2 to 3")) << dump(lines);
    EXPECT_TRUE(has(lines, "roster import | student Ana Núñez, homeroom: from Rivera to Chen")) << dump(lines);
}

TEST_F(DbTest, AFailedEditLeavesNoHistoryBehind) {
    Id id = ops::add_household(db, sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    auto other = sample_household("Jamal Carter", "Tanya", "Carter");
    other.students[0].student_number = "1001";
    ops::add_household(db, other);
    auto h = ops::load_household(db, id);
    h.guardians[0].phone = "555-0199";
    h.students[0].student_number = "1001";  // another family's student: the edit is refused as a whole
    EXPECT_THROW(ops::update_household(db, h), Error);
    EXPECT_EQ(ops::family_history(db, id).size(), 1u);
}
