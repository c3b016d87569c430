#include "core/rules/turnout.h"

#include <gtest/gtest.h>

using namespace fn;

TEST(Turnout, ComparesRsvpsWithCheckIns) {
    std::vector<Rsvp> rsvps(4);
    rsvps[0].household_id = 1;
    rsvps[0].adults = 2;
    rsvps[0].child_ages = {4};
    rsvps[1].household_id = 2;
    rsvps[1].adults = 1;
    rsvps[1].child_ages = {6, 8};
    rsvps[2].household_id = 3;
    rsvps[2].adults = 1;
    rsvps[2].status = RsvpStatus::No;
    rsvps[3].household_id = 4;
    rsvps[3].adults = 2;
    std::vector<CheckIn> checkins(3);
    checkins[0].household_id = 1;
    checkins[0].adults = 2;
    checkins[0].children = 2;
    checkins[1].household_id = 3;
    checkins[1].adults = 1;  // said no, came anyway
    checkins[2].household_id = 9;
    checkins[2].adults = 1;
    checkins[2].children = 3;
    auto t = compute_turnout(rsvps, checkins);
    EXPECT_EQ(t.rsvp_households, 3);
    EXPECT_EQ(t.expected_people(), 8);
    EXPECT_EQ(t.attended_households, 1);
    EXPECT_EQ(t.no_show_households, 2);
    EXPECT_EQ(t.no_show_people, 5);
    EXPECT_EQ(t.walk_in_households, 2);
    EXPECT_EQ(t.walk_in_people, 5);
    EXPECT_EQ(t.actual_people(), 9);
}
