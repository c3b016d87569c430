#include "core/rules/dinner.h"

#include <algorithm>
#include <cmath>

namespace fn {

WalkInBuffer walk_in_buffer(const std::vector<Turnout>& past_events, int default_percent) {
    long expected = 0, net_extra = 0;
    int used = 0;
    for (const auto& t : past_events) {
        if (t.expected_people() == 0) continue;  // nothing to learn from an event without RSVPs
        expected += t.expected_people();
        net_extra += t.walk_in_people - t.no_show_people;
        ++used;
    }
    if (used == 0) return {default_percent, false, 0};
    double rate = static_cast<double>(net_extra) / static_cast<double>(expected);
    int percent = static_cast<int>(std::lround(std::max(0.0, rate) * 100.0));
    return {percent, true, used};
}

DinnerCount count_dinner(const std::vector<Rsvp>& rsvps, const WalkInBuffer& buffer) {
    DinnerCount d;
    d.buffer = buffer;
    for (const auto& r : rsvps) {
        for (const auto& line : r.meal_lines()) {
            if (line.count == 0) continue;
            d.by_need[line.need] += line.count;
            d.rsvp_meals += line.count;
            if (line.need == MealNeed::Allergy) d.allergy_notes.push_back(line.note);
        }
    }
    d.buffer_meals = static_cast<int>(std::ceil(d.rsvp_meals * buffer.percent / 100.0));
    return d;
}

}  // namespace fn
