// The door log: every action is an entry, any entry can be reverted (or is
// refused with the reason), and an operation seen before is done once.
#include "ops/door_log_ops.h"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <atomic>
#include <thread>

#include "core/errors.h"
#include "ops/childcare_ops.h"
#include "ops/counts_ops.h"
#include "ops/door_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/rsvp_ops.h"
#include "store/database.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

namespace {

class DoorLogTest : public DbTest {
protected:
    void SetUp() override {
        event = ops::create_event(db, fn::testing::sample_event());
        for (auto [guardian, last] :
             {std::pair{"Rosa Núñez", "Núñez"}, {"Minh Trần", "Trần"}, {"Amy Wilson", "Wilson"}})
            families.push_back(ops::add_household(db, fn::testing::sample_household(guardian, "Kid", last)));
    }
    std::string refusal(Id entry) {
        try {
            ops::revert_door_entry(db, event, entry, "Door 1");
        } catch (const ConflictError& e) {
            return e.what();
        }
        return "";
    }
    Id entry_of(DoorAction action, Id household) {
        Id found = 0;
        for (const auto& line : ops::door_log(db, event))
            if (line.entry.action == action && line.entry.household_id == household && !line.entry.reverted())
                found = line.entry.id;
        return found;
    }
    Id event = 0;
    std::vector<Id> families;
};

}  // namespace

TEST_F(DoorLogTest, AnyOfThreeCheckInsCanBeRevertedNotOnlyTheLast) {
    for (Id h : families) ops::check_in(db, event, h, 1, 1, "Door 1");
    auto log = ops::door_log(db, event);
    ASSERT_EQ(log.size(), 3u);
    EXPECT_EQ(log[0].entry.station, "Door 1");
    EXPECT_EQ(log[1].family, "Trần");
    ops::revert_door_entry(db, event, log[1].entry.id, "Door 2");  // the middle one, a mistake
    auto counts = ops::compute_counts(db, event);
    EXPECT_EQ(counts.turnout.attended_households + counts.turnout.walk_in_households, 2);
    log = ops::door_log(db, event);
    ASSERT_EQ(log.size(), 4u);
    EXPECT_TRUE(log[1].entry.reverted());
    EXPECT_EQ(log[3].entry.action, DoorAction::Revert);
    EXPECT_EQ(log[3].entry.station, "Door 2");
    EXPECT_NE(refusal(log[1].entry.id).find("reverted already"), std::string::npos);
    ops::check_in(db, event, families[1], 2, 0, "Door 1");  // checked in again, correctly this time
    EXPECT_EQ(ops::compute_counts(db, event).turnout.actual_adults, 4);
    // Taking back the revert now would make a second check-in: refused, and why.
    EXPECT_NE(refusal(log[3].entry.id).find("checked in again at"), std::string::npos) << refusal(log[3].entry.id);
}

TEST_F(DoorLogTest, ACorrectionIsRevertedToTheNumbersItReplacedOnlyWhenNothingLaterDependsOnIt) {
    ops::check_in(db, event, families[0], 2, 2, "Door 1");
    ops::adjust_check_in(db, event, families[0], 2, 2, "Door 1");  // the same numbers: not a correction
    EXPECT_EQ(entry_of(DoorAction::Adjust, families[0]), 0);
    ops::adjust_check_in(db, event, families[0], 2, 1, "Door 1");
    Id first_fix = entry_of(DoorAction::Adjust, families[0]);
    ops::adjust_check_in(db, event, families[0], 1, 1, "Door 1");
    EXPECT_NE(refusal(first_fix).find("a later correction"), std::string::npos);
    ops::revert_door_entry(db, event, entry_of(DoorAction::Adjust, families[0]), "Door 1");
    EXPECT_EQ(ops::compute_counts(db, event).turnout.actual_adults, 2);
    ops::revert_door_entry(db, event, first_fix, "Door 1");  // now nothing later depends on it
    EXPECT_EQ(ops::compute_counts(db, event).turnout.actual_children, 2);
}

