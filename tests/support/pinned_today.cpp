// The tests plan their events on fixed dates (2018 to 2099). FamilyNight
// refuses to plan an event on a day that has passed (ops::today), so each
// test program takes a day before all of them as today, unless the run says
// otherwise; the tests of that rule set the day they need themselves.
#include <cstdlib>

#include "support/pinned_today.h"

namespace {
const bool today_pinned_for_tests = [] { return setenv("FAMILYNIGHT_TODAY", fn::test::kPinnedToday, 0) == 0; }();
}  // namespace
