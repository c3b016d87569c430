#pragma once
// A door action in one round trip to a shared PostgreSQL server: the
// check-in's reads and writes run inside the server as one function, one
// transaction, instead of a dozen statements each waiting for the network
// (a gym's Wi-Fi adds 20-50 ms to every one). The operations
// (ops/door_ops.cpp) call it on PostgreSQL and keep the same rules in C++
// for SQLite; the same tests run on both.
#include <string>
#include <vector>

#include "core/attendance.h"

namespace soci {
class session;
}

namespace fn::store {

// The CREATE FUNCTION statements (schema version 21 on PostgreSQL).
const std::vector<std::string>& door_function_definitions();

// What the server's check-in did.
enum class ServerCheckInOutcome {
    CheckedIn,      // `check_in` is the new arrival; `entry_id` its door log line
    Repeat,         // this operation id checked this family in before: `entry_id` is that line
    Reused,         // the operation id was used for another action or family: `entry_id`
    Already,        // the family was checked in before: `check_in` is that arrival
    AlsoCheckedIn,  // (asked for) the family was checked in before, by another station: kept as an
                    // "also checked in" line (`entry_id`); `check_in` is the first arrival (id 0 if taken back)
    Cancelled,      // the event was cancelled
    EventDone,      // the event is done: the full path (it keeps the turnout summary)
    NoEvent,        // no such event
    NoHousehold,    // no such household (or code)
    Nobody,         // no adult and no child
};
struct ServerCheckIn {
    ServerCheckInOutcome outcome = ServerCheckInOutcome::CheckedIn;
    CheckIn check_in;
    Id entry_id = 0;
};
struct ServerCheckInAsked {
    Id event_id = 0;
    Id household_id = 0;                    // or 0, and
    std::string family_code;                // the family's code
    int adults = -1;                        // -1: from the family's yes RSVP, else one adult
    int children = -1;                      // -1: from the RSVP, else none
    std::string station, operation_id, at;  // the time typed
    std::string detail;                     // the door log's note ("typed-offline" or "")
    bool also_when_already = false;         // a station's outbox: a second arrival is kept, not refused
};
// One statement, its own transaction.
ServerCheckIn check_in_on_server(soci::session& sql, const ServerCheckInAsked& asked);

// The other door actions' answers: an outcome word (each function's
// comment in door_functions.cpp lists them) and what goes with it.
struct ServerAnswer {
    std::string outcome;
    Id household_id = 0;
    Id id = 0;                  // the arrival or the hand-over
    int first = 0, second = 0;  // numbers: the earlier or the stored ones
    std::string text;           // a pickup code
    std::string at;
    Id entry_id = 0;  // the door log line written, or the earlier one
};
struct ServerAdjustAsked {
    Id event_id = 0;
    Id household_id = 0;  // or 0, and the family's code
    std::string family_code;
    int adults = 0, children = 0;
    std::string station, operation_id, at, detail;
};
// One statement each, its own transaction.
ServerAnswer adjust_on_server(soci::session& sql, const ServerAdjustAsked& asked);
// `code` normalized, as the tag says it.
ServerAnswer pick_up_on_server(soci::session& sql, Id event_id, const std::string& code, const std::string& station,
                               const std::string& operation_id, const std::string& at);

struct ServerDropOffAsked {
    Id event_id = 0;
    Id household_id = 0;  // or 0, and the family's code
    std::string family_code;
    int children = 0;
    std::string tag;            // the printed tag's code, normalized, or ""
    std::string offered_codes;  // else the first of these ("AB3K,7XQ2,...") no child in care has
    std::string station, operation_id, at;
};
ServerAnswer drop_off_on_server(soci::session& sql, const ServerDropOffAsked& asked);

}  // namespace fn::store