TEST_F(DoorLogTest, ChildcareEntriesRevertInOrderAndACheckInWithChildrenInCareIsRefusedWithTheReason) {
    ops::check_in(db, event, families[0], 1, 2, "Door 1");
    auto d = ops::drop_off_children(db, event, families[0], 2, "", "Door 1");
    EXPECT_NE(
        refusal(entry_of(DoorAction::CheckIn, families[0])).find("children are in childcare (code " + d.pickup_code),
        std::string::npos);
    ops::pick_up_children(db, event, d.pickup_code, "Door 1");
    EXPECT_NE(refusal(entry_of(DoorAction::DropOff, families[0])).find("revert the pickup first"), std::string::npos);
    ops::revert_door_entry(db, event, entry_of(DoorAction::PickUp, families[0]), "Door 1");
    EXPECT_EQ(ops::load_childcare_room(db, event).children_in_care, 2);  // back in care
    ops::revert_door_entry(db, event, entry_of(DoorAction::DropOff, families[0]), "Door 1");
    EXPECT_EQ(ops::load_childcare_room(db, event).children_in_care, 0);
    ops::revert_door_entry(db, event, entry_of(DoorAction::CheckIn, families[0]), "Door 1");
    EXPECT_EQ(ops::compute_counts(db, event).turnout.actual_adults, 0);
}

TEST_F(DoorLogTest, ARepeatedOperationSucceedsOnceAndTheLosingStationIsToldWhereTheFamilyCameIn) {
    auto first = ops::check_in(db, event, families[0], 2, 1, "Door 1", "op-abc");
    auto again = ops::check_in(db, event, families[0], 2, 1, "Door 1", "op-abc");  // the same Enter, sent twice
    EXPECT_EQ(first.id, again.id);
    EXPECT_EQ(ops::door_log(db, event).size(), 1u);
    try {
        ops::check_in(db, event, families[0], 1, 0, "Door 2", "op-def");
        FAIL() << "a second check-in was accepted";
    } catch (const ConflictError& e) {
        EXPECT_NE(std::string(e.what()).find("already checked in at"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("(Door 1)"), std::string::npos) << e.what();
    }
    Household h;
    h.guardians.push_back({0, "Hodan Warsame", "", "", ContactMethod::Paper, "so"});
    auto w1 = ops::register_walk_in(db, event, h, 1, 2, "Door 2", "op-walk");
    auto w2 = ops::register_walk_in(db, event, h, 1, 2, "Door 2", "op-walk");
    EXPECT_EQ(w1.household_id, w2.household_id);  // one family, not two
    EXPECT_EQ(ops::search_households(db, "warsame").size(), 1u);
    EXPECT_EQ(ops::compute_counts(db, event).turnout.walk_in_households, 2);  // Núñez (no RSVP) and Warsame
}

TEST(DoorLogMigration, CheckInsMadeBeforeTheLogAreInItAndCanBeReverted) {
    fn::testing::TempDir dir;
    std::string path = dir.file("old.db");
    {
        auto db = store::Database::open("sqlite3://" + path);
        Id ev = ops::create_event(db, fn::testing::sample_event());
        Id h = ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez"));
        ops::check_in(db, ev, h, 2, 1, "Door 1");
        Rsvp yes;
        yes.event_id = ev;
        yes.household_id = h;
        yes.adults = 2;
        ops::record_rsvp(db, yes);
        // As a database of the previous version had it: the check-in, no log.
        db.sql() << "DROP TABLE door_log";
        db.sql() << "ALTER TABLE households DROP COLUMN family_name";  // version 4
        db.sql() << "ALTER TABLE event_texts DROP COLUMN place";
        db.sql() << "DROP TABLE room_names";
        db.sql() << "ALTER TABLE rsvp_meals DROP COLUMN seq";  // version 5
        db.sql() << "ALTER TABLE people DROP COLUMN login";    // version 6
        db.sql() << "DROP TABLE expected_terms";               // version 8
        db.sql() << "ALTER TABLE households DROP COLUMN door_guardians";
        db.sql() << "ALTER TABLE households DROP COLUMN door_students";
        db.sql() << "ALTER TABLE students DROP COLUMN left_on";  // version 9
        db.sql() << "ALTER TABLE households DROP COLUMN active";
        db.sql() << "DROP TABLE audit_log";                          // version 10
        db.sql() << "ALTER TABLE households DROP COLUMN erased_on";  // version 11
        db.sql() << "DROP TABLE contacts";                           // version 12
        db.sql() << "DROP INDEX rsvps_household";                    // version 13
        db.sql() << "DROP TABLE evaluations";                        // version 14
        db.sql() << "DROP TABLE messages_sent";                      // version 25
        db.sql() << "DROP TABLE seat_waits";
        db.sql() << "ALTER TABLE events DROP COLUMN revision";  // version 24
        db.sql() << "ALTER TABLE events DROP COLUMN changed_at";
        db.sql() << "DROP TRIGGER home_visit_changes_kept";  // version 23
        db.sql() << "DROP TABLE home_visit_changes";
        db.sql() << "DROP TABLE home_visits";          // version 15
        db.sql() << "DROP TABLE community_resources";  // version 16
        db.sql() << "DROP INDEX rsvps_door";           // version 17
        db.sql() << "DROP INDEX checkins_door";
        db.sql() << "ALTER TABLE households DROP COLUMN language_to_confirm";  // version 18
        db.sql() << "DROP TABLE privacy_ledger";                               // version 20
        db.sql() << "DELETE FROM schema_migrations WHERE version >= 3";
    }
    auto db = store::Database::open("sqlite3://" + path);
    auto log = ops::door_log(db, 1);
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].entry.action, DoorAction::CheckIn);
    EXPECT_EQ(log[0].entry.adults, 2);
    ops::revert_door_entry(db, 1, log[0].entry.id);
    EXPECT_EQ(ops::compute_counts(db, 1).turnout.attended_households, 0);
    // Version 8 filled what a door row shows, and the expected families' words.
    auto found = ops::door_search(db, 1, "nunez");
    ASSERT_EQ(found.size(), 1u);
    ASSERT_EQ(found[0].household.guardians.size(), 1u);
    EXPECT_EQ(found[0].household.guardians[0].name, "Rosa Núñez");
    ASSERT_EQ(found[0].household.students.size(), 1u);
    EXPECT_EQ(found[0].household.students[0].first_name, "Ana");
    int expected_words = 0;
    db.sql() << "SELECT COUNT(*) FROM expected_terms WHERE event_id = 1", soci::into(expected_words);
    EXPECT_GT(expected_words, 0);
}

