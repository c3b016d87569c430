#include "ops/door_station.h"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <filesystem>

#include "core/errors.h"
#include "core/family_code.h"
#include "ops/door_log_ops.h"
#include "ops/event_ops.h"
#include "ops/door_ops.h"
#include "ops/household_ops.h"
#include "ops/rsvp_ops.h"
#include "store/station_store.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

namespace {

// Two stations working from their own files beside the shared database
// (a SQLite file here, or the test PostgreSQL server).
class DoorStationTest : public DbTest {
protected:
    Id event = ops::create_event(db, fn::testing::sample_event());
    Id carter = ops::add_household(db, fn::testing::sample_household("Ana Carter", "Luis", "Carter", "en"));
    Id nunez = ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es"));

    ops::DoorStation station(const std::string& name) {
        auto s = ops::DoorStation::open(dir.file(name + ".db"), place.connection(), event, name, true);
        ops::prepare_station(db, s);
        return s;
    }
    // The same family typed as a walk-in at both stations, Door 1's sent
    // first: Door 2's waits for a person. Returns its outbox entry.
    long long same_walk_in_waits_at_the_second(ops::DoorStation& one, ops::DoorStation& two,
                                               const std::string& guardian) {
        Household h;
        h.guardians.push_back({0, guardian, "", "", ContactMethod::Paper, "so"});
        one.walk_in(h, 1, 0);
        two.walk_in(h, 1, 0);
        ops::sync_station(db, one);
        EXPECT_EQ(ops::sync_station(db, two).needs_person, 1);
        return two.outbox().back().seq;
    }
    int checkins_on_server() {
        int n = 0;
        for (const auto& line : ops::door_log(db, event))
            n += line.entry.action == DoorAction::CheckIn || line.entry.action == DoorAction::WalkIn;
        return n;
    }
};

}  // namespace

TEST_F(DoorStationTest, ActionsWaitInTheOutboxAndAreSentInOrderWithTheirTypedTimes) {
    auto one = station("Door 1");
    EXPECT_EQ(fn::ops::door_search(one.file(), event, "carter").size(), 1u);
    auto c = one.check_in(carter, 2, 1);
    EXPECT_EQ(c.adults, 2);
    one.adjust(carter, 3, 1);
    EXPECT_THROW(one.check_in(carter), ConflictError);  // the station file knows
    EXPECT_EQ(one.waiting(), 2);
    EXPECT_EQ(checkins_on_server(), 0);  // nothing reached the server yet

    ops::note_server_unreachable(one);  // as when the server did not answer
    auto report = ops::sync_station(db, one);
    EXPECT_TRUE(report.reached);
    EXPECT_EQ(report.sent, 2);
    EXPECT_EQ(report.waiting, 0);
    auto log = ops::door_log(db, event);
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0].entry.at, c.checked_in_at);  // the time it was typed
    EXPECT_TRUE(log[0].entry.typed_offline());
    EXPECT_EQ(log[1].entry.action, DoorAction::Adjust);
    EXPECT_EQ(log[1].entry.adults, 3);

    // Sent again (a crash before the outbox was marked): done once.
    EXPECT_EQ(ops::sync_station(db, one).sent, 0);
    EXPECT_EQ(ops::door_log(db, event).size(), 2u);
}

TEST_F(DoorStationTest, TheSecondStationsArrivalIsKeptAsAlsoCheckedIn) {
    auto one = station("Door 1");
    auto two = station("Door 2");
    one.check_in(nunez);
    two.check_in(nunez, 2, 0);
    ops::sync_station(db, one);
    auto report = ops::sync_station(db, two);
    EXPECT_EQ(report.also_checked_in, 1);
    EXPECT_EQ(report.waiting, 0);
    EXPECT_EQ(checkins_on_server(), 1);
    auto log = ops::door_log(db, event);
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[1].entry.action, DoorAction::AlsoCheckedIn);
    EXPECT_EQ(log[1].entry.station, "Door 2");
    EXPECT_NE(ops::describe(log[1].entry).english().find("also checked in at Door 2"), std::string::npos);
    // The second station's file now shows the server's view: the first arrival.
    auto rows = ops::door_search(two.file(), event, "núñez");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_TRUE(rows[0].arrived_at);
    EXPECT_EQ(rows[0].adults_here, 1);  // Door 1's numbers, not Door 2's 2+0
}

