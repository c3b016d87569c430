#include "ops/door_ops.h"

#include <gtest/gtest.h>

#include "core/errors.h"
#include "core/family_code.h"
#include "ops/counts_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/rsvp_ops.h"
#include "support/fixtures.h"
#include "support/plan_fixtures.h"

using namespace fn;
using fn::testing::DbTest;

TEST_F(DbTest, CheckInUsesRsvpNumbersAndFlagsWalkIns) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Id rsvpd = ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    Id unannounced = ops::add_household(db, fn::testing::sample_household("Minh Trần", "Bảo", "Trần", "vi"));
    Rsvp r;
    r.event_id = ev;
    r.household_id = rsvpd;
    r.adults = 2;
    r.child_ages = {5, 8};
    ops::record_rsvp(db, r);

    auto c = ops::check_in(db, ev, rsvpd, -1, -1, "table 1");
    EXPECT_EQ(c.adults, 2);
    EXPECT_EQ(c.children, 2);
    EXPECT_FALSE(c.walk_in);
    auto w = ops::check_in(db, ev, unannounced);
    EXPECT_TRUE(w.walk_in);
    EXPECT_EQ(w.adults, 1);

    try {
        ops::check_in(db, ev, rsvpd);
        FAIL();
    } catch (const ConflictError& e) {
        EXPECT_NE(std::string(e.what()).find("already checked in at"), std::string::npos);
    }
    ops::adjust_check_in(db, ev, rsvpd, 2, 3);
    auto counts = ops::compute_counts(db, ev);
    EXPECT_EQ(counts.turnout.actual_children, 3);
    EXPECT_EQ(counts.turnout.walk_in_households, 1);

    ops::undo_check_in(db, ev, unannounced);
    EXPECT_EQ(ops::compute_counts(db, ev).turnout.walk_in_households, 0);
    EXPECT_THROW(ops::undo_check_in(db, ev, unannounced), NotFoundError);
}

TEST_F(DbTest, WalkInCreatesAFindableHouseholdAndChecksItIn) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Household h;
    h.language = "so";
    h.guardians.push_back({0, "Hodan Warsame", "", "", ContactMethod::Paper, "so"});
    auto w = ops::register_walk_in(db, ev, h, 1, 3, "door");
    EXPECT_TRUE(looks_like_family_code(w.family_code));
    EXPECT_TRUE(w.check_in.walk_in);
    auto found = ops::search_households(db, "hodan");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(found[0].walk_in);
    EXPECT_EQ(ops::compute_counts(db, ev).turnout.actual_people(), 4);
}

TEST_F(DbTest, ABadWalkInWritesNothing) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Household h;
    h.guardians.push_back({0, std::string(10000, 'x'), "", "", ContactMethod::Paper, "en"});
    EXPECT_THROW(ops::register_walk_in(db, ev, h, 1, 0), ValidationError);
    h.guardians[0].name = "Valid Name";
    EXPECT_THROW(ops::register_walk_in(db, ev, h, 0, 0), ValidationError);  // nobody present
    EXPECT_TRUE(ops::list_households(db).empty());
}

