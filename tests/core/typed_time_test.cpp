#include "core/typed_time.h"

#include <gtest/gtest.h>

using namespace fn;

TEST(TypedTime, TimesAsPeopleTypeThem) {
    for (auto [typed, stored] : {std::pair{"19:30", "19:30"},
                                 {"7:30 pm", "19:30"},
                                 {"7:30pm", "19:30"},
                                 {"7 PM", "19:00"},
                                 {"7:30 p.m.", "19:30"},
                                 {"12:15 am", "00:15"},
                                 {"12 pm", "12:00"},
                                 {"19.30", "19:30"},
                                 {"1930", "19:30"},
                                 {"730", "07:30"},
                                 {"9", "09:00"},
                                 {"18h30", "18:30"}})
        EXPECT_EQ(read_typed_time(typed), std::optional<std::string>(stored)) << typed;
    for (const char* bad : {"", "25:00", "7:60", "13 pm", "0 am", "seven", "7:3", "19:30:00", "7.5"})
        EXPECT_EQ(read_typed_time(bad), std::nullopt) << bad;
}

TEST(TypedTime, DatesInTheLanguagesOrder) {
    EXPECT_EQ(read_typed_date("2026-12-10", DateOrder::DayFirst), "2026-12-10");
    EXPECT_EQ(read_typed_date("12/10/2026", date_order_of("en")), "2026-12-10");  // December 10
    EXPECT_EQ(read_typed_date("12/10/2026", date_order_of("es")), "2026-10-12");  // 12 de octubre
    EXPECT_EQ(read_typed_date("10.12.26", DateOrder::DayFirst), "2026-12-10");
    EXPECT_EQ(read_typed_date("2/30/2026", DateOrder::MonthFirst), std::nullopt);   // no such day
    EXPECT_EQ(read_typed_date("0000-01-01", DateOrder::MonthFirst), std::nullopt);  // year 0
    EXPECT_EQ(read_typed_date("12/10", DateOrder::MonthFirst), std::nullopt);
    EXPECT_EQ(read_typed_date("12/10-2026", DateOrder::MonthFirst), std::nullopt);
    // Found by fuzzing: a day or month past a byte wrapped and passed
    // (10512 is 16 in one byte), and "2026-02-10512" was accepted.
    EXPECT_EQ(read_typed_date("10512.2.2026", DateOrder::DayFirst), std::nullopt);
    EXPECT_EQ(read_typed_date("2.10512.2026", DateOrder::MonthFirst), std::nullopt);
    EXPECT_EQ(read_typed_date("2026-270-01", DateOrder::MonthFirst), std::nullopt);
}
