#include "ops/event_ops.h"

#include <gtest/gtest.h>

#include <chrono>
#include <ctime>

#include "core/errors.h"
#include "ops/clock.h"
#include "ops/counts_ops.h"
#include "ops/household_ops.h"
#include "ops/plan_edit_ops.h"
#include "ops/rsvp_ops.h"
#include "ops/volunteer_ops.h"
#include "support/fixtures.h"
#include "support/pinned_today.h"

using namespace fn;
using fn::testing::DbTest;

namespace {
Workshop workshop(Id event, Id round, Id room, const std::string& title, std::vector<Id> presenters = {}) {
    Workshop w;
    w.event_id = event;
    w.round_id = round;
    w.room_id = room;
    w.texts["en"] = {title, ""};
    w.capacity = 10;
    w.presenter_ids = std::move(presenters);
    return w;
}
// What the timetable's workshop form does to move a workshop to another cell.
void move_workshop(store::Database& db, Id event_id, Id workshop_id, Id round_id, Id room_id) {
    for (auto w : ops::load_event_plan(db, event_id).workshops)
        if (w.id == workshop_id) {
            w.round_id = round_id;
            w.room_id = room_id;
            ops::update_workshop(db, w);
        }
}
}  // namespace

TEST_F(DbTest, PlanAnEventWithRoundsRoomsAndWorkshops) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Id r1 = ops::add_round(db, {0, ev, 1, "18:00", "18:30"});
    Id r2 = ops::add_round(db, {0, ev, 2, "18:40", "19:10"});
    Id lib = ops::add_room(db, {0, ev, "Library", 25});
    Id teacher = ops::add_person(db, {0, "Ms. Rivera", PersonRole::Teacher, "", "", {"en", "es"}});
    Id w1 = ops::add_workshop(db, workshop(ev, r1, lib, "Reading at home", {teacher}));
    ops::add_workshop(db, workshop(ev, r2, lib, "Reading at home (again)", {teacher}));
    auto plan = ops::load_event_plan(db, ev);
    EXPECT_EQ(plan.rounds.size(), 2u);
    ASSERT_EQ(plan.workshops.size(), 2u);
    EXPECT_EQ(plan.workshops[0].id, w1);
    EXPECT_EQ(plan.workshops[0].presenter_ids, std::vector<Id>{teacher});
    EXPECT_TRUE(plan.clashes.empty());
}

TEST_F(DbTest, RefusesRoomAndPresenterDoubleBookingsWithPlainMessages) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Id r1 = ops::add_round(db, {0, ev, 1, "18:00", "18:30"});
    Id lib = ops::add_room(db, {0, ev, "Library", 25});
    Id gym = ops::add_room(db, {0, ev, "Gym", 60});
    Id teacher = ops::add_person(db, {0, "Mr. Okafor", PersonRole::Teacher, "", "", {}});
    Id other = ops::add_person(db, {0, "Ms. Chen", PersonRole::Teacher, "", "", {}});
    ops::add_workshop(db, workshop(ev, r1, lib, "Math games", {teacher}));
    try {
        ops::add_workshop(db, workshop(ev, r1, lib, "Story time", {other}));
        FAIL();
    } catch (const ConflictError& e) {
        EXPECT_NE(std::string(e.what()).find("'Math games'"), std::string::npos) << e.what();
    }
    try {
        ops::add_workshop(db, workshop(ev, r1, gym, "Fractions", {teacher}));
        FAIL();
    } catch (const ConflictError& e) {
        EXPECT_NE(std::string(e.what()).find("Mr. Okafor already presents"), std::string::npos) << e.what();
    }
    Id story = ops::add_workshop(db, workshop(ev, r1, gym, "Story time", {other}));
    EXPECT_THROW(ops::sign_up_presenter(db, story, teacher), ConflictError);
    EXPECT_EQ(ops::load_event_plan(db, ev).workshops.size(), 2u);
}

