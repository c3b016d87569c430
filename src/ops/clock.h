#pragma once
#include <string>

namespace fn::ops {
// Local wall-clock time "2026-12-03 18:02:11": events happen in the school's
// own time zone and staff read these stamps on printed sheets.
std::string now_timestamp();

// The machine's local date, "2026-12-07" (visits, roster dates).
std::string clock_date();

// The day taken as today when judging whether an event's date has passed:
// clock_date(), or FAMILYNIGHT_TODAY (YYYY-MM-DD) when set, so a rehearsal
// can be run as if on the night and the tests, which plan on fixed dates,
// keep passing as the calendar moves on.
std::string today();
}  // namespace fn::ops
