#include "core/calendar.h"

#include <chrono>
#include <cstdio>

#include "core/errors.h"

namespace fn {
namespace {

bool two_digits(std::string_view s, std::size_t at, int& out) {
    if (s[at] < '0' || s[at] > '9' || s[at + 1] < '0' || s[at + 1] > '9') return false;
    out = (s[at] - '0') * 10 + (s[at + 1] - '0');
    return true;
}

std::chrono::year_month_day parse_date(const Text& field, std::string_view date) {
    int c = 0, y2 = 0, m = 0, d = 0;
    bool shape = date.size() == 10 && date[4] == '-' && date[7] == '-' && two_digits(date, 0, c) &&
                 two_digits(date, 2, y2) && two_digits(date, 5, m) && two_digits(date, 8, d);
    std::chrono::year_month_day ymd{std::chrono::year{c * 100 + y2}, std::chrono::month{unsigned(m)},
                                    std::chrono::day{unsigned(d)}};
    if (!shape || !ymd.ok())
        throw ValidationError(field, tr("{0} is not a date like 2026-12-03", {quoted(std::string(date))}));
    // A family night is planned or recorded within a lifetime of today;
    // year 0000 or 9999 is a typing slip.
    if (int(ymd.year()) < 1970 || int(ymd.year()) > 2200)
        throw ValidationError(field, tr("{0}: the year {1} is not one a family night happens in",
                                        {quoted(std::string(date)), int(ymd.year())}));
    return ymd;
}

std::string format(std::chrono::year_month_day ymd) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
    return buf;
}

}  // namespace

void check_date(const Text& field, std::string_view date) { parse_date(field, date); }

void check_time(const Text& field, std::string_view time) {
    int h = 0, m = 0;
    bool ok =
        time.size() == 5 && time[2] == ':' && two_digits(time, 0, h) && two_digits(time, 3, m) && h < 24 && m < 60;
    if (!ok) throw ValidationError(field, tr("{0} is not a time like 18:30", {quoted(std::string(time))}));
}

int minutes_of_day(std::string_view time) {
    check_time(tr("time"), time);
    return ((time[0] - '0') * 10 + (time[1] - '0')) * 60 + (time[3] - '0') * 10 + (time[4] - '0');
}

std::string add_days(std::string_view date, int days) {
    std::chrono::sys_days d{parse_date(tr("date"), date)};
    return format(std::chrono::year_month_day{d + std::chrono::days{days}});
}

std::string add_months(std::string_view date, int months) {
    using namespace std::chrono;
    year_month_day d = parse_date(tr("date"), date);
    year_month_day moved = d.year() / d.month() / d.day() + std::chrono::months{months};
    if (!moved.ok()) moved = moved.year() / moved.month() / last;
    return format(year_month_day{sys_days{moved}});
}

int days_between(std::string_view a, std::string_view b) {
    std::chrono::sys_days da{parse_date(tr("date"), a)}, db{parse_date(tr("date"), b)};
    return static_cast<int>((db - da).count());
}

}  // namespace fn