// The walk-in's look for a family already in the directory says the same on
// both backends (on a server it runs inside the server's one-statement
// walk-in, store/walk_in_function.h): a guardian's or child's name in any
// order, or a guardian's phone however it is written, is likely the same
// family; words of one name spread over another family's people are not.
TEST_F(DbTest, AWalkInIsRefusedOnlyForAFamilyLikelyTheSame) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Household known = fn::testing::sample_household("Sofía Núñez", "María", "Núñez", "es");
    known.guardians[0].phone = "(555) 010-2345";
    Id known_id = ops::add_household(db, known);
    const std::string known_code = ops::list_households(db).at(0).code;
    auto typed = [](const std::string& guardian, const std::string& phone = "", const std::string& child = "") {
        Household h;
        h.guardians.push_back({0, guardian, phone, "", ContactMethod::Paper, "es"});
        if (!child.empty()) {
            Student s;
            s.first_name = child.substr(0, child.find(' '));
            s.last_name = child.substr(child.find(' ') + 1);
            s.grade = "2";
            h.students.push_back(s);
        }
        return h;
    };
    auto refused_for = [&](const Household& h) -> std::vector<Id> {
        try {
            ops::register_walk_in(db, ev, h, 1, 0, "Door 1");
        } catch (const ops::LikelySameFamilyError& same) {
            std::vector<Id> ids;
            for (const auto& m : same.matches()) ids.push_back(m.id);
            return ids;
        }
        return {};
    };
    // "María" is the known family's child, "Sofía Núñez" its guardian: not one person.
    EXPECT_TRUE(refused_for(typed("María Sofía Núñez")).empty());
    EXPECT_EQ(refused_for(typed("Núñez Sofía")), std::vector<Id>{known_id});
    EXPECT_EQ(refused_for(typed("Ana Pérez", "555.010.2345")), std::vector<Id>{known_id});
    EXPECT_EQ(refused_for(typed("Ana Pérez", "", "María Núñez")), std::vector<Id>{known_id});
    auto confirmed = ops::register_walk_in(db, ev, typed("Ana Pérez", "", "María Núñez"), 1, 1, "Door 1", "",
                                           ops::WalkInRule::NewFamilyConfirmed);
    EXPECT_NE(confirmed.household_id, known_id);
    EXPECT_EQ(confirmed.check_in.children, 1);
    // A typed code is never drawn again: another family has it.
    Household same_code = typed("Kenji Sato");
    same_code.code = known_code;
    try {
        ops::register_walk_in(db, ev, same_code, 1, 0, "Door 1");
        FAIL() << "a family code used twice";
    } catch (const ConflictError& e) {
        EXPECT_NE(std::string(e.what()).find("already used"), std::string::npos) << e.what();
    }
    EXPECT_EQ(ops::list_households(db).size(), 3u);  // the known family and the two new ones
    EXPECT_EQ(ops::compute_counts(db, ev).turnout.actual_people(), 3);
}

TEST_F(DbTest, HeadcountsAddUpWithoutNames) {
    auto e = fn::testing::sample_event();
    e.kind = EventKind::WalkIn;
    Id ev = ops::create_event(db, e);
    ops::record_headcount(db, {0, ev, HeadcountCategory::MeetingPoint, "Park & 5th", 23, ""});
    ops::record_headcount(db, {0, ev, HeadcountCategory::Role, "Teachers", 9, ""});
    EXPECT_EQ(ops::compute_counts(db, ev).headcount_total, 32);
    EXPECT_THROW(ops::record_headcount(db, {0, ev, HeadcountCategory::Grade, "", 3, ""}), ValidationError);
}

TEST_F(DbTest, WorkshopAttendanceNeedsACheckIn) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Id ws = fn::testing::add_round_with_workshop(db, ev, "Math games");
    Id h = ops::add_household(db, fn::testing::sample_household("A B", "C", "B"));
    EXPECT_THROW(ops::record_workshop_attendance(db, ws, h), NotFoundError);
    ops::check_in(db, ev, h);
    EXPECT_NO_THROW(ops::record_workshop_attendance(db, ws, h));
}

// A common surname must not push the expected family past the result limit,
// and each row carries its RSVP and arrival for the door.
TEST_F(DbTest, DoorSearchFindsTheExpectedFamilyAmongManyOfTheSameNameWithItsStatus) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    for (int i = 0; i < 40; ++i)
        ops::add_household(db, fn::testing::sample_household("Rosa Nguyễn", "Kid" + std::to_string(i), "Nguyễn", "vi"));
    Id expected = ops::add_household(db, fn::testing::sample_household("Zoe Nguyễn", "Lan", "Nguyễn", "vi"));
    Id here = ops::add_household(db, fn::testing::sample_household("Yen Nguyễn", "Bao", "Nguyễn", "vi"));
    Rsvp r;
    r.event_id = ev;
    r.household_id = expected;
    r.adults = 2;
    r.child_ages = {6};
    ops::record_rsvp(db, r);
    ops::check_in(db, ev, here, 1, 1, "Door 2");

    auto found = ops::door_search(db, ev, "nguyen", 10);
    ASSERT_EQ(found.size(), 10u);
    EXPECT_EQ(found[0].household.id, expected);  // the limit cut 32 others, not this one
    EXPECT_TRUE(found[0].expected());
    EXPECT_EQ(found[0].expected_adults, 2);
    EXPECT_EQ(found[0].expected_children, 1);
    EXPECT_FALSE(found[0].arrived_at);

    auto yen = ops::door_search(db, ev, "yen nguyen", 10);
    ASSERT_EQ(yen.size(), 1u);
    ASSERT_TRUE(yen[0].arrived_at);
    EXPECT_EQ(yen[0].adults_here, 1);
    EXPECT_FALSE(yen[0].rsvp);
    EXPECT_TRUE(yen[0].walk_in);
    EXPECT_EQ(yen[0].match, NameMatch::Guardian);
}

