// Numbers that mean "no number" never join families in a roster import.
#include "core/rules/placeholder_phones.h"

#include <gtest/gtest.h>

using namespace fn;

TEST(PlaceholderPhones, OneRepeatedDigitExampleNumbersAndTheSchoolsOwn) {
    EXPECT_TRUE(is_placeholder_phone("000-000-0000"));
    EXPECT_TRUE(is_placeholder_phone("(999) 999-9999"));
    EXPECT_TRUE(is_placeholder_phone("555-0123"));
    EXPECT_TRUE(is_placeholder_phone("+1 212 555 0199"));
    EXPECT_FALSE(is_placeholder_phone("555-0200"));
    EXPECT_FALSE(is_placeholder_phone("212-555-0234"));
    EXPECT_TRUE(is_placeholder_phone("(555) 123-9999", {"555-123-9999"}));
    EXPECT_FALSE(is_placeholder_phone("", {}));
}
