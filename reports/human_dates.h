#pragma once
// Dates and times as families read them, in the document's language, from
// ICU's locale data (never hand-written format tables):
//   en "Wednesday, December 9"    es "miércoles, 9 de diciembre"    zh "12月9日星期三"
//   en "5:30 – 7:45 PM"           es "17:30–19:45"
// Stored values stay ISO ("2026-12-09", "17:30"); this is for paper only.
#include <string>

namespace fn::reports {

enum class Clock { Locale, TwelveHour, TwentyFourHour };

// A weekday, day and month; the year too when `with_year`.
std::string human_date(const std::string& iso_date, const std::string& language, bool with_year = false);
// "17:30" to "19:45" as a range; Clock::Locale follows the language's custom.
std::string human_time_range(const std::string& start, const std::string& end, const std::string& language,
                             Clock clock = Clock::Locale);
std::string human_time(const std::string& time, const std::string& language, Clock clock = Clock::Locale);
// The name of a weekday in `language` (1 Monday .. 7 Sunday), as a column
// heading or a tick box says it: "Tuesday", "martes", "星期二".
std::string weekday_name(int day, const std::string& language);
// A date on the school's own documents (sign-in sheets, reports, signs):
// "Wednesday, December 9, 2026", English, with the year for the files.
std::string staff_date(const std::string& iso_date);
// The school's clock setting ("12", "24", "language") as a Clock.
Clock clock_setting(const std::string& setting);
// Times on the school's own documents, in English on the school's clock, as
// its flyers say them ("5:30 – 7:45 PM"): one clock on every paper.
std::string staff_times(const std::string& start, const std::string& end, Clock clock);
// When a paper was made, from a stored timestamp ("2026-12-06 23:06..."):
// "Sunday, December 6, 2026, 11:06 PM".
std::string staff_timestamp(const std::string& iso_timestamp, Clock clock);

}  // namespace fn::reports
