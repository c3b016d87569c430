#pragma once
// The small plan many tests need: a first round and one workshop in it, and
// a family's yes RSVP.
#include <string>
#include <vector>

#include "ops/event_ops.h"
#include "ops/rsvp_ops.h"

namespace fn::testing {

inline Id add_round_with_workshop(store::Database& db, Id event_id, const std::string& title, int capacity = 0) {
    Id round = ops::add_round(db, {0, event_id, 1, "18:00", "18:40"});
    Workshop w;
    w.event_id = event_id;
    w.round_id = round;
    w.texts["en"] = {title, ""};
    w.capacity = capacity;
    return ops::add_workshop(db, w);
}

// A yes RSVP: `adults` adults and children of these ages.
inline Id rsvp_yes(store::Database& db, Id event, Id household, int adults, std::vector<int> kids) {
    Rsvp r;
    r.event_id = event;
    r.household_id = household;
    r.adults = adults;
    r.child_ages = std::move(kids);
    return ops::record_rsvp(db, r).rsvp_id;
}

}  // namespace fn::testing
