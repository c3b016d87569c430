#include "core/calendar.h"

#include <gtest/gtest.h>

#include "core/errors.h"

using namespace fn;

TEST(Calendar, AcceptsRealDatesAndRejectsImpossibleOnes) {
    EXPECT_NO_THROW(check_date(tr("d"), "2028-02-29"));
    EXPECT_THROW(check_date(tr("d"), "2027-02-29"), ValidationError);
    EXPECT_THROW(check_date(tr("d"), "2026-13-01"), ValidationError);
    EXPECT_THROW(check_date(tr("d"), "12/03/2026"), ValidationError);
    EXPECT_THROW(check_date(tr("d"), ""), ValidationError);
}

TEST(Calendar, TimesAreHoursAndMinutes) {
    EXPECT_EQ(minutes_of_day("18:30"), 1110);
    EXPECT_THROW(check_time(tr("t"), "24:00"), ValidationError);
    EXPECT_THROW(check_time(tr("t"), "6:30"), ValidationError);
    EXPECT_THROW(check_time(tr("t"), "18:60"), ValidationError);
}

TEST(Calendar, AddsDaysAcrossMonthAndYearEnds) {
    EXPECT_EQ(add_days("2026-01-30", 3), "2026-02-02");
    EXPECT_EQ(add_days("2026-12-31", 1), "2027-01-01");
    EXPECT_EQ(add_days("2026-03-01", -1), "2026-02-28");
    EXPECT_EQ(days_between("2026-11-23", "2026-12-03"), 10);
}

TEST(Calendar, ErrorNamesTheField) {
    try {
        check_date(tr("RSVP deadline"), "tomorrow");
        FAIL();
    } catch (const ValidationError& e) {
        EXPECT_EQ(e.field(), "RSVP deadline");
        EXPECT_NE(std::string(e.what()).find("tomorrow"), std::string::npos);
    }
}
