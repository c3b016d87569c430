#pragma once
// Current seat plans of an event's workshops, derived from the yes-RSVP
// picks in the order they were made (nothing about seats is stored).
#include <map>

#include "core/event.h"
#include "core/rules/seating.h"

namespace soci {
class session;
}

namespace fn::ops {

// The workshop's own limit, else its room's capacity, else 0 (no limit).
int effective_capacity(const Workshop& w, const std::vector<Room>& rooms);

std::map<Id, SeatPlan> seat_plans(soci::session& sql, Id event_id);

}  // namespace fn::ops
