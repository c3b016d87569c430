#pragma once
// RSVPs with their meals and workshop picks.
#include <map>
#include <optional>
#include <vector>

#include "core/rsvp.h"

namespace soci {
class session;
}

namespace fn::store {

// Inserts or replaces the household's RSVP for the event. A pick of the
// same workshop as before keeps its place in the queue; a new pick goes to
// the back. Returns the RSVP id.
Id save_rsvp(soci::session& sql, const Rsvp& r);
std::optional<Rsvp> find_rsvp(soci::session& sql, Id event_id, Id household_id);
void set_rsvp_status(soci::session& sql, Id rsvp_id, RsvpStatus status);
std::vector<Rsvp> rsvps_of_event(soci::session& sql, Id event_id);

}  // namespace fn::store
