#include "io/ics_writer.h"

#include "core/version.h"

#include <libical/ical.h>

#include <memory>

#include "core/errors.h"

namespace fn::io {
namespace {

icaltimetype local_time(const std::string& date, const std::string& time) {
    icaltimetype t = icaltime_null_time();
    t.year = std::stoi(date.substr(0, 4));
    t.month = std::stoi(date.substr(5, 2));
    t.day = std::stoi(date.substr(8, 2));
    t.hour = std::stoi(time.substr(0, 2));
    t.minute = std::stoi(time.substr(3, 2));
    t.is_date = 0;
    return t;  // no zone: floating time
}

std::string description_of(const Event& e, const std::string& language) {
    if (auto it = e.texts.find(language); it != e.texts.end() && !it->second.description.empty())
        return it->second.description;
    if (auto it = e.texts.find("en"); it != e.texts.end()) return it->second.description;
    return {};
}

}  // namespace

std::string events_to_ics(const std::vector<Event>& events, const std::string& school_name,
                          const std::string& language) {
    std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)> cal(
        icalcomponent_vanew(
            ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
            icalproperty_new_prodid((std::string("-//FamilyNight//FamilyNight ") + kVersion + "//EN").c_str()),
            nullptr),
        &icalcomponent_free);
    if (!cal) throw Error(tr("cannot create a calendar"));
    for (const auto& e : events) {
        if (e.status == EventStatus::Draft) continue;  // not announced yet
        icalcomponent* ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        std::string uid =
            "familynight-event-" + std::to_string(e.id) + "@" + (school_name.empty() ? "school" : "local");
        icalcomponent_add_property(ev, icalproperty_new_uid(uid.c_str()));
        icalcomponent_add_property(ev, icalproperty_new_summary(e.title(language).c_str()));
        icalcomponent_add_property(ev, icalproperty_new_dtstart(local_time(e.date, e.start_time)));
        icalcomponent_add_property(ev, icalproperty_new_dtend(local_time(e.date, e.end_time)));
        icalcomponent_add_property(
            ev, icalproperty_new_dtstamp(icaltime_current_time_with_zone(icaltimezone_get_utc_timezone())));
        std::string where =
            e.place.empty() ? school_name : (school_name.empty() ? e.place : e.place + ", " + school_name);
        if (!where.empty()) icalcomponent_add_property(ev, icalproperty_new_location(where.c_str()));
        std::string description = description_of(e, language);
        if (!description.empty()) icalcomponent_add_property(ev, icalproperty_new_description(description.c_str()));
        icalcomponent_add_property(ev,
                                   icalproperty_new_status(e.status == EventStatus::Cancelled ? ICAL_STATUS_CANCELLED
                                                                                              : ICAL_STATUS_CONFIRMED));
        icalcomponent_add_component(cal.get(), ev);
    }
    char* text = icalcomponent_as_ical_string_r(cal.get());
    std::string out(text ? text : "");
    icalmemory_free_buffer(text);
    return out;
}

}  // namespace fn::io
