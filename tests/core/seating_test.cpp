#include "core/rules/seating.h"

#include <gtest/gtest.h>

using namespace fn;

TEST(Seating, SeatsInOrderUntilFullThenWaitlists) {
    auto plan = assign_seats(4, {{1, 2}, {2, 1}, {3, 1}, {4, 1}, {5, 2}});
    EXPECT_EQ(plan.seated, (std::vector<Id>{1, 2, 3}));
    EXPECT_EQ(plan.waitlisted, (std::vector<Id>{4, 5}));
    EXPECT_EQ(plan.seats_taken, 4);
}

TEST(Seating, NobodyJumpsTheQueue) {
    // Household 2 needs 3 seats and only 2 are left: household 3 (1 seat) still waits behind it.
    auto plan = assign_seats(4, {{1, 2}, {2, 3}, {3, 1}});
    EXPECT_EQ(plan.seated, (std::vector<Id>{1}));
    EXPECT_EQ(plan.waitlisted, (std::vector<Id>{2, 3}));
}

TEST(Seating, CancellationPromotesTheNextHousehold) {
    std::vector<SeatRequest> requests{{1, 1}, {2, 1}, {3, 1}, {4, 1}};
    auto before = assign_seats(2, requests);
    requests.erase(requests.begin());  // household 1 cancels
    auto after = assign_seats(2, requests);
    EXPECT_EQ(promoted_between(before, after), std::vector<Id>{3});
    EXPECT_EQ(after.waitlisted, std::vector<Id>{4});
}

TEST(Seating, ZeroCapacityMeansUnlimitedAndZeroSeatsCountsAsOne) {
    auto plan = assign_seats(0, {{1, 5}, {2, 50}});
    EXPECT_EQ(plan.seated.size(), 2u);
    auto one = assign_seats(1, {{1, 0}, {2, 0}});
    EXPECT_EQ(one.seated, std::vector<Id>{1});
}
