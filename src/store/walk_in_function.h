#pragma once
// A walk-in on a shared PostgreSQL server in one round trip: the look for a
// family already in the directory, the new household with its guardians,
// students, search words and history, its arrival and its door log line,
// inside the server as one function (store/door_functions.h says why).
// Whether a family found is likely the same stays the C++ rule
// (fn::likely_same_family): the server answers with the families that might
// be (every word of a typed name among theirs, or a typed phone), and the
// operations judge them and ask again with those set aside.
#include <string>
#include <vector>

#include "core/audit.h"
#include "core/household.h"

namespace soci {
class session;
}

namespace fn::store {

// The CREATE FUNCTION statements (schema versions 21 and 22 on PostgreSQL).
const std::vector<std::string>& walk_in_function_definitions();

struct ServerWalkInAsked {
    Id event_id = 0;
    Household household;            // validated, flagged walk-in, its code set
    std::vector<AuditEntry> audit;  // its history lines; the server fills in the household id
    // Each typed guardian's and student's name as its distinct folded words,
    // space-separated; the digits (7 or more) of each typed phone, given
    // only by a login that may read phone numbers.
    std::vector<std::string> names, phones;
    std::vector<Id> set_aside;          // families judged not the same
    bool new_family_confirmed = false;  // register without looking
    int adults = 1, children = 0;
    std::string station, operation_id, at, detail;  // the door log line's
};

struct ServerWalkIn {
    // "registered"; "maybe-same": `maybe_same` to judge; "sent-before": the
    // operation id is in the door log; "not-open": the event is done,
    // cancelled or missing; "code-taken".
    std::string outcome;
    Id household_id = 0, check_in_id = 0, entry_id = 0;
    // Id, code, guardians' names, students' names; `by_phone`: those with a
    // typed phone number (the same family, by the rule).
    std::vector<Household> maybe_same;
    std::vector<Id> by_phone;
};

// One statement, its own transaction; walk-ins on every station take turns
// inside it, so two stations typing one family make one household.
ServerWalkIn walk_in_on_server(soci::session& sql, const ServerWalkInAsked& asked);

}  // namespace fn::store
