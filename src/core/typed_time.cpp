#include "core/typed_time.h"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <string>

namespace fn {
namespace {

std::string lower_without_spaces_or_dots(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '.') out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return out;
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

std::optional<std::string> iso(int y, int m, int d) {
    // std::chrono keeps a month and a day in one byte: 10512 would pass as 16.
    if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{unsigned(m)},
                                    std::chrono::day{unsigned(d)}};
    if (y < 1900 || y > 2999 || !ymd.ok()) return std::nullopt;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return std::string(buf);
}

}  // namespace

DateOrder date_order_of(std::string_view language) {
    return language.substr(0, 2) == "en" || language.empty() ? DateOrder::MonthFirst : DateOrder::DayFirst;
}

std::optional<std::string> read_typed_date(std::string_view typed, DateOrder order) {
    std::string s;
    for (char c : typed)
        if (c != ' ') s.push_back(c);
    int a = 0, b = 0, c = 0;
    char s1 = 0, s2 = 0;
    int used = 0;
    if (std::sscanf(s.c_str(), "%d%c%d%c%d%n", &a, &s1, &b, &s2, &c, &used) != 5 ||
        used != static_cast<int>(s.size()) || s1 != s2 || (s1 != '-' && s1 != '/' && s1 != '.'))
        return std::nullopt;
    if (s1 == '-' && a >= 1000) return iso(a, b, c);  // ISO: 2026-12-10
    int year = c < 100 ? 2000 + c : c;
    return order == DateOrder::MonthFirst ? iso(year, a, b) : iso(year, b, a);
}

std::optional<std::string> read_typed_time(std::string_view typed) {
    std::string s = lower_without_spaces_or_dots(typed);
    int shift = -1;  // -1: 24-hour clock; 0: am; 12: pm
    for (const char* suffix : {"am", "a", "pm", "p"}) {
        std::string_view sv(suffix);
        if (s.size() > sv.size() && s.compare(s.size() - sv.size(), sv.size(), sv) == 0) {
            shift = suffix[0] == 'a' ? 0 : 12;
            s.resize(s.size() - sv.size());
            break;
        }
    }
    int h = 0, m = 0;
    auto colon = s.find_first_of(":h");
    if (colon != std::string::npos) {
        std::string hh = s.substr(0, colon), mm = s.substr(colon + 1);
        if (!all_digits(hh) || hh.size() > 2 || (!mm.empty() && (!all_digits(mm) || mm.size() != 2)))
            return std::nullopt;
        h = std::stoi(hh);
        m = mm.empty() ? 0 : std::stoi(mm);
    } else if (all_digits(s) && s.size() <= 2) {
        h = std::stoi(s);
    } else if (all_digits(s) && (s.size() == 3 || s.size() == 4)) {  // "730", "1930"
        h = std::stoi(s.substr(0, s.size() - 2));
        m = std::stoi(s.substr(s.size() - 2));
    } else {
        return std::nullopt;
    }
    if (shift >= 0) {
        if (h < 1 || h > 12) return std::nullopt;
        h = h % 12 + shift;
    }
    if (h > 23 || m > 59) return std::nullopt;
    char buf[32];  // room for any int, so the compiler can see nothing is cut
    std::snprintf(buf, sizeof buf, "%02d:%02d", h, m);
    return std::string(buf);
}

}  // namespace fn
