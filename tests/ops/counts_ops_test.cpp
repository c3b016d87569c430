#include "ops/counts_ops.h"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include "ops/door_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/rsvp_ops.h"
#include "ops/volunteer_ops.h"
#include "store/settings_store.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

namespace {
Id family(store::Database& db, int i) {
    return ops::add_household(db, fn::testing::sample_household("Parent " + std::to_string(i), "Kid", "Family"));
}
Rsvp yes(Id ev, Id h, int adults, std::vector<int> kids, std::vector<int> care = {}) {
    Rsvp r;
    r.event_id = ev;
    r.household_id = h;
    r.adults = adults;
    r.child_ages = std::move(kids);
    r.childcare_ages = std::move(care);
    return r;
}
}  // namespace

TEST_F(DbTest, CountsCombineDinnerChildcareWorkshopsAndVolunteers) {
    db.transaction([](soci::session& sql) {
        SchoolSettings s;
        s.name = "Lincoln Elementary";
        s.walk_in_buffer_percent = 20;
        store::save_settings(sql, s);
    });
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Id r1 = ops::add_round(db, {0, ev, 1, "18:00", "18:30"});
    Id room = ops::add_room(db, {0, ev, "Library", 4});
    Workshop w;
    w.event_id = ev;
    w.round_id = r1;
    w.room_id = room;  // capacity 0: the room's 4 seats
    w.texts["en"] = {"Reading at home", ""};
    Id ws = ops::add_workshop(db, w);
    Id care = ops::add_volunteer_role(db, {0, ev, VolunteerRoleKind::Childcare, "Childcare"});
    Id shift = ops::add_shift(db, {0, care, "17:30", "20:00", 2});
    ops::sign_up_volunteer(db, shift, ops::add_person(db, {0, "Ana Ruiz", PersonRole::Parent, "", "", {"es"}}));

    auto a = yes(ev, family(db, 1), 2, {1, 4, 9}, {1, 4, 9});
    a.meals = {{MealNeed::Vegetarian, 2, ""}};
    a.picks = {{0, ws}};
    ops::record_rsvp(db, a);
    auto b = yes(ev, family(db, 2), 3, {2}, {2});
    b.picks = {{0, ws}};
    b.interpreter_language = "es";
    ops::record_rsvp(db, b);
    auto c = yes(ev, family(db, 3), 1, {});
    c.status = RsvpStatus::Maybe;
    ops::record_rsvp(db, c);

    auto counts = ops::compute_counts(db, ev);
    EXPECT_EQ(counts.rsvps.yes, 2);
    EXPECT_EQ(counts.rsvps.maybe, 1);
    EXPECT_EQ(counts.rsvps.adults, 5);
    EXPECT_EQ(counts.rsvps.children, 4);
    EXPECT_EQ(counts.rsvps.interpreters["es"], 1);
    EXPECT_EQ(counts.dinner.rsvp_meals, 9);
    EXPECT_EQ(counts.dinner.by_need[MealNeed::Vegetarian], 2);
    EXPECT_FALSE(counts.dinner.buffer.learned);
    EXPECT_EQ(counts.dinner.buffer_meals, 2);  // 20 % of 9, rounded up
    // Toddlers 1 and 2 (1:4) -> 1, age 4 (1:8) -> 1, age 9 (1:12) -> 1.
    EXPECT_EQ(counts.childcare.caregivers_needed, 3);
    EXPECT_EQ(counts.childcare.caregivers_signed_up, 1);
    EXPECT_EQ(counts.childcare.shortfall(), 2);
    ASSERT_EQ(counts.workshops.size(), 1u);
    EXPECT_EQ(counts.workshops[0].capacity, 4);
    EXPECT_EQ(counts.workshops[0].households_seated, 1);  // 2 seats, then 3 do not fit
    EXPECT_EQ(counts.workshops[0].households_waiting, 1);
    ASSERT_EQ(counts.volunteers.role_coverage.size(), 1u);
    EXPECT_EQ(counts.volunteers.role_coverage[0].shortfall, 1);
}

TEST_F(DbTest, DinnerBufferIsLearnedFromPastEventsMarkedDone) {
    Id past = ops::create_event(db, fn::testing::sample_event("2026-10-01"));
    std::vector<Id> hh;
    for (int i = 0; i < 4; ++i) hh.push_back(family(db, i));
    for (int i = 0; i < 2; ++i) ops::record_rsvp(db, yes(past, hh[i], 5, {}));  // 10 expected
    ops::check_in(db, past, hh[0], 5, 0);                                       // household 1 never came: 5 no-shows
    ops::check_in(db, past, hh[2], 4, 4);                                       // 8 walk-ins
    ops::set_event_status(db, past, EventStatus::Done);

    Id next = ops::create_event(db, fn::testing::sample_event("2026-12-03"));
    ops::record_rsvp(db, yes(next, hh[3], 10, {}));
    auto counts = ops::compute_counts(db, next);
    EXPECT_TRUE(counts.dinner.buffer.learned);
    EXPECT_EQ(counts.dinner.buffer.percent, 30);  // (8 - 5) / 10
    EXPECT_EQ(counts.dinner.buffer_meals, 3);

    // The sign-in sheet is typed in the next day: household 1 did come.
    ops::check_in(db, past, hh[1], 5, 0);
    EXPECT_EQ(ops::compute_counts(db, next).dinner.buffer.percent, 80);  // (8 - 0) / 10
    // Reopening the event stops it from teaching the rule.
    ops::set_event_status(db, past, EventStatus::Published);
    EXPECT_FALSE(ops::compute_counts(db, next).dinner.buffer.learned);
}
