#include "core/rules/childcare.h"

#include <gtest/gtest.h>

using namespace fn;

namespace {
Rsvp kids(std::vector<int> care, RsvpStatus s = RsvpStatus::Yes) {
    Rsvp r;
    r.child_ages = care;
    r.childcare_ages = care;
    r.status = s;
    return r;
}
const std::vector<ChildcareBand> kBands{{0, 2, 4}, {3, 5, 8}, {6, 99, 12}};
}  // namespace

TEST(Childcare, EachBandRoundsUpOnItsOwn) {
    auto c = count_childcare({kids({1, 2}), kids({7, 8})}, kBands, 0);
    EXPECT_EQ(c.children, 4);
    EXPECT_EQ(c.bands[0].caregivers_needed, 1);
    EXPECT_EQ(c.bands[1].caregivers_needed, 0);
    EXPECT_EQ(c.bands[2].caregivers_needed, 1);
    EXPECT_EQ(c.caregivers_needed, 2);
    EXPECT_EQ(c.shortfall(), 2);
}

TEST(Childcare, RatiosDecideCaregiversAndSignupsReduceShortfall) {
    std::vector<Rsvp> rsvps;
    for (int i = 0; i < 5; ++i) rsvps.push_back(kids({1}));    // 5 toddlers: 2 caregivers at 1:4
    for (int i = 0; i < 9; ++i) rsvps.push_back(kids({4}));    // 9 preschool: 2 at 1:8
    for (int i = 0; i < 12; ++i) rsvps.push_back(kids({10}));  // 12 school-age: 1 at 1:12
    rsvps.push_back(kids({10, 1}, RsvpStatus::Cancelled));     // ignored
    auto c = count_childcare(rsvps, kBands, 3);
    EXPECT_EQ(c.caregivers_needed, 5);
    EXPECT_EQ(c.caregivers_signed_up, 3);
    EXPECT_EQ(c.shortfall(), 2);
    EXPECT_EQ(count_childcare(rsvps, kBands, 7).shortfall(), 0);
}

TEST(Childcare, AgesOutsideEveryBandAreCountedApart) {
    auto c = count_childcare({kids({1, 14})}, {{0, 5, 4}}, 0);
    EXPECT_EQ(c.children, 2);
    EXPECT_EQ(c.outside_bands, 1);
    EXPECT_EQ(c.caregivers_needed, 1);
}
