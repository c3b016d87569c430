#pragma once
// The door's refusals, in one place: each door action is applied two ways
// (a transaction of C++ rules on SQLite, a server-side function on a shared
// server: ops/door_ops.cpp, ops/childcare_ops.cpp), and both must say the
// same thing in the same words.
#include <string>

#include "core/attendance.h"
#include "core/errors.h"

namespace fn::ops {

ConflictError event_cancelled(const std::string& title);
NotFoundError no_event(Id event_id);
// By id, or (id 0) by the code a station sent.
NotFoundError unknown_family(Id household_id, const std::string& code);
ConflictError already_checked_in(const CheckIn& existing);
ValidationError nobody_present();
NotFoundError not_checked_in();
OperationReusedError correction_reused(const std::string& operation_id, int adults, int children);
ConflictError fewer_than_in_care(int children_in_care, const std::string& pickup_code);
ValidationError children_to_care_out_of_range();
ConflictError no_childcare(const std::string& title);
ConflictError check_in_before_childcare();
ConflictError more_children_than_came(int children_checked_in);
ConflictError already_in_care(const std::string& pickup_code);
ConflictError tag_taken(const std::string& pickup_code);
OperationReusedError pickup_reused(const std::string& operation_id, const std::string& pickup_code);
NotFoundError nobody_in_care_with(const std::string& pickup_code);

}  // namespace fn::ops