TEST_F(DoorStationTest, AWalkInLikelyAlreadyRegisteredWaitsForAPerson) {
    auto one = station("Door 1");
    auto two = station("Door 2");
    Household h;
    h.guardians.push_back({0, "Hodan Warsame", "555-0199", "", ContactMethod::Paper, "so"});
    auto first = one.walk_in(h, 1, 2);
    EXPECT_EQ(first.family_code.substr(0, 2), station_code_prefix("Door 1"));
    two.walk_in(h, 1, 2);
    ops::sync_station(db, one);
    auto report = ops::sync_station(db, two);
    EXPECT_EQ(report.needs_person, 1);
    EXPECT_EQ(report.waiting, 0);
    EXPECT_EQ(ops::search_households(db, "hodan").size(), 1u);  // one household
    auto kept = two.outbox();
    ASSERT_EQ(kept.size(), 1u);
    EXPECT_EQ(kept[0].state, OutboxState::NeedsPerson);
    EXPECT_NE(kept[0].outcome.english().find(first.family_code), std::string::npos);
}

// A person settles what waits for one: a walk-in that is a new family after
// all is sent again as one; anything else is set aside, kept, not listed.
TEST_F(DoorStationTest, APersonSettlesTheNeedsAPersonList) {
    auto one = station("Door 1");
    auto two = station("Door 2");
    const long long seq = same_walk_in_waits_at_the_second(one, two, "Hodan Warsame");
    EXPECT_THROW(ops::decide_needs_person(two, seq + 100, PersonsDecision::SetAside), NotFoundError);
    ops::decide_needs_person(two, seq, PersonsDecision::NewFamily);
    EXPECT_EQ(two.waiting(), 1);
    EXPECT_THROW(ops::decide_needs_person(two, seq, PersonsDecision::SetAside), NotFoundError);  // not listed now
    auto report = ops::sync_station(db, two);
    EXPECT_EQ(report.sent, 1);
    EXPECT_EQ(report.needs_person, 0);
    EXPECT_EQ(ops::search_households(db, "hodan").size(), 2u);  // a person said so
    EXPECT_EQ(two.outbox().back().state, OutboxState::Sent);
}

TEST_F(DoorStationTest, ASetAsideEntryIsKeptButNoLongerWaitsForAnyone) {
    auto one = station("Door 1");
    auto two = station("Door 2");
    const long long seq = same_walk_in_waits_at_the_second(one, two, "Ilhan Yusuf");
    ops::decide_needs_person(two, seq, PersonsDecision::SetAside);
    const auto kept = two.outbox().back();
    EXPECT_EQ(kept.state, OutboxState::SetAside);
    EXPECT_NE(kept.outcome.english().find("set aside"), std::string::npos) << kept.outcome.english();
    EXPECT_EQ(ops::sync_station(db, two).needs_person, 0);
    EXPECT_EQ(ops::search_households(db, "ilhan").size(), 1u);
}

TEST_F(DoorStationTest, AFileIsForOneEventAndOneDatabase) {
    std::string path = dir.file("door.db");
    { auto s = ops::DoorStation::open(path, place.connection(), event, "Door 1", true); }
    EXPECT_THROW(ops::DoorStation::open(path, place.connection(), event + 1, "Door 1", false), ConflictError);
    EXPECT_THROW(ops::DoorStation::open(dir.file("none.db"), place.connection(), event, "Door 1", false),
                 NotFoundError);
    EXPECT_EQ(std::filesystem::status(path).permissions() & std::filesystem::perms::group_read,
              std::filesystem::perms::none);
}

// A refresh reads what changed: tonight's rows after a door action
// elsewhere, the families added since (a walk-in at another station) with
// them, and the whole directory when families were removed.
TEST_F(DoorStationTest, ARefreshCopiesTheDirectoryOnlyWhenItChanged) {
    auto one = station("Door 1");
    Household h;
    h.guardians.push_back({0, "Hodan Warsame", "555-0199", "", ContactMethod::Paper, "so"});
    auto waiting = one.walk_in(h, 1, 0);               // kept here, not sent
    ops::check_in(db, event, carter, 1, 0, "Door 2");  // another station, straight on the server
    auto tonight = ops::prepare_station(db, one);
    EXPECT_FALSE(tonight.whole);
    auto rows = ops::door_search(one.file(), event, "carter");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_TRUE(rows[0].arrived_at) << "Door 2's check-in reached this station";
    EXPECT_EQ(ops::door_search(one.file(), event, "hodan").size(), 1u) << "the waiting walk-in once, not twice";

    ops::add_household(db, fn::testing::sample_household("Mei Chen", "Lin", "Chen", "zh"));
    auto added = ops::prepare_station(db, one);
    EXPECT_FALSE(added.whole) << "only the family added is read";
    EXPECT_EQ(ops::door_search(one.file(), event, "chen").size(), 1u);
    EXPECT_EQ(ops::door_search(one.file(), event, "hodan").size(), 1u);
    EXPECT_EQ(one.waiting(), 1);

    // The walk-in sent: the server's household in place of the station's own copy, once.
    auto report = ops::sync_station(db, one);
    EXPECT_EQ(report.sent, 1);
    auto hodan = ops::door_search(one.file(), event, "hodan");
    ASSERT_EQ(hodan.size(), 1u) << "the walk-in once, as the server holds it";
    EXPECT_EQ(hodan[0].household.id, ops::search_households(db, "hodan").at(0).id);
    EXPECT_TRUE(hodan[0].arrived_at);

    db.sql() << "DELETE FROM households WHERE id = :h", soci::use(nunez);
    auto whole = ops::prepare_station(db, one);
    EXPECT_TRUE(whole.whole) << "a family removed: the whole directory again";
    EXPECT_TRUE(ops::door_search(one.file(), event, "núñez").empty());
    EXPECT_EQ(ops::door_search(one.file(), event, "chen").size(), 1u);
}

