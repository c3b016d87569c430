#pragma once
// The door log (fn::DoorEntry): read it, revert any entry, and make the
// operation ids that let a repeated action succeed once.
#include <optional>
#include <string>
#include <vector>

#include "core/door_log.h"
#include "core/household.h"
#include "core/text_message.h"

namespace soci {
class session;
}
namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

// A fresh id for one action, made where it was typed (16 hex digits).
std::string new_operation_id();
// This machine's name, the default station of the app and the CLI.
std::string this_station();

// Where and when a door action was typed. At the table: this station, a
// fresh operation id (""), now (""). Sent later from a door station's outbox
// (ops/door_station.h): the time it was typed there, marked as such.
struct DoorTyping {
    DoorTyping(std::string station_ = "", std::string operation_id_ = "", std::string at_ = "",
               bool sent_later_ = false)
        : station(std::move(station_)),
          operation_id(std::move(operation_id_)),
          at(std::move(at_)),
          sent_later(sent_later_) {}
    std::string station;
    std::string operation_id;
    std::string at;
    bool sent_later = false;
};

// A new entry's common part: who, what, where, now, and its operation id
// (the one given, or a fresh one). The caller fills in what it did.
DoorEntry door_entry(DoorAction action, Id event_id, Id household_id, const std::string& station,
                     const std::string& operation_id = "");
DoorEntry door_entry(DoorAction action, Id event_id, Id household_id, const DoorTyping& typed);

// The earlier arrival of an action sent again with the same operation id
// (a double Enter, a retried command), or nothing when the id is new. An id
// already used for another action, event or family (household_id 0: any
// family) is refused with OperationReusedError: a repeat is only a repeat of
// the very same action.
std::optional<DoorEntry> earlier_arrival(soci::session& sql, const std::string& operation_id, DoorAction action,
                                         Id event_id, Id household_id);
// A shared server's door function found the operation id in the door log:
// that entry (a repeat), or the refusal of an id reused for another
// action, in earlier_arrival's words (OperationReusedError always).
DoorEntry entry_of_repeat(soci::session& sql, Id entry_id);
[[noreturn]] void refuse_reused_operation(soci::session& sql, const std::string& operation_id, DoorAction action,
                                          Id event_id, Id household_id);

// What an entry did, in words ("checked in 2+3", "corrected 2+1 to 1+1"),
// saying when it was typed without the server and sent later.
Text describe(const DoorEntry& e);
// The same without that remark.
Text describe_action(const DoorEntry& e);

struct DoorLogLine {
    DoorEntry entry;
    std::string family;  // family name, for people reading the log
    std::string code;
    // Guardians and children too: two Carter families' entries must differ.
    Household household;
};
// The event's door log, oldest first.
std::vector<DoorLogLine> door_log(Database& db, Id event_id);

// Takes an entry back: a check-in or walk-in is undone (the family stays in
// the directory), a correction restores the numbers it replaced, a drop-off
// is cancelled, a pickup puts the children back in care. Refused, with the
// reason, when later entries depend on it (children still in care, a later
// correction, a pickup after the drop-off) or it was reverted already. The
// revert is itself logged (returned). With an operation id seen before, the
// earlier revert is returned and nothing changes.
DoorEntry revert_door_entry(Database& db, Id event_id, Id entry_id, const std::string& station = "",
                            const std::string& operation_id = "");
// The same inside the caller's transaction.
DoorEntry revert_door_entry_within(soci::session& sql, Id event_id, Id entry_id, const DoorTyping& typed);

}  // namespace fn::ops
