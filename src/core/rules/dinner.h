#pragma once
// How many dinners to order: meals by dietary need from the yes RSVPs, plus a
// buffer for walk-ins.
#include <map>
#include <string>
#include <vector>

#include "core/rsvp.h"
#include "core/rules/turnout.h"

namespace fn {

struct WalkInBuffer {
    int percent = 0;
    bool learned = false;  // from past events, not the configured default
    int events_used = 0;
};

// The configured percent until past events exist; then the pooled net rate
// of those events: (walk-in people - no-show people) / RSVP'd people. It is
// never below zero: running out of food at a free dinner costs more goodwill
// than leftovers.
WalkInBuffer walk_in_buffer(const std::vector<Turnout>& past_events, int default_percent);

struct DinnerCount {
    std::map<MealNeed, int> by_need;         // from RSVPs only
    std::vector<std::string> allergy_notes;  // each allergy as written, for the caterer
    int rsvp_meals = 0;
    int buffer_meals = 0;  // plain meals added for walk-ins
    WalkInBuffer buffer;
    int total() const { return rsvp_meals + buffer_meals; }
};

DinnerCount count_dinner(const std::vector<Rsvp>& rsvps, const WalkInBuffer& buffer);

}  // namespace fn