// Expected families are found through their own index: even behind two
// hundred families of the same name (more than one keystroke reads), the
// expected one is first; a cancelled RSVP or a new name is followed at once.
TEST_F(DbTest, TheExpectedFamilyComesFirstBehindHundredsOfTheSameNameAndFollowsItsRsvpAndName) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    for (int i = 0; i < 200; ++i)
        ops::add_household(db, fn::testing::sample_household("Rosa Nguyễn", "Kid" + std::to_string(i), "Nguyễn", "vi"));
    Id expected = ops::add_household(db, fn::testing::sample_household("Zoe Nguyễn", "Lan", "Nguyễn", "vi"));
    Rsvp r;
    r.event_id = ev;
    r.household_id = expected;
    r.adults = 1;
    ops::record_rsvp(db, r);

    auto found = ops::door_search(db, ev, "nguyen", 10);
    ASSERT_EQ(found.size(), 10u);
    EXPECT_EQ(found[0].household.id, expected);
    ASSERT_EQ(found[0].household.guardians.size(), 1u);
    EXPECT_EQ(found[0].household.guardians[0].name, "Zoe Nguyễn");
    ASSERT_EQ(found[0].household.students.size(), 1u);
    EXPECT_EQ(found[0].household.students[0].first_name, "Lan");
    EXPECT_EQ(found[0].household.students[0].last_name, "Nguyễn");

    ops::cancel_rsvp(db, ev, expected);  // no longer expected: the last of 201 by id, past the limit
    for (const auto& c : ops::door_search(db, ev, "nguyen", 10)) EXPECT_NE(c.household.id, expected);

    ops::record_rsvp(db, r);
    auto h = ops::load_household(db, expected);
    h.guardians[0].name = "Zoe Trần";
    h.students[0].last_name = "Trần";
    h.family_name_as_written = "Trần";
    ops::update_household(db, h);
    auto renamed = ops::door_search(db, ev, "tran", 10);
    ASSERT_EQ(renamed.size(), 1u);
    EXPECT_TRUE(renamed[0].expected());
    EXPECT_EQ(renamed[0].household.guardians[0].name, "Zoe Trần");
    EXPECT_EQ(renamed[0].household.students[0].last_name, "Trần");
    EXPECT_NE(ops::door_search(db, ev, "nguyen", 10)[0].household.id, expected) << "its old name is gone";
}

TEST_F(DbTest, ASecondRsvpReportsTheOneItReplaced) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Id h = ops::add_household(db, fn::testing::sample_household("Amy Wilson", "Max", "Wilson"));
    Rsvp r;
    r.event_id = ev;
    r.household_id = h;
    r.adults = 2;
    r.child_ages = {4, 7};
    EXPECT_FALSE(ops::record_rsvp(db, r).replaced);
    r.child_ages = {4};
    auto second = ops::record_rsvp(db, r);
    ASSERT_TRUE(second.replaced);
    EXPECT_EQ(second.replaced->child_ages, (std::vector<int>{4, 7}));
    EXPECT_EQ(changed_fields(*second.replaced, r), std::vector<RsvpField>{RsvpField::ChildAges});
}

// Two stations on one file: a search that stopped reading at its limit
// leaves nothing open on its connection, so the station's next check-in
// writes after another station's check-in instead of finding the database
// busy (SQLite: an unfinished read keeps its old snapshot; PostgreSQL: the
// same steps, each committed).
TEST_F(DbTest, AStationChecksInAfterASearchStoppedAtItsLimitAndAnotherStationsCheckIn) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    std::vector<Id> families;
    for (int i = 0; i < 40; ++i)
        families.push_back(ops::add_household(
            db, fn::testing::sample_household("Rosa Núñez", "Kid" + std::to_string(i), "Núñez", "es")));
    auto other_station = store::Database::open(place.connection());
    ASSERT_EQ(ops::door_search(db, ev, "nunez", 5).size(), 5u) << "35 more rows not read";
    ops::check_in(other_station, ev, families[0], 1, 1, "Door 2");
    EXPECT_NO_THROW(ops::check_in(db, ev, families[1], 1, 1, "Door 1"));
    auto found = ops::door_search(db, ev, "nunez", 50);
    ASSERT_EQ(found.size(), 40u) << "each family once";
    int here = 0;
    for (const auto& c : found) here += c.arrived_at ? 1 : 0;
    EXPECT_EQ(here, 2) << "both stations' check-ins, read fresh";
}
