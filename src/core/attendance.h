#pragma once
#include <string>

#include "core/ids.h"

namespace fn {

struct CheckIn {
    Id id = 0;
    Id event_id = 0;
    Id household_id = 0;
    int adults = 0;
    int children = 0;
    std::string station;  // which laptop or table
    std::string checked_in_at;
    bool walk_in = false;  // no RSVP (or a "no") before the event
};

enum class HeadcountCategory { MeetingPoint, Grade, Role };
std::string to_string(HeadcountCategory);
HeadcountCategory parse_headcount_category(const std::string&);

// Plain head count without names, for walk-in rallies.
struct Headcount {
    Id id = 0;
    Id event_id = 0;
    HeadcountCategory category = HeadcountCategory::MeetingPoint;
    std::string label;  // "Corner of 5th and Main", "Grade 2", "Teachers"
    int count = 0;
    std::string recorded_at;
};

void validate(const CheckIn&);
void validate(const Headcount&);

}  // namespace fn
