#include "io/ics_writer.h"

#include <libical/ical.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>

#include "core/errors.h"
#include "core/version.h"

namespace fn::io {
namespace {

using Component = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;

icaltimetype local_time(const std::string& date, const std::string& time) {
    icaltimetype t = icaltime_null_time();
    t.year = std::stoi(date.substr(0, 4));
    t.month = std::stoi(date.substr(5, 2));
    t.day = std::stoi(date.substr(8, 2));
    t.hour = std::stoi(time.substr(0, 2));
    t.minute = std::stoi(time.substr(3, 2));
    t.is_date = 0;
    return t;
}

// A time on the event's day: with the school's TZID when it has one (the
// VTIMEZONE said once at the top), else floating, shown as written.
icalproperty* with_zone(icalproperty* p, const std::string& zone) {
    if (!zone.empty()) icalproperty_add_parameter(p, icalparameter_new_tzid(zone.c_str()));
    return p;
}

// changed_at is the computer's local time (ops::now_timestamp); calendars
// want UTC.
icaltimetype utc_of_local_timestamp(const std::string& stamp) {
    std::tm local{};
    local.tm_year = std::stoi(stamp.substr(0, 4)) - 1900;
    local.tm_mon = std::stoi(stamp.substr(5, 2)) - 1;
    local.tm_mday = std::stoi(stamp.substr(8, 2));
    local.tm_hour = std::stoi(stamp.substr(11, 2));
    local.tm_min = std::stoi(stamp.substr(14, 2));
    local.tm_sec = std::stoi(stamp.substr(17, 2));
    local.tm_isdst = -1;
    return icaltime_from_timet_with_zone(std::mktime(&local), 0, icaltimezone_get_utc_timezone());
}

std::string description_of(const Event& e, const std::string& language) {
    if (auto it = e.texts.find(language); it != e.texts.end() && !it->second.description.empty())
        return it->second.description;
    if (auto it = e.texts.find("en"); it != e.texts.end()) return it->second.description;
    return {};
}

// The zone's rules from the year before the first event on, under its IANA
// name (libical's own TZID carries a prefix calendars do not know).
icalcomponent* vtimezone(icaltimezone* zone, const std::string& name, int first_year) {
    icalcomponent* vtz = icalcomponent_new_clone(icaltimezone_get_component(zone));
    icalproperty* tzid = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY);
    if (tzid) icalproperty_set_tzid(tzid, name.c_str());
    icaltimetype from = icaltime_null_time();
    from.year = first_year - 1;
    from.month = from.day = 1;
    from.zone = icaltimezone_get_utc_timezone();
    icaltimezone_truncate_vtimezone(vtz, from, icaltime_null_time(), 0);
    return vtz;
}

void add_event(icalcomponent* cal, const Event& e, const CalendarOptions& o, const std::string& zone) {
    icalcomponent* ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    const std::string uid =
        "event-" + std::to_string(e.id) + "-" + (o.school_id.empty() ? "school" : o.school_id) + "@familynight";
    icalcomponent_add_property(ev, icalproperty_new_uid(uid.c_str()));
    icalcomponent_add_property(ev, icalproperty_new_summary(e.title(o.language).c_str()));
    icalcomponent_add_property(ev, with_zone(icalproperty_new_dtstart(local_time(e.date, e.start_time)), zone));
    icalcomponent_add_property(ev, with_zone(icalproperty_new_dtend(local_time(e.date, e.end_time)), zone));
    icalcomponent_add_property(
        ev, icalproperty_new_dtstamp(icaltime_current_time_with_zone(icaltimezone_get_utc_timezone())));
    icalcomponent_add_property(ev, icalproperty_new_sequence(e.revision));
    if (e.changed_at.size() >= 19)
        icalcomponent_add_property(ev, icalproperty_new_lastmodified(utc_of_local_timestamp(e.changed_at)));
    const std::string where =
        e.place.empty() ? o.school_name : (o.school_name.empty() ? e.place : e.place + ", " + o.school_name);
    if (!where.empty()) icalcomponent_add_property(ev, icalproperty_new_location(where.c_str()));
    const std::string description = description_of(e, o.language);
    if (!description.empty()) icalcomponent_add_property(ev, icalproperty_new_description(description.c_str()));
    icalcomponent_add_property(ev, icalproperty_new_status(e.status == EventStatus::Cancelled ? ICAL_STATUS_CANCELLED
                                                                                              : ICAL_STATUS_CONFIRMED));
    icalcomponent_add_component(cal, ev);
}

void add_x(icalcomponent* cal, const char* name, const std::string& value) {
    icalproperty* p = icalproperty_new_x(value.c_str());
    icalproperty_set_x_name(p, name);
    icalcomponent_add_property(cal, p);
}

}  // namespace

bool known_time_zone(const std::string& name) {
    return !name.empty() && icaltimezone_get_builtin_timezone(name.c_str()) != nullptr;
}

std::string computer_time_zone() {
    if (const char* tz = std::getenv("TZ"); tz && *tz) {
        std::string name = tz[0] == ':' ? tz + 1 : tz;
        return known_time_zone(name) ? name : "";
    }
    std::ifstream file("/etc/timezone");
    std::string name;
    if (file >> name && known_time_zone(name)) return name;
    std::error_code ec;
    const auto target = std::filesystem::read_symlink("/etc/localtime", ec).string();
    const auto at = target.find("zoneinfo/");
    if (!ec && at != std::string::npos && known_time_zone(target.substr(at + 9))) return target.substr(at + 9);
    return "";
}

std::string events_to_ics(const std::vector<Event>& events, const CalendarOptions& o) {
    Component cal(icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
                                      icalproperty_new_prodid(
                                          (std::string("-//FamilyNight//FamilyNight ") + kVersion + "//EN").c_str()),
                                      icalproperty_new_method(ICAL_METHOD_PUBLISH), nullptr),
                  &icalcomponent_free);
    if (!cal) throw Error(tr("cannot create a calendar"));
    if (o.feed) {
        // What a subscribing calendar calls it, and how often it looks again.
        if (!o.school_name.empty()) add_x(cal.get(), "X-WR-CALNAME", o.school_name);
        icaldurationtype every = icaldurationtype_null_duration();
        every.hours = 6;
        icalcomponent_add_property(cal.get(), icalproperty_new_refreshinterval(every));
        add_x(cal.get(), "X-PUBLISHED-TTL", "PT6H");
    }
    const std::string zone_name = o.time_zone.empty() ? computer_time_zone() : o.time_zone;
    icaltimezone* zone = known_time_zone(zone_name) ? icaltimezone_get_builtin_timezone(zone_name.c_str()) : nullptr;
    int first_year = 0;
    for (const auto& e : events)
        if (e.status != EventStatus::Draft && (!first_year || std::stoi(e.date.substr(0, 4)) < first_year))
            first_year = std::stoi(e.date.substr(0, 4));
    if (zone && first_year) add_x(cal.get(), "X-WR-TIMEZONE", zone_name);
    if (zone && first_year) icalcomponent_add_component(cal.get(), vtimezone(zone, zone_name, first_year));
    for (const auto& e : events)
        if (e.status != EventStatus::Draft) add_event(cal.get(), e, o, zone ? zone_name : "");  // drafts: not announced
    char* text = icalcomponent_as_ical_string_r(cal.get());
    std::string out(text ? text : "");
    icalmemory_free_buffer(text);
    return out;
}

}  // namespace fn::io