// An operation id is a promise that a retry is the same action: the same id
// for another family, event, action or numbers is refused, and nothing is
// done (it used to answer "checked in" for a family that was not).
TEST_F(DoorLogTest, AnOperationIdReusedForAnotherFamilyEventOrActionIsRefusedAndDoesNothing) {
    ops::check_in(db, event, families[0], 2, 1, "Door 1", "op-1");
    EXPECT_THROW(ops::check_in(db, event, families[1], 2, 1, "Door 1", "op-1"), OperationReusedError);
    Id other_event = ops::create_event(db, fn::testing::sample_event("2026-12-10"));
    EXPECT_THROW(ops::check_in(db, other_event, families[0], 2, 1, "Door 1", "op-1"), OperationReusedError);
    EXPECT_THROW(ops::adjust_check_in(db, event, families[0], 1, 1, "Door 1", "op-1"), OperationReusedError);
    auto counts = ops::compute_counts(db, event);
    EXPECT_EQ(counts.turnout.attended_households + counts.turnout.walk_in_households, 1);  // only families[0]
    EXPECT_EQ(ops::compute_counts(db, other_event).turnout.walk_in_households, 0);
    EXPECT_EQ(ops::door_log(db, other_event).size(), 0u);

    ops::adjust_check_in(db, event, families[0], 1, 1, "Door 1", "op-2");
    ops::adjust_check_in(db, event, families[0], 1, 1, "Door 1", "op-2");  // a retry: done once
    EXPECT_THROW(ops::adjust_check_in(db, event, families[0], 3, 0, "Door 1", "op-2"), OperationReusedError);
    EXPECT_EQ(ops::compute_counts(db, event).turnout.actual_adults, 1);

    Household walk_in;
    walk_in.guardians.push_back({0, "Hodan Warsame", "", "", ContactMethod::Paper, "so"});
    EXPECT_THROW(ops::register_walk_in(db, event, walk_in, 1, 0, "Door 2", "op-1"), OperationReusedError);
    EXPECT_TRUE(ops::search_households(db, "warsame").empty());
    ops::register_walk_in(db, event, walk_in, 1, 0, "Door 2", "op-3");
    Household another;
    another.guardians.push_back({0, "Tesfaye Bekele", "", "", ContactMethod::Paper, "am"});
    EXPECT_THROW(ops::register_walk_in(db, event, another, 1, 0, "Door 2", "op-3"), OperationReusedError);
    EXPECT_TRUE(ops::search_households(db, "bekele").empty());

    Id first = entry_of(DoorAction::CheckIn, families[0]);
    ops::check_in(db, event, families[1], 1, 0, "Door 1", "op-4");
    ops::revert_door_entry(db, event, first, "Door 1", "op-5");
    EXPECT_THROW(ops::revert_door_entry(db, event, entry_of(DoorAction::CheckIn, families[1]), "Door 1", "op-5"),
                 OperationReusedError);
    EXPECT_NE(entry_of(DoorAction::CheckIn, families[1]), 0);  // still checked in
}

