#pragma once
#include <cstdlib>
#include <string>

namespace fn::test {
// The day every test program takes as today (support/pinned_today.cpp);
// CTest gives the same to the CLI and GUI scripts (tests/CMakeLists.txt).
inline constexpr const char* kPinnedToday = "2000-01-01";

// For one test: FamilyNight takes `day` as today ("" for the real clock),
// and the pinned day again afterwards.
class TodayIs {
public:
    explicit TodayIs(const std::string& day) {
        if (day.empty())
            unsetenv("FAMILYNIGHT_TODAY");
        else
            setenv("FAMILYNIGHT_TODAY", day.c_str(), 1);
    }
    ~TodayIs() { setenv("FAMILYNIGHT_TODAY", kPinnedToday, 1); }
    TodayIs(const TodayIs&) = delete;
    TodayIs& operator=(const TodayIs&) = delete;
};
}  // namespace fn::test