TEST_F(DbTest, MovingAWorkshopChecksClashesAndKeepsFamiliesPicks) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Id r1 = ops::add_round(db, {0, ev, 1, "18:00", "18:30"});
    Id r2 = ops::add_round(db, {0, ev, 2, "18:40", "19:10"});
    Id lib = ops::add_room(db, {0, ev, "Library", 25});
    Id gym = ops::add_room(db, {0, ev, "Gym", 60});
    Id math = ops::add_workshop(db, workshop(ev, r1, lib, "Math games"));
    Id story = ops::add_workshop(db, workshop(ev, r1, gym, "Story time"));

    EXPECT_THROW(move_workshop(db, ev, story, r1, lib), ConflictError);  // the library is taken in round 1
    move_workshop(db, ev, story, r2, lib);
    auto plan = ops::load_event_plan(db, ev);
    EXPECT_EQ(plan.workshops[1].round_id, r2);
    EXPECT_EQ(plan.workshops[1].room_id, lib);

    Id household = ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    Rsvp r;
    r.event_id = ev;
    r.household_id = household;
    r.picks = {{r1, math}};
    ops::record_rsvp(db, r);
    try {
        move_workshop(db, ev, math, r2, gym);
        FAIL();
    } catch (const ConflictError& e) {
        EXPECT_NE(std::string(e.what()).find("1 families picked it"), std::string::npos) << e.what();
    }
    move_workshop(db, ev, math, r1, gym);  // another room in the same round is fine

    auto edited = ops::load_event_plan(db, ev).workshops[0];
    edited.texts["en"].title = "Math games at home";
    edited.capacity = 12;
    edited.presenter_ids.clear();  // presenters are not changed this way
    ops::update_workshop(db, edited);
    auto after = ops::load_event_plan(db, ev).workshops[0];
    EXPECT_EQ(after.title(), "Math games at home");
    EXPECT_EQ(after.capacity, 12);
    EXPECT_EQ(after.room_id, gym);
}

TEST_F(DbTest, RoundsMustFitInsideTheEventAndBeUnique) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    EXPECT_THROW(ops::add_round(db, {0, ev, 1, "16:00", "17:00"}), ValidationError);
    ops::add_round(db, {0, ev, 1, "18:00", "18:30"});
    EXPECT_THROW(ops::add_round(db, {0, ev, 1, "18:40", "19:00"}), ConflictError);
}

TEST_F(DbTest, CopyingAnEventCarriesThePlanAndMovesTheDeadline) {
    auto e = fn::testing::sample_event("2026-11-05");
    e.rsvp_deadline = "2026-10-29";
    Id ev = ops::create_event(db, e);
    Id r1 = ops::add_round(db, {0, ev, 1, "18:00", "18:30"});
    Id lib = ops::add_room(db, {0, ev, "Library", 25});
    Id t = ops::add_person(db, {0, "Ms. Rivera", PersonRole::Teacher, "", "", {}});
    ops::add_workshop(db, workshop(ev, r1, lib, "Reading at home", {t}));
    Id role = ops::add_volunteer_role(db, {0, ev, VolunteerRoleKind::Childcare, "Childcare"});
    ops::add_shift(db, {0, role, "17:30", "20:00", 3});

    Id copy = ops::copy_event(db, ev, "2026-12-10");
    auto plan = ops::load_event_plan(db, copy);
    EXPECT_EQ(plan.event.date, "2026-12-10");
    EXPECT_EQ(plan.event.rsvp_deadline, "2026-12-03");
    EXPECT_EQ(plan.event.status, EventStatus::Draft);
    ASSERT_EQ(plan.workshops.size(), 1u);
    EXPECT_EQ(plan.workshops[0].round_id, plan.rounds[0].id);
    EXPECT_EQ(plan.workshops[0].room_id, plan.rooms[0].id);
    EXPECT_NE(plan.workshops[0].round_id, r1);
    EXPECT_EQ(plan.workshops[0].presenter_ids, std::vector<Id>{t});
    auto board = ops::load_volunteer_board(db, copy);
    ASSERT_EQ(board.shifts.size(), 1u);
    EXPECT_EQ(board.shifts[0].needed, 3);
}

TEST_F(DbTest, DoneEventsCannotBeReplanned) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    ops::set_event_status(db, ev, EventStatus::Done);
    EXPECT_THROW(ops::add_room(db, {0, ev, "Library", 25}), ConflictError);
}