// Four stations type the same walk-in family at the same moment: the check
// for a family already in the directory is in the write, so one household
// is made and checked in, and the others are told it is there now.
TEST_F(DoorLogTest, FourStationsRegisteringTheSameWalkInAtOnceMakeOneHousehold) {
    constexpr int kStations = 4;
    std::vector<store::Database> stations;
    for (int i = 0; i < kStations; ++i) stations.push_back(store::Database::open(place.connection()));
    std::atomic<int> ready{0}, registered{0}, told_same{0};
    std::vector<std::string> other_errors(kStations);
    std::vector<std::thread> threads;
    for (int i = 0; i < kStations; ++i)
        threads.emplace_back([&, i] {
            Household h;
            h.guardians.push_back({0, "Abdi Farah", "612-555-0199", "", ContactMethod::Phone, "so"});
            h.students.push_back({0, "", "Hodan", "Abdi", "3", "", ""});
            ++ready;
            while (ready < kStations) std::this_thread::yield();  // all start together
            try {
                ops::register_walk_in(stations[static_cast<std::size_t>(i)], event, h, 1, 1,
                                      "Door " + std::to_string(i + 1), ops::new_operation_id());
                ++registered;
            } catch (const ops::LikelySameFamilyError& e) {
                if (e.matches().size() == 1) ++told_same;
            } catch (const std::exception& e) {
                other_errors[static_cast<std::size_t>(i)] = e.what();
            }
        });
    for (auto& t : threads) t.join();
    for (const auto& e : other_errors) EXPECT_EQ(e, "");
    EXPECT_EQ(registered.load(), 1);
    EXPECT_EQ(told_same.load(), kStations - 1);
    EXPECT_EQ(ops::search_households(db, "abdi farah").size(), 1u);
    auto counts = ops::compute_counts(db, event);
    EXPECT_EQ(counts.turnout.walk_in_households, 1);
    EXPECT_EQ(ops::door_log(db, event).size(), 1u);
}

