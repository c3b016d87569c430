#pragma once
// Use cases for RSVPs from paper slips, phone calls and e-mails.
#include <optional>
#include <vector>

#include "core/rsvp.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

struct PickOutcome {
    Id workshop_id = 0;
    bool seated = false;
    int waitlist_position = 0;  // 1 = next to be promoted; 0 when seated
};

// A household moved from a workshop's waitlist to a seat.
struct Promotion {
    Id workshop_id = 0;
    Id household_id = 0;
};

struct RsvpOutcome {
    Id rsvp_id = 0;
    std::vector<PickOutcome> picks;
    std::vector<Promotion> promoted;  // others seated because this change freed seats
    // The household's RSVP as stored before this one replaced it (read in
    // the same transaction), so the caller can say what changed.
    std::optional<Rsvp> replaced;
};

// Records or replaces the household's RSVP. Picks may leave round_id 0; it
// is taken from the workshop. A replacement is reported, never silent.
RsvpOutcome record_rsvp(Database& db, Rsvp r);
// Marks the RSVP cancelled and returns who was promoted from waitlists.
std::vector<Promotion> cancel_rsvp(Database& db, Id event_id, Id household_id);

std::vector<Rsvp> rsvps_of_event(Database& db, Id event_id);
// The RSVP list of an event: every RSVP with its family, for reading back,
// searching and correcting what was entered. Matching `text` like the door
// search (any name or the code, accents ignored); all when empty.
struct RsvpLine {
    Rsvp rsvp;
    std::string family;     // family name
    std::string guardians;  // "Rosa Núñez, Luis Núñez"
    std::string code;
};
std::vector<RsvpLine> rsvp_list(Database& db, Id event_id, const std::string& text = "");

// The household's RSVP for the event, if it has one.
std::optional<Rsvp> find_rsvp(Database& db, Id event_id, Id household_id);

}  // namespace fn::ops
