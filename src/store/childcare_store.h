#pragma once
// Rows of childcare drop-offs. Callers own the transaction.
#include <optional>
#include <vector>

#include "core/childcare_dropoff.h"

namespace soci {
class session;
}

namespace fn::store {

Id insert_dropoff(soci::session& sql, const ChildcareDropOff& d);
// The drop-off still in care at this event with this code.
std::optional<ChildcareDropOff> find_open_dropoff(soci::session& sql, Id event_id, const std::string& code);
std::optional<ChildcareDropOff> find_open_dropoff_of(soci::session& sql, Id event_id, Id household_id);
void mark_picked_up(soci::session& sql, Id dropoff_id, const std::string& at);
std::optional<ChildcareDropOff> find_dropoff(soci::session& sql, Id dropoff_id);
// A pickup reverted: the children are in care again.
void reopen_dropoff(soci::session& sql, Id dropoff_id);
// A drop-off reverted (made by mistake).
void delete_dropoff(soci::session& sql, Id dropoff_id);
std::vector<ChildcareDropOff> dropoffs_of_event(soci::session& sql, Id event_id);  // by drop-off time

}  // namespace fn::store
