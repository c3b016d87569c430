// A slip's answers belong to the family they were typed for.
#include "core/rules/slip_owner.h"

#include <gtest/gtest.h>

using fn::SlipOwner;

TEST(SlipOwner, AnswersTypedForAFamilyAreSavedForItAtOnce) {
    SlipOwner slip;
    EXPECT_EQ(slip.enter(7), SlipOwner::OnEnter::Save) << "nothing typed: the family's stored answers or a blank slip";
    slip.typed(7);
    slip.typed(7);
    EXPECT_EQ(slip.typed_for(), 7);
    EXPECT_EQ(slip.enter(7), SlipOwner::OnEnter::Save);
}

// O'Brien's answers typed before the family was found, refused; then the
// Taylor family's name and Enter: nothing saved until a second Enter.
TEST(SlipOwner, AnswersCarriedToAnotherFamilyWaitForASecondEnter) {
    SlipOwner slip;
    slip.typed(SlipOwner::kNoFamily);
    EXPECT_TRUE(slip.carried_to(12));
    EXPECT_EQ(slip.enter(12), SlipOwner::OnEnter::AskFirst);
    EXPECT_EQ(slip.enter(13), SlipOwner::OnEnter::AskFirst) << "asked about 12, not 13";
    EXPECT_EQ(slip.enter(13), SlipOwner::OnEnter::Save) << "the second Enter on the same family confirms";
    EXPECT_EQ(slip.typed_for(), 13);
    EXPECT_FALSE(slip.carried_to(13));
}

TEST(SlipOwner, AnswersTypedForOneFamilyAreNotAnothersAndANewSlipIsNobodys) {
    SlipOwner slip;
    slip.typed(4);
    EXPECT_TRUE(slip.carried_to(5));
    EXPECT_EQ(slip.enter(5), SlipOwner::OnEnter::AskFirst);
    slip.cleared();
    EXPECT_FALSE(slip.typed_for().has_value());
    EXPECT_EQ(slip.enter(5), SlipOwner::OnEnter::Save);
}
