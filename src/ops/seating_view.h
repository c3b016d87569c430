#pragma once
// Current seat plans of an event's workshops, derived from the yes-RSVP
// picks in the order they were made (nothing about seats is stored).
#include <map>
#include <vector>

#include "core/event.h"
#include "core/rsvp.h"
#include "core/rules/seating.h"

namespace soci {
class session;
}

namespace fn::ops {

// The workshop's own limit, else its room's capacity, else 0 (no limit).
int effective_capacity(const Workshop& w, const std::vector<Room>& rooms);

// From RSVPs already loaded (counts) or loaded here (RSVP changes).
std::map<Id, SeatPlan> seat_plans(const std::vector<Workshop>& workshops, const std::vector<Room>& rooms,
                                  const std::vector<Rsvp>& rsvps);
std::map<Id, SeatPlan> seat_plans(soci::session& sql, Id event_id);

}  // namespace fn::ops
