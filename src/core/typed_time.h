#pragma once
// Dates and times as people type them, read into the stored forms
// ("2026-12-10", "19:30"). A coordinator types "7:30 pm" or "12/10/2026";
// the form then shows what was understood, so nothing changes unseen.
#include <optional>
#include <string>
#include <string_view>

namespace fn {

// Which comes first in a date written with slashes: 12/10/2026 is
// December 10 in the United States and 12 October in Spanish.
enum class DateOrder { MonthFirst, DayFirst };
DateOrder date_order_of(std::string_view language);  // "en" -> MonthFirst; "es", "fr", ... -> DayFirst

// "2026-12-10", "12/10/2026", "12-10-2026", "12.10.2026" (a two-digit year
// means 20xx). Nothing when the text is no real date.
std::optional<std::string> read_typed_date(std::string_view typed, DateOrder order);
// "19:30", "7:30 pm", "7:30pm", "7 pm", "7:30 p.m.", "19.30", "1930". Nothing
// when the text is no time of day.
std::optional<std::string> read_typed_time(std::string_view typed);

}  // namespace fn
