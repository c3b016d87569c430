#pragma once
// iCalendar (.ics) text for events, built with libical: a file to import,
// or a feed a calendar subscribes to when the school puts it on a web
// server. Entries update instead of duplicating: each event's UID joins
// its id to the school's own random id, and its SEQUENCE and LAST-MODIFIED
// grow when what a calendar shows changes (core/event.h).
#include <string>
#include <vector>

#include "core/event.h"

namespace fn::io {

struct CalendarOptions {
    std::string school_name;
    std::string school_id;  // SchoolSettings::school_id
    std::string time_zone;  // IANA name; "" the computer's, else floating local times
    std::string language = "en";
    bool feed = false;  // a subscribed feed: named, with how often to look again
};

std::string events_to_ics(const std::vector<Event>& events, const CalendarOptions& options);

// Whether `name` ("America/Chicago") is a time zone this computer's
// time zone data holds.
bool known_time_zone(const std::string& name);
// The computer's own time zone name, or "" when it has none by name.
std::string computer_time_zone();

}  // namespace fn::io