// A door list of children's names is not kept after its night: a station
// file of a past event with nothing unsent goes; one with unsent entries stays.
TEST_F(DoorStationTest, PastNightsStationFilesAreDeletedWhenNothingWaits) {
    ::setenv("XDG_DATA_HOME", dir.file("data").c_str(), 1);
    auto sent = ops::DoorStation::open(ops::station_file_path("Door 1", place.connection(), event), place.connection(),
                                       event, "Door 1", true);
    ops::prepare_station(db, sent);
    auto kept = ops::DoorStation::open(ops::station_file_path("Door 2", place.connection(), event), place.connection(),
                                       event, "Door 2", true);
    ops::prepare_station(db, kept);
    kept.check_in(nunez);  // not sent
    const std::string sent_path = sent.path(), kept_path = kept.path();
    EXPECT_TRUE(ops::forget_finished_stations("2026-12-03").empty()) << "the night itself keeps them";
    auto wiped = ops::forget_finished_stations("2026-12-04");
    ::unsetenv("XDG_DATA_HOME");
    ASSERT_EQ(wiped.size(), 1u);
    EXPECT_EQ(wiped[0], sent_path);
    EXPECT_TRUE(std::filesystem::exists(kept_path));
}

// Door 2 checked in a family Door 1 had checked in first, then undid it:
// the undo takes back Door 2's "also checked in", never Door 1's check-in.
TEST_F(DoorStationTest, AnUndoAtTheSecondStationLeavesTheFirstArrival) {
    auto one = station("Door 1");
    auto two = station("Door 2");
    one.check_in(nunez);
    two.check_in(nunez);
    two.undo(nunez);
    ops::sync_station(db, one);
    auto report = ops::sync_station(db, two);
    EXPECT_EQ(report.waiting, 0);
    EXPECT_EQ(report.needs_person, 0);
    EXPECT_EQ(checkins_on_server(), 1);
    auto rows = ops::door_search(db, event, "núñez");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_TRUE(rows[0].arrived_at) << "Door 1's arrival stands";
}

// A refresh's one statement (on a server, every row as JSON) reads exactly
// what reading tonight's tables one by one reads: the same tables, columns
// and values, nulls and text with quotes, backslashes and scripts included.
TEST_F(DoorStationTest, TonightsRowsInOneStatementAreTheRowsReadTableByTable) {
    Rsvp r;
    r.event_id = event;
    r.household_id = nunez;
    r.adults = 2;
    r.child_ages = {4, 7};
    r.meals = {{MealNeed::Allergy, 1, "maní \"cacahuate\" \\ no nuts, 日本語"}};
    ops::record_rsvp(db, r);
    ops::check_in(db, event, nunez, -1, -1, "Door \"A\"");
    ops::check_in(db, event, carter, 1, 0, "");
    auto one = store::read_tonight(db.sql(), event);
    auto each = store::read_door_list(db.sql(), event, store::DoorListPart::Tonight);
    EXPECT_EQ(one.directory_mark, store::directory_mark(db.sql()));
    ASSERT_EQ(one.list.size(), each.size());
    for (std::size_t i = 0; i < each.size(); ++i) {
        EXPECT_EQ(one.list[i].table, each[i].table);
        EXPECT_EQ(one.list[i].rows.size(), each[i].rows.size()) << each[i].table;
        if (each[i].rows.empty()) continue;
        EXPECT_EQ(one.list[i].columns, each[i].columns) << each[i].table;
        EXPECT_EQ(one.list[i].rows, each[i].rows) << each[i].table;
    }
}
