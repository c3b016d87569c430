#include "ops/rsvp_ops.h"

#include <gtest/gtest.h>

#include "core/errors.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

namespace {
class RsvpTest : public DbTest {
protected:
    void SetUp() override {
        ev = ops::create_event(db, fn::testing::sample_event());
        round1 = ops::add_round(db, {0, ev, 1, "18:00", "18:30"});
        round2 = ops::add_round(db, {0, ev, 2, "18:40", "19:10"});
        Workshop w;
        w.event_id = ev;
        w.round_id = round1;
        w.texts["en"] = {"Math games", ""};
        w.capacity = 3;
        small = ops::add_workshop(db, w);
        w.round_id = round2;
        w.texts["en"] = {"Reading", ""};
        w.capacity = 0;
        open = ops::add_workshop(db, w);
        for (int i = 0; i < 5; ++i)
            families.push_back(ops::add_household(
                db, fn::testing::sample_household("Parent " + std::to_string(i), "Kid", "F" + std::to_string(i))));
    }
    Rsvp rsvp(Id household, int adults, std::vector<WorkshopPick> picks = {}) {
        Rsvp r;
        r.event_id = ev;
        r.household_id = household;
        r.adults = adults;
        r.picks = std::move(picks);
        return r;
    }
    Id ev = 0, round1 = 0, round2 = 0, small = 0, open = 0;
    std::vector<Id> families;
};
}  // namespace

TEST_F(RsvpTest, FullWorkshopWaitlistsAndCancellationPromotes) {
    auto a = ops::record_rsvp(db, rsvp(families[0], 2, {{0, small}}));
    ASSERT_EQ(a.picks.size(), 1u);
    EXPECT_TRUE(a.picks[0].seated);
    auto b = ops::record_rsvp(db, rsvp(families[1], 1, {{0, small}, {0, open}}));
    EXPECT_TRUE(b.picks[0].seated);
    EXPECT_TRUE(b.picks[1].seated);
    auto c = ops::record_rsvp(db, rsvp(families[2], 1, {{0, small}}));
    EXPECT_FALSE(c.picks[0].seated);
    EXPECT_EQ(c.picks[0].waitlist_position, 1);
    auto d = ops::record_rsvp(db, rsvp(families[3], 1, {{0, small}}));
    EXPECT_EQ(d.picks[0].waitlist_position, 2);

    auto promoted = ops::cancel_rsvp(db, ev, families[0]);  // frees 2 seats
    ASSERT_EQ(promoted.size(), 2u);
    EXPECT_EQ(promoted[0].household_id, families[2]);
    EXPECT_EQ(promoted[1].household_id, families[3]);
    EXPECT_EQ(promoted[0].workshop_id, small);
}

TEST_F(RsvpTest, EditingAnRsvpKeepsItsPlaceInTheQueue) {
    ops::record_rsvp(db, rsvp(families[0], 3, {{0, small}}));
    ops::record_rsvp(db, rsvp(families[1], 1, {{0, small}}));  // waits
    ops::record_rsvp(db, rsvp(families[2], 1, {{0, small}}));  // waits behind
    // Household 1 corrects its slip (adds a round-2 pick): still first in line.
    auto again = ops::record_rsvp(db, rsvp(families[1], 1, {{0, small}, {0, open}}));
    EXPECT_EQ(again.picks[0].waitlist_position, 1);
    // Household 0 drops to 2 adults: one seat frees and household 1 moves up.
    auto smaller = ops::record_rsvp(db, rsvp(families[0], 2, {{0, small}}));
    ASSERT_EQ(smaller.promoted.size(), 1u);
    EXPECT_EQ(smaller.promoted[0].household_id, families[1]);
}

TEST_F(RsvpTest, OneRsvpPerHouseholdAndEventIsReplacedNotDuplicated) {
    ops::record_rsvp(db, rsvp(families[0], 2));
    auto r = rsvp(families[0], 1);
    r.status = RsvpStatus::No;
    ops::record_rsvp(db, r);
    auto all = ops::rsvps_of_event(db, ev);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].status, RsvpStatus::No);
}

TEST_F(RsvpTest, RefusesPicksFromOtherEventsOrTwoPerRound) {
    Id other = ops::create_event(db, fn::testing::sample_event("2027-01-14"));
    Id r = ops::add_round(db, {0, other, 1, "18:00", "18:30"});
    Workshop w;
    w.event_id = other;
    w.round_id = r;
    w.texts["en"] = {"Elsewhere", ""};
    Id elsewhere = ops::add_workshop(db, w);
    EXPECT_THROW(ops::record_rsvp(db, rsvp(families[0], 1, {{0, elsewhere}})), ValidationError);
    EXPECT_THROW(ops::record_rsvp(db, rsvp(families[0], 1, {{round2, small}})), ValidationError);
    EXPECT_TRUE(ops::rsvps_of_event(db, ev).empty());
}

TEST_F(RsvpTest, ChildcareMustBeOfferedAndFitTheAgeRange) {
    auto r = rsvp(families[0], 1);
    r.child_ages = {2, 14};
    r.childcare_ages = {14};
    try {
        ops::record_rsvp(db, r);
        FAIL();
    } catch (const ValidationError& e) {
        EXPECT_NE(std::string(e.what()).find("ages 0 to 12"), std::string::npos) << e.what();
    }
    r.childcare_ages = {2};
    EXPECT_NO_THROW(ops::record_rsvp(db, r));
}

TEST_F(RsvpTest, MealsAndInterpreterAreKept) {
    auto r = rsvp(families[0], 2);
    r.child_ages = {6};
    r.meals = {{MealNeed::Halal, 2, ""}, {MealNeed::Allergy, 1, "tree nuts"}};
    r.interpreter_language = "so";
    r.source = RsvpSource::Phone;
    ops::record_rsvp(db, r);
    auto back = ops::rsvps_of_event(db, ev).at(0);
    ASSERT_EQ(back.meals.size(), 2u);
    EXPECT_EQ(back.meals[1].note, "tree nuts");
    EXPECT_EQ(back.interpreter_language, "so");
    EXPECT_EQ(back.source, RsvpSource::Phone);
    EXPECT_FALSE(back.recorded_at.empty());
}
