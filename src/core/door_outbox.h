#pragma once
// A door station's outbox: every door action typed at a station working
// from its station file (ops/door_station.h), kept in order with its
// operation id and the time it was typed, until the shared database has it.
#include <string>

#include "core/door_log.h"
#include "core/text_message.h"

namespace fn {

// Waiting: not sent yet (the server could not be reached). Sent: the server
// has it (done, a repeat, or kept as "also checked in"). NeedsPerson: the
// server refused it for a reason a person must look at (a walk-in that is
// likely a family already in the directory, a cancelled event); it stays
// listed, never dropped, until someone deals with it. SetAside: a person
// dealt with it otherwise (checked the family in by its code, or the action
// was a mistake): kept, with what they decided, and no longer listed.
enum class OutboxState { Waiting, Sent, NeedsPerson, SetAside };
std::string to_string(OutboxState);
OutboxState parse_outbox_state(const std::string&);

// What a person decided about an entry on the "needs a person" list.
enum class PersonsDecision {
    // A walk-in the server found likely already in the directory is a new
    // family after all: sent again as one.
    NewFamily,
    // Dealt with otherwise: the family was checked in by its code, or the
    // action was a mistake. Kept with the decision, no longer listed.
    SetAside,
};

struct OutboxEntry {
    long long seq = 0;  // order typed
    // CheckIn, WalkIn, Adjust, DropOff, PickUp or Revert.
    DoorAction action = DoorAction::CheckIn;
    Id event_id = 0;
    // The family, by the code that is the same on the server and at the
    // station (a walk-in registered here: the code it was given here).
    std::string family_code;
    int adults = -1;  // -1: from the RSVP
    int children = -1;
    std::string operation_id;
    std::string station;
    std::string typed_at;  // local timestamp, as typed
    // WalkIn: the family as typed (encoded by ops), and whether the
    // volunteer confirmed it is new although the directory had a likely match.
    std::string walk_in_record;
    bool new_family_confirmed = false;
    std::string pickup_code;       // DropOff, PickUp
    std::string target_operation;  // Revert: the operation id of the entry taken back
    OutboxState state = OutboxState::Waiting;
    Text outcome;  // what the server said, in words (each front end says it in its language)
    std::string sent_at;
    // The server could not be reached while it waited (typed "offline").
    bool deferred = false;
};

}  // namespace fn