// A revert made by mistake is taken back by reverting it: the check-in is
// there again with the numbers it last had, under its own id (so its
// correction still points at it); taking that back too reverts again.
TEST_F(DoorLogTest, ARevertCanItselfBeRevertedAndSoCanThat) {
    ops::check_in(db, event, families[0], 2, 1, "Door 1");
    ops::adjust_check_in(db, event, families[0], 3, 1, "Door 1");
    Id checkin_entry = entry_of(DoorAction::CheckIn, families[0]);
    auto undo = ops::revert_door_entry(db, event, checkin_entry, "Door 2");
    EXPECT_EQ(ops::compute_counts(db, event).turnout.actual_adults, 0);

    auto redo = ops::revert_door_entry(db, event, undo.id, "Door 2");  // the revert was the mistake
    auto counts = ops::compute_counts(db, event);
    EXPECT_EQ(counts.turnout.actual_adults, 3);  // as corrected, not as first typed
    EXPECT_EQ(counts.turnout.actual_children, 1);
    EXPECT_EQ(entry_of(DoorAction::CheckIn, families[0]), checkin_entry);  // standing again
    EXPECT_EQ(ops::door_log(db, event).back().entry.target_id, undo.id);
    // The correction still holds on the same check-in: it can be reverted.
    Id adjust = entry_of(DoorAction::Adjust, families[0]);
    ops::revert_door_entry(db, event, adjust, "Door 1");
    EXPECT_EQ(ops::compute_counts(db, event).turnout.actual_adults, 2);
    ops::adjust_check_in(db, event, families[0], 3, 1, "Door 1");

    ops::revert_door_entry(db, event, redo.id, "Door 3");  // and back again: not checked in
    EXPECT_EQ(ops::compute_counts(db, event).turnout.actual_adults, 0);
    EXPECT_EQ(entry_of(DoorAction::CheckIn, families[0]), 0);
    // Taking back a revert of a check-in while the family came in again meanwhile is refused.
    ops::check_in(db, event, families[0], 1, 0, "Door 1");
    EXPECT_NE(refusal(undo.id).find("checked in again"), std::string::npos) << refusal(undo.id);
}

namespace {
template <typename E, typename F>
std::string refused_with(F&& action) {
    try {
        action();
    } catch (const E& e) {
        return e.what();
    }
    return "(not refused)";
}
}  // namespace

// Corrections and childcare hand-overs keep their rules word for word on
// both backends (on a server each is one statement, the rule said again
// there): fewer children than are in care, a family not here, a pickup sent
// twice, an id reused for another tag, an unknown tag.
TEST_F(DoorLogTest, CorrectionsAndPickupsSayTheSameOnEitherBackend) {
    ops::check_in(db, event, families[0], 1, 2, "Door 1");
    auto d = ops::drop_off_children(db, event, families[0], 2, "", "Door 1");
    EXPECT_NE(refused_with<ConflictError>([&] {
                  ops::adjust_check_in(db, event, families[0], 1, 1, "Door 1", "a-1");
              }).find("2 of this family's children are in childcare (code " + d.pickup_code + ")"),
              std::string::npos);
    EXPECT_EQ(refused_with<NotFoundError>([&] { ops::adjust_check_in(db, event, families[1], 1, 1, "Door 1", "a-2"); }),
              "this family is not checked in");
    EXPECT_EQ(
        refused_with<ValidationError>([&] { ops::adjust_check_in(db, event, families[0], 0, 0, "Door 1", "a-3"); }),
        "check-in: at least one person must be present");
    ops::adjust_check_in(db, event, families[0], 2, 2, "Door 1", "a-4");
    ops::adjust_check_in(db, event, families[0], 2, 2, "Door 1", "a-4");  // sent again: once
    auto p = ops::pick_up_children(db, event, d.pickup_code, "Door 2");
    EXPECT_EQ(p.children, 2);
    EXPECT_EQ(p.household_id, families[0]);
    EXPECT_EQ(refused_with<NotFoundError>([&] { ops::pick_up_children(db, event, d.pickup_code, "Door 2"); }),
              "no children in care with code " + d.pickup_code + "; check the tag");
    ops::check_in(db, event, families[1], 1, 1, "Door 1");
    auto d2 = ops::drop_off_children(db, event, families[1], 1, "", "Door 1");
    ops::pick_up_children(db, event, d2.pickup_code, "Door 2");
    int log_lines = static_cast<int>(ops::door_log(db, event).size());
    EXPECT_EQ(refused_with<NotFoundError>([&] { ops::pick_up_children(db, event, d2.pickup_code, "Door 2"); }),
              "no children in care with code " + d2.pickup_code + "; check the tag");
    EXPECT_EQ(static_cast<int>(ops::door_log(db, event).size()), log_lines) << "a refusal writes nothing";
    EXPECT_EQ(entry_of(DoorAction::Adjust, families[0]) != 0, true);
    int adjusts = 0;
    for (const auto& line : ops::door_log(db, event)) adjusts += line.entry.action == DoorAction::Adjust;
    EXPECT_EQ(adjusts, 1) << "the correction sent twice is one entry";
}
