#pragma once
// The door log: every action at the check-in table as one row (check-in,
// walk-in, correction, childcare drop-off and pickup), with the time, the
// station and an operation id made where it was typed. The app's log view
// reads it, any entry can be reverted (itself a logged entry), and a repeated
// operation (a double Enter, a station retrying after a network blip on a
// shared database) is recognised by its id and succeeds once.
#include <string>

#include "core/ids.h"

namespace fn {

// AlsoCheckedIn: a station without the server checked in a family that
// another station had checked in first; sent later, the first arrival
// stands and this entry keeps the second (nothing lost, nothing doubled).
enum class DoorAction { CheckIn, WalkIn, Adjust, DropOff, PickUp, Revert, AlsoCheckedIn };
std::string to_string(DoorAction);
DoorAction parse_door_action(const std::string&);

inline constexpr const char* kTypedOffline = "typed-offline";

struct DoorEntry {
    Id id = 0;
    Id event_id = 0;
    Id household_id = 0;
    DoorAction action = DoorAction::CheckIn;
    std::string operation_id;
    std::string station;
    std::string at;  // local timestamp
    // After this entry: people checked in (CheckIn, WalkIn, Adjust), or
    // children handed over or picked up (DropOff, PickUp).
    int adults = 0;
    int children = 0;
    // Adjust: the numbers it corrected, restored by a revert.
    int before_adults = 0;
    int before_children = 0;
    // The row this entry made or changed: a check-in (CheckIn, WalkIn,
    // Adjust), a drop-off (DropOff, PickUp), or the entry reverted (Revert).
    Id target_id = 0;
    // The pickup code of a drop-off or pickup; kTypedOffline on an action
    // typed at a station without the server and sent later from its outbox.
    std::string detail;
    Id reverted_by = 0;  // the Revert entry that took this one back, or 0

    bool reverted() const { return reverted_by != 0; }
    bool typed_offline() const { return detail == kTypedOffline; }
};

}  // namespace fn
