#pragma once
// iCalendar (.ics) text for events, built with libical.
#include <string>
#include <vector>

#include "core/event.h"

namespace fn::io {

// Floating local times (no time zone): a family night is at 17:30 wherever
// the school is, and calendar apps show it as such. UIDs are stable per
// event so re-importing a calendar updates instead of duplicating.
std::string events_to_ics(const std::vector<Event>& events, const std::string& school_name,
                          const std::string& language = "en");

}  // namespace fn::io