TEST_F(DbTest, VolunteersCannotTakeOverlappingShifts) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Id care = ops::add_volunteer_role(db, {0, ev, VolunteerRoleKind::Childcare, ""});
    Id dinner = ops::add_volunteer_role(db, {0, ev, VolunteerRoleKind::DinnerService, ""});
    Id s1 = ops::add_shift(db, {0, care, "17:30", "19:00", 2});
    Id s2 = ops::add_shift(db, {0, dinner, "18:30", "19:30", 1});
    Id s3 = ops::add_shift(db, {0, care, "19:00", "20:00", 2});
    Id p = ops::add_person(db, {0, "Lan Phạm", PersonRole::Parent, "", "", {"vi"}});
    ops::sign_up_volunteer(db, s1, p);
    try {
        ops::sign_up_volunteer(db, s2, p);
        FAIL();
    } catch (const ConflictError& e) {
        EXPECT_NE(std::string(e.what()).find("17:30 to 19:00"), std::string::npos) << e.what();
    }
    ops::sign_up_volunteer(db, s3, p);  // back to back is fine
    auto board = ops::load_volunteer_board(db, ev);
    ASSERT_EQ(board.role_coverage.size(), 2u);
    EXPECT_EQ(board.role_coverage[0].needed, 4);
    EXPECT_EQ(board.role_coverage[0].signed_up, 2);
    EXPECT_EQ(board.role_coverage[0].shortfall, 2);
    EXPECT_EQ(board.role_coverage[1].shortfall, 1);
}

TEST_F(DbTest, EditingAnEventKeepsItsStatusAndItsRoundsInside) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    ops::add_round(db, {0, ev, 1, "18:00", "18:30"});
    auto e = ops::load_event_plan(db, ev).event;
    e.texts["en"].title = "Family Literacy Night";
    e.place = "Gym";
    e.status = EventStatus::Done;  // ignored: status has its own use case
    ops::update_event(db, e);
    auto after = ops::load_event_plan(db, ev).event;
    EXPECT_EQ(after.title(), "Family Literacy Night");
    EXPECT_EQ(after.place, "Gym");
    EXPECT_EQ(after.status, EventStatus::Published);
    e.start_time = "18:15";  // round 1 starts at 18:00
    EXPECT_THROW(ops::update_event(db, e), ValidationError);
    ops::set_event_status(db, ev, EventStatus::Done);
    e.start_time = "17:30";
    EXPECT_THROW(ops::update_event(db, e), ConflictError);
}

TEST_F(DbTest, RemovingAWorkshopSaysWhichFamiliesToTell) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Id r1 = ops::add_round(db, {0, ev, 1, "18:00", "18:30"});
    Id lib = ops::add_room(db, {0, ev, "Library", 25});
    Id math = ops::add_workshop(db, workshop(ev, r1, lib, "Math games"));
    std::vector<Id> families;
    for (auto [g, last] : {std::pair{"Rosa Núñez", "Núñez"}, {"Trần Thị Lan", "Trần"}}) {
        families.push_back(ops::add_household(db, fn::testing::sample_household(g, "Kid", last)));
        Rsvp r;
        r.event_id = ev;
        r.household_id = families.back();
        r.picks = {{r1, math}};
        ops::record_rsvp(db, r);
    }
    auto removed = ops::remove_workshop(db, math);
    EXPECT_EQ(removed.title, "Math games");
    EXPECT_EQ(removed.households_to_tell, families);  // first come first
    EXPECT_TRUE(ops::load_event_plan(db, ev).workshops.empty());
    EXPECT_EQ(ops::compute_counts(db, ev).rsvps.yes, 2);  // the RSVPs stay, without the pick
    EXPECT_THROW(ops::remove_workshop(db, math), NotFoundError);
}

TEST_F(DbTest, UpcomingEventsComeFirstThenThePastMostRecentFirst) {
    for (const char* date : {"2026-10-01", "2026-12-03", "2026-11-23", "2027-01-15", "2026-09-10"})
        ops::create_event(db, fn::testing::sample_event(date));
    std::vector<std::string> order;
    for (const auto& e : ops::list_events_upcoming_first(db, "2026-11-23")) order.push_back(e.date);
    EXPECT_EQ(order, (std::vector<std::string>{"2026-11-23", "2026-12-03", "2027-01-15", "2026-10-01", "2026-09-10"}));
}

