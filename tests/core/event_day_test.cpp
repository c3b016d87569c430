#include "core/rules/event_day.h"

#include <gtest/gtest.h>

using namespace fn;

TEST(EventDay, ADayThatHasPassedIsTakenOnlyForAnEventRecordedAfterwards) {
    EXPECT_THROW(check_event_day("2026-12-06", "2026-12-07", EventDay::Planned), PastEventDateError);
    EXPECT_THROW(check_event_day("2025-12-07", "2026-12-07", EventDay::Planned),
                 PastEventDateError);                                                 // "2025" for "2026"
    EXPECT_NO_THROW(check_event_day("2026-12-07", "2026-12-07", EventDay::Planned));  // tonight is still to come
    EXPECT_NO_THROW(check_event_day("2026-12-08", "2026-12-07", EventDay::Planned));
    EXPECT_NO_THROW(check_event_day("2026-01-31", "2026-12-07", EventDay::RecordedAfterwards));
    // Across a month and a year, text order is day order for YYYY-MM-DD.
    EXPECT_THROW(check_event_day("2026-11-30", "2026-12-01", EventDay::Planned), PastEventDateError);
    EXPECT_NO_THROW(check_event_day("2027-01-01", "2026-12-31", EventDay::Planned));
}
