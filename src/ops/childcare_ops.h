#pragma once
// Childcare at the door: children dropped off with a pickup code, picked up
// only with that code.
#include <optional>
#include <string>
#include <vector>

#include "core/childcare_dropoff.h"
#include "ops/door_log_ops.h"

namespace soci {
class session;
}
namespace fn::store {
class Database;
}

namespace fn::ops {

// Hands `children` of a checked-in household to childcare. `typed_code` is
// the code on a printed pickup tag pair ("" makes one up). Refuses an event
// without childcare, a family not checked in, a family whose children are
// already in care, and a code already in use at this event.
// `operation_id` (made where it was typed; "" makes one): the same id
// again is this drop-off again, done once; used for anything else, refused.
ChildcareDropOff drop_off_children(store::Database& db, Id event_id, Id household_id, int children,
                                   const std::string& typed_code = "", const std::string& station = "",
                                   const std::string& operation_id = "");

// The guardian shows the code: the children leave care. Refuses an unknown
// code or children already picked up.
ChildcareDropOff pick_up_children(store::Database& db, Id event_id, const std::string& typed_code,
                                  const std::string& station = "", const std::string& operation_id = "");
// A drop-off (by household id, or by code when it is 0) and a pickup on a
// shared server in one round trip each, with the same rules and refusals as
// the _within versions; nothing on SQLite (the caller takes the
// transaction's way).
std::optional<ChildcareDropOff> drop_off_at_server(store::Database& db, Id event_id, Id household_id,
                                                   const std::string& family_code, int children,
                                                   const std::string& typed_code, const DoorTyping& typed);
std::optional<ChildcareDropOff> pick_up_at_server(store::Database& db, Id event_id, const std::string& typed_code,
                                                  const DoorTyping& typed);
// Both are written to the door log, where either can be reverted. The same
// inside the caller's transaction, typed where and when `typed` says (a door
// station's outbox, ops/door_station.h); an operation id seen before returns
// the earlier hand-over and changes nothing.
ChildcareDropOff drop_off_children_within(soci::session& sql, Id event_id, Id household_id, int children,
                                          const std::string& typed_code, const DoorTyping& typed);
ChildcareDropOff pick_up_children_within(soci::session& sql, Id event_id, const std::string& typed_code,
                                         const DoorTyping& typed);

struct ChildcareRoom {
    int children_in_care = 0;
    int families_in_care = 0;
    int children_picked_up = 0;
    std::vector<ChildcareDropOff> in_care;  // by drop-off time
};
ChildcareRoom load_childcare_room(store::Database& db, Id event_id);

}  // namespace fn::ops