// A family picks one workshop per round: rounds follow each other (they may
// touch), on adding and on changing one.
TEST_F(DbTest, RoundsThatOverlapAreRefusedWithBothNamed) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    ops::add_round(db, {0, ev, 1, "18:00", "18:40"});
    Id second = ops::add_round(db, {0, ev, 2, "18:40", "19:20"});  // touching: fine
    try {
        ops::add_round(db, {0, ev, 3, "18:30", "19:00"});
        FAIL() << "an overlapping round was added";
    } catch (const ConflictError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "round 3 (18:30-19:00) would overlap round 1 (18:00-18:40); a family picks one "
                  "workshop per round, so rounds follow each other");
    }
    EXPECT_THROW(ops::update_round(db, {second, ev, 2, "18:20", "19:00"}), ConflictError);
    ops::update_round(db, {second, ev, 2, "18:45", "19:25"});  // its own old times do not count against it
    EXPECT_EQ(ops::load_event_plan(db, ev).rounds.size(), 2u);
}

// Fewer seats than families hold: refused with their names, nothing changed;
// confirmed, the last to ask wait, and they are the families to tell.
TEST_F(DbTest, FewerSeatsThanTakenNameTheFamiliesFirst) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Id r1 = ops::add_round(db, {0, ev, 1, "18:00", "18:30"});
    Id room12 = ops::add_room(db, {0, ev, "Room 12", 25});
    Workshop w = workshop(ev, r1, room12, "Math games");
    w.capacity = 0;  // the room's seats
    Id math = ops::add_workshop(db, w);
    std::vector<Id> families;
    for (auto [g, last] : {std::pair{"Rosa García", "García"}, {"Min Lee", "Lee"}, {"Ada Okafor", "Okafor"}}) {
        families.push_back(ops::add_household(db, fn::testing::sample_household(g, "Kid", last)));
        Rsvp r;
        r.event_id = ev;
        r.household_id = families.back();
        r.adults = 1;
        r.picks = {{r1, math}};
        ops::record_rsvp(db, r);
    }
    Room smaller = ops::load_room(db, room12);
    smaller.capacity = 1;  // one seat: the first family to ask keeps it
    try {
        ops::update_room(db, smaller);
        FAIL() << "seats were taken away silently";
    } catch (const ops::SeatsWouldMoveError& e) {
        ASSERT_EQ(e.moved().size(), 2u);
        EXPECT_EQ(e.moved()[0].family, "Lee");
        EXPECT_EQ(e.moved()[1].family, "Okafor");
        EXPECT_NE(std::string(e.what()).find("2 families who were told their seat is reserved would move to the "
                                             "waitlist: Lee ('Math games'), Okafor ('Math games')"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_EQ(ops::load_room(db, room12).capacity, 25) << "nothing changed";
    auto moved = ops::update_room(db, smaller, std::nullopt, ops::SeatChange::MoveToWaitlist);
    ASSERT_EQ(moved.size(), 2u);
    EXPECT_EQ(moved[0].household_id, families[1]);
    EXPECT_EQ(ops::load_room(db, room12).capacity, 1);
    // The same through the workshop's own limit, and raising it asks nothing.
    Workshop limited = ops::load_event_plan(db, ev).workshops.at(0);
    limited.capacity = 40;  // its own limit: all three seated again
    EXPECT_TRUE(ops::update_workshop(db, limited).empty()) << "more seats ask nothing";
    ops::update_room(db, Room{room12, ev, "Room 12", 25});
    limited.capacity = 1;
    EXPECT_THROW(ops::update_workshop(db, limited), ops::SeatsWouldMoveError) << "its own limit, the same question";
}

// A full shift takes one more only when asked, and the board counts it as
// over, not as a place filled.
TEST_F(DbTest, AFullShiftTakesOneMoreOnlyWhenAskedAndCountsItAsOver) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Id role = ops::add_volunteer_role(db, {0, ev, VolunteerRoleKind::DinnerService, "Dinner"});
    Id shift = ops::add_shift(db, {0, role, "17:30", "18:30", 1});
    Id ana = ops::add_person(db, {0, "Ana Ruiz", PersonRole::Parent, "", "", {"es"}});
    Id ben = ops::add_person(db, {0, "Ben Cole", PersonRole::Staff, "", "", {"en"}});
    ops::sign_up_volunteer(db, shift, ana);
    try {
        ops::sign_up_volunteer(db, shift, ben);
        FAIL() << "a full shift took one more without a question";
    } catch (const ops::ShiftAlreadyFullError& e) {
        EXPECT_EQ(
            std::string(e.what()),
            "the 17:30-18:30 shift needs 1 and has 1 signed up already; sign Ben Cole up as one over what it needs?");
    }
    ops::sign_up_volunteer(db, shift, ben, ops::ShiftNeed::BeyondNeed);
    auto board = ops::load_volunteer_board(db, ev);
    ASSERT_EQ(board.shift_coverage.size(), 1u);
    EXPECT_EQ(board.shift_coverage[0].filled(), 1);
    EXPECT_EQ(board.shift_coverage[0].over(), 1);
    EXPECT_EQ(board.shift_coverage[0].shortfall(), 0);
    ops::sign_up_volunteer(db, shift, ana);  // already on it: nothing to ask, nothing doubled
    EXPECT_EQ(ops::load_volunteer_board(db, ev).signups.size(), 2u);
}

TEST_F(DbTest, AnEventIsPlannedForADayToComeOrRecordedAfterwardsWhenSaidSo) {
    fn::test::TodayIs today("2026-12-07");
    // Yesterday's date, typed for a night still to plan: refused, nothing saved.
    try {
        ops::create_event(db, fn::testing::sample_event("2026-12-06"));
        FAIL() << "a past date was planned";
    } catch (const PastEventDateError& e) {
        EXPECT_EQ(e.field(), "event date");
        EXPECT_EQ(e.date(), "2026-12-06");
        EXPECT_NE(std::string(e.what()).find("2026-12-06 has already passed (today is 2026-12-07)"), std::string::npos)
            << e.what();
    }
    EXPECT_TRUE(ops::list_events(db).empty());
    // Today is still to come; a night held before FamilyNight, recorded afterwards, is taken.
    Id tonight = ops::create_event(db, fn::testing::sample_event("2026-12-07"));
    Id held = ops::create_event(db, fn::testing::sample_event("2026-10-15"), EventDay::RecordedAfterwards);
    ASSERT_EQ(ops::list_events(db).size(), 2u);
    // Its texts can change later without a word about its day; a new past date needs saying again.
    Event e = ops::load_event_plan(db, held).event;
    e.place = "Gym";
    ops::update_event(db, e);
    e.date = "2026-10-14";
    EXPECT_THROW(ops::update_event(db, e), PastEventDateError);
    EXPECT_EQ(ops::load_event_plan(db, held).event.date, "2026-10-15");
    ops::update_event(db, e, EventDay::RecordedAfterwards);
    EXPECT_EQ(ops::load_event_plan(db, held).event.date, "2026-10-14");
    // Moving tonight's event into the past is refused the same way; a copy is a new plan, never in the past.
    Event t = ops::load_event_plan(db, tonight).event;
    t.date = "2026-12-01";
    EXPECT_THROW(ops::update_event(db, t), PastEventDateError);
    EXPECT_THROW(ops::copy_event(db, tonight, "2026-11-30"), PastEventDateError);
    EXPECT_EQ(ops::list_events(db).size(), 2u);
    EXPECT_NE(ops::copy_event(db, held, "2027-01-14"), 0);
}

TEST_F(DbTest, TheMachinesOwnClockSaysWhichDaysHavePassed) {
    fn::test::TodayIs real_clock("");                                            // no day pinned
    auto yesterday = std::chrono::system_clock::now() - std::chrono::hours(36);  // whatever the hour, before today
    std::time_t t = std::chrono::system_clock::to_time_t(yesterday);
    std::tm local{};
    localtime_r(&t, &local);
    char day[16];
    std::strftime(day, sizeof day, "%Y-%m-%d", &local);
    EXPECT_THROW(ops::create_event(db, fn::testing::sample_event(day)), PastEventDateError) << day;
    EXPECT_EQ(ops::now_timestamp().substr(0, 10), ops::today());
}
