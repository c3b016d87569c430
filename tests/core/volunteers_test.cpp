#include "core/rules/volunteers.h"

#include <gtest/gtest.h>

using namespace fn;

TEST(Volunteers, ExtraPeopleInOneShiftDoNotCoverAnother) {
    auto roles = coverage_by_role({{1, 10, 3, 5}, {2, 10, 3, 1}, {3, 20, 2, 2}});
    ASSERT_EQ(roles.size(), 2u);
    EXPECT_EQ(roles[0].role_id, 10);
    EXPECT_EQ(roles[0].needed, 6);
    EXPECT_EQ(roles[0].signed_up, 6);
    EXPECT_EQ(roles[0].shortfall, 2);
    EXPECT_EQ(roles[1].shortfall, 0);
}
