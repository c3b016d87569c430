#include "reports/human_dates.h"

#include <unicode/calendar.h>
#include <unicode/dtitvfmt.h>
#include <unicode/dtptngen.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <tuple>

namespace fn::reports {
namespace {

// Language codes as FamilyNight stores them ("zh", "zh-hant", "es") to ICU locales.
icu::Locale locale_of(const std::string& language) {
    std::string tag = language;
    for (auto& c : tag)
        if (c == '-') c = '_';
    if (tag == "zh_hant") tag = "zh_Hant";
    if (tag == "zh_hans" || tag == "zh") tag = "zh_Hans";
    return icu::Locale::createCanonical(tag.c_str());
}

// Dates on paper are wall-clock values of the school's own day: computed in
// UTC so no time zone can move them.
std::unique_ptr<icu::Calendar> calendar_at(const std::string& iso_date, const std::string& time) {
    int y = 0, m = 0, d = 0, hh = 0, mm = 0;
    if (std::sscanf(iso_date.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return nullptr;
    if (!time.empty() && std::sscanf(time.c_str(), "%d:%d", &hh, &mm) != 2) return nullptr;
    UErrorCode status = U_ZERO_ERROR;
    auto cal = std::make_unique<icu::GregorianCalendar>(icu::TimeZone::getGMT()->clone(), status);
    if (U_FAILURE(status)) return nullptr;
    cal->clear();
    cal->set(y, m - 1, d, hh, mm, 0);
    return cal;
}

std::string utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

std::string format(const icu::Calendar& cal, const std::string& language, const char* skeleton) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = locale_of(language);
    std::unique_ptr<icu::DateTimePatternGenerator> gen(icu::DateTimePatternGenerator::createInstance(locale, status));
    if (U_FAILURE(status)) return {};
    icu::UnicodeString pattern = gen->getBestPattern(icu::UnicodeString(skeleton), status);
    icu::SimpleDateFormat fmt(pattern, locale, status);
    if (U_FAILURE(status)) return {};
    fmt.setTimeZone(*icu::TimeZone::getGMT());
    icu::UnicodeString out;
    fmt.format(cal.getTime(status), out);
    return U_FAILURE(status) ? std::string() : utf8(out);
}

const char* time_skeleton(Clock clock) {
    switch (clock) {
        case Clock::TwelveHour:
            return "hm";
        case Clock::TwentyFourHour:
            return "Hm";
        case Clock::Locale:
            break;
    }
    return "jm";  // j: the locale's own hour cycle
}

// ICU's generators cost about a millisecond to make; a thousand flyers ask
// for the same few dates again and again.
std::string remembered(const std::string& key, const std::function<std::string()>& make) {
    static std::mutex lock;
    static std::map<std::string, std::string> cache;
    {
        std::lock_guard<std::mutex> hold(lock);
        if (auto it = cache.find(key); it != cache.end()) return it->second;
    }
    std::string value = make();
    std::lock_guard<std::mutex> hold(lock);
    return cache.emplace(key, std::move(value)).first->second;
}

}  // namespace

std::string human_date(const std::string& iso_date, const std::string& language, bool with_year) {
    return remembered("d|" + iso_date + "|" + language + (with_year ? "|y" : ""), [&] {
        auto cal = calendar_at(iso_date, "");
        if (!cal) return iso_date;  // never lose the date: print what is stored
        std::string out = format(*cal, language, with_year ? "yMMMMEEEEd" : "MMMMEEEEd");
        return out.empty() ? iso_date : out;
    });
}

std::string human_time(const std::string& time, const std::string& language, Clock clock) {
    return remembered("t|" + time + "|" + language + "|" + time_skeleton(clock), [&] {
        auto cal = calendar_at("2000-01-01", time);
        if (!cal) return time;
        std::string out = format(*cal, language, time_skeleton(clock));
        return out.empty() ? time : out;
    });
}

std::string human_time_range(const std::string& start, const std::string& end, const std::string& language,
                             Clock clock) {
    return remembered("r|" + start + "|" + end + "|" + language + "|" + time_skeleton(clock), [&] {
        auto from = calendar_at("2000-01-01", start);
        auto to = calendar_at("2000-01-01", end);
        if (!from || !to) return start + "\xE2\x80\x93" + end;
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::DateIntervalFormat> fmt(icu::DateIntervalFormat::createInstance(
            icu::UnicodeString(time_skeleton(clock)), locale_of(language), status));
        if (U_FAILURE(status)) return start + "\xE2\x80\x93" + end;
        fmt->setTimeZone(*icu::TimeZone::getGMT());
        icu::DateInterval interval(from->getTime(status), to->getTime(status));
        icu::UnicodeString out;
        icu::FieldPosition pos(icu::FieldPosition::DONT_CARE);
        fmt->format(&interval, out, pos, status);
        return U_FAILURE(status) ? start + "\xE2\x80\x93" + end : utf8(out);
    });
}

std::string weekday_name(int day, const std::string& language) {
    if (day < 1 || day > 7) return {};
    // 1 January 2024 was a Monday.
    const std::string date = "2024-01-0" + std::to_string(day);
    return remembered("w|" + date + "|" + language, [&] {
        auto cal = calendar_at(date, "");
        std::string out = cal ? format(*cal, language, "EEEE") : std::string();
        return out.empty() ? date : out;
    });
}

std::string staff_date(const std::string& iso_date) { return human_date(iso_date, "en", true); }

Clock clock_setting(const std::string& setting) {
    return setting == "12" ? Clock::TwelveHour : setting == "24" ? Clock::TwentyFourHour : Clock::Locale;
}

std::string staff_times(const std::string& start, const std::string& end, Clock clock) {
    return human_time_range(start, end, "en", clock);
}

std::string staff_timestamp(const std::string& iso_timestamp, Clock clock) {
    if (iso_timestamp.size() < 16) return iso_timestamp;  // not a timestamp: as stored
    return staff_date(iso_timestamp.substr(0, 10)) + ", " + human_time(iso_timestamp.substr(11, 5), "en", clock);
}

}  // namespace fn::reports
