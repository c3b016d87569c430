#pragma once
// Rows of the door log. Callers own the transaction.
#include <optional>
#include <string>
#include <vector>

#include "core/door_log.h"

namespace soci {
class session;
}

namespace fn::store {

Id insert_door_entry(soci::session& sql, const DoorEntry& e);
std::optional<DoorEntry> find_door_entry(soci::session& sql, Id entry_id);
std::optional<DoorEntry> find_door_operation(soci::session& sql, const std::string& operation_id);
// The event's entries, oldest first.
std::vector<DoorEntry> door_entries_of_event(soci::session& sql, Id event_id);
// One household's entries at the event, oldest first.
std::vector<DoorEntry> door_entries_of(soci::session& sql, Id event_id, Id household_id);
// One household's entries at every event, oldest first.
std::vector<DoorEntry> door_entries_of_household(soci::session& sql, Id household_id);
void mark_reverted(soci::session& sql, Id entry_id, Id revert_entry_id);

}  // namespace fn::store
