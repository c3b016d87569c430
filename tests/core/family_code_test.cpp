#include "core/family_code.h"

#include <gtest/gtest.h>

#include <set>

using namespace fn;

TEST(FamilyCode, UsesOnlyUnambiguousCharactersAndSkipsTakenCodes) {
    FamilyCodeGenerator gen(42);
    std::set<std::string> taken;
    for (int i = 0; i < 2000; ++i) {
        auto code = gen.next([&](const std::string& c) { return taken.count(c) > 0; });
        EXPECT_TRUE(looks_like_family_code(code)) << code;
        EXPECT_TRUE(taken.insert(code).second) << "duplicate " << code;
    }
    for (char c : std::string("0O1IL2Z5S8B6GUV")) EXPECT_EQ(kFamilyCodeAlphabet.find(c), std::string::npos) << c;
}

TEST(FamilyCode, NormalizesWhatPeopleType) {
    EXPECT_EQ(normalize_family_code("k7m-x4p"), "K7MX4P");
    EXPECT_FALSE(looks_like_family_code("K7MX4"));
    EXPECT_FALSE(looks_like_family_code("K0MX4P"));
}
