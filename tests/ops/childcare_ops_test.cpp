#include "ops/childcare_ops.h"

#include <gtest/gtest.h>

#include "core/errors.h"
#include "ops/door_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

namespace {
class ChildcareTest : public DbTest {
protected:
    void SetUp() override {
        event = ops::create_event(db, fn::testing::sample_event());
        nunez = ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
        tran = ops::add_household(db, fn::testing::sample_household("Trần Thị Lan", "Bảo", "Trần", "vi"));
    }
    Id event = 0, nunez = 0, tran = 0;
};
}  // namespace

TEST_F(ChildcareTest, DropOffGivesACodeThatAloneTakesTheChildrenBack) {
    EXPECT_THROW(ops::drop_off_children(db, event, nunez, 2), ConflictError);  // not checked in yet
    ops::check_in(db, event, nunez, 1, 2);
    EXPECT_THROW(ops::drop_off_children(db, event, nunez, 3), ConflictError);  // only 2 came
    auto d = ops::drop_off_children(db, event, nunez, 2);
    EXPECT_EQ(d.pickup_code.size(), kPickupCodeLength);
    for (char c : d.pickup_code) EXPECT_NE(kFamilyCodeAlphabet.find(c), std::string_view::npos) << d.pickup_code;
    EXPECT_THROW(ops::drop_off_children(db, event, nunez, 1), ConflictError);  // already in care
    EXPECT_THROW(ops::undo_check_in(db, event, nunez), ConflictError);         // children still inside

    auto room = ops::load_childcare_room(db, event);
    EXPECT_EQ(room.children_in_care, 2);
    EXPECT_EQ(room.families_in_care, 1);

    EXPECT_THROW(ops::pick_up_children(db, event, "AAAA"), NotFoundError);
    EXPECT_THROW(ops::pick_up_children(db, event, "12"), ValidationError);
    std::string typed = d.pickup_code.substr(0, 2) + "-" + d.pickup_code.substr(2);  // as read off the tag, lower case
    for (auto& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto picked = ops::pick_up_children(db, event, typed);
    EXPECT_EQ(picked.household_id, nunez);
    EXPECT_THROW(ops::pick_up_children(db, event, d.pickup_code), NotFoundError);  // only once
    room = ops::load_childcare_room(db, event);
    EXPECT_EQ(room.children_in_care, 0);
    EXPECT_EQ(room.children_picked_up, 2);
    ops::undo_check_in(db, event, nunez);  // allowed now
}

TEST_F(ChildcareTest, APrintedTagCodeIsUsedAndCannotBeGivenTwice) {
    ops::check_in(db, event, nunez, 1, 2);
    ops::check_in(db, event, tran, 1, 1);
    auto d = ops::drop_off_children(db, event, nunez, 2, "k7mx");
    EXPECT_EQ(d.pickup_code, "K7MX");
    try {
        ops::drop_off_children(db, event, tran, 1, "K7MX");
        FAIL();
    } catch (const ConflictError& e) {
        EXPECT_NE(std::string(e.what()).find("use the next tag"), std::string::npos) << e.what();
    }
    EXPECT_THROW(ops::drop_off_children(db, event, tran, 1, "K0MX"), ValidationError);  // 0 is not on tags
    EXPECT_EQ(ops::load_childcare_room(db, event).families_in_care, 1);                 // nothing half-written
}

TEST_F(ChildcareTest, AnEventWithoutChildcareRefusesDropOffs) {
    auto e = fn::testing::sample_event("2026-12-10");
    e.childcare = false;
    Id no_care = ops::create_event(db, e);
    ops::check_in(db, no_care, nunez, 1, 1);
    EXPECT_THROW(ops::drop_off_children(db, no_care, nunez, 1), ConflictError);
    EXPECT_THROW(ops::drop_off_children(db, event, nunez, 0), ValidationError);
}
