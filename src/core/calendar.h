#pragma once
// Dates and times as the school writes them: "2026-12-03" and "18:30".
// Kept as validated strings because events are local, wall-clock affairs.
#include <string>
#include <string_view>

#include "core/text_message.h"

namespace fn {

void check_date(const Text& field, std::string_view date);  // YYYY-MM-DD, real day
void check_time(const Text& field, std::string_view time);  // HH:MM, 00:00..23:59
int minutes_of_day(std::string_view time);                  // "18:30" -> 1110
// Adds whole days to an ISO date ("2026-01-30" + 3 -> "2026-02-02").
std::string add_days(std::string_view date, int days);
// Adds whole months, the day kept or brought back to the month's last
// ("2026-03-31" - 1 month -> "2026-02-28").
std::string add_months(std::string_view date, int months);
// Days from a to b (b - a).
int days_between(std::string_view a, std::string_view b);

}  // namespace fn
