#pragma once
// Use cases at the door: check-in, walk-ins, corrections and head counts.
#include <optional>
#include <string>

#include "core/attendance.h"
#include "core/errors.h"
#include "core/household.h"
#include "core/rules/door_match.h"
#include "ops/door_log_ops.h"

namespace soci {
class session;
}

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

// The door's search: households whose names start with the typed words (or
// the family code), each with its RSVP and arrival for this event, the
// family the volunteer most likely means first (fn::rank_door_candidates).
std::vector<DoorCandidate> door_search(Database& db, Id event_id, const std::string& text, int limit = 30);
// The family whose code was typed or scanned, read as the door's search
// reads it (one statement on a server: id, code and the names a welcome
// says); nothing when no family has that code.
std::optional<Household> door_family_by_code(Database& db, Id event_id, const std::string& typed_code);

// Checks the household in. Adults and children default (when negative) to
// the RSVP's numbers, or 1 adult without an RSVP. A household without a
// yes RSVP is flagged as a walk-in. Refuses a second check-in, saying when
// and at which station the first was made. Every action here is written to
// the door log (ops/door_log_ops.h) with `station` and `operation_id` (made
// where it was typed; "" makes one): an operation id seen before returns
// the earlier result and changes nothing, so a repeat succeeds once.
CheckIn check_in(Database& db, Id event_id, Id household_id, int adults = -1, int children = -1,
                 const std::string& station = "", const std::string& operation_id = "");
void adjust_check_in(Database& db, Id event_id, Id household_id, int adults, int children,
                     const std::string& station = "", const std::string& operation_id = "");
// Undoes the family's check-in (reverts its door log entry).
void undo_check_in(Database& db, Id event_id, Id household_id, const std::string& station = "");

struct WalkIn {
    Id household_id = 0;
    std::string family_code;
    CheckIn check_in;
};
// Whether a walk-in may be registered although the directory holds a family
// that is likely the same (fn::likely_same_family): the volunteer said "a
// new family" after seeing the matches, or not yet.
enum class WalkInRule { RefuseLikelySame, NewFamilyConfirmed };

// Refusal of a walk-in that is likely a family already in the directory:
// the matches, to offer for a check-in by code instead.
class LikelySameFamilyError : public ConflictError {
public:
    explicit LikelySameFamilyError(std::vector<Household> matches)
        : ConflictError(tr("this family may already be in the directory; check it in by its code, or confirm it is a "
                           "new family")),
          matches_(std::move(matches)) {}
    const std::vector<Household>& matches() const { return matches_; }

private:
    std::vector<Household> matches_;
};

// Creates the new household (flagged walk-in) and checks it in, in one
// transaction; the check for a likely same family is in that transaction.
WalkIn register_walk_in(Database& db, Id event_id, Household household, int adults, int children,
                        const std::string& station = "", const std::string& operation_id = "",
                        WalkInRule rule = WalkInRule::RefuseLikelySame);

// The same actions inside the caller's transaction, typed where and when
// `typed` says: a door station's outbox sends each of its entries this way
// (ops/door_station.h), and its station file applies them too.
struct Author;
CheckIn check_in_within(soci::session& sql, Id event_id, Id household_id, int adults, int children,
                        const DoorTyping& typed);
void adjust_check_in_within(soci::session& sql, Id event_id, Id household_id, int adults, int children,
                            const DoorTyping& typed);
void undo_check_in_within(soci::session& sql, Id event_id, Id household_id, const DoorTyping& typed);
// `code_drawn`: the family code was drawn, not typed, and may be drawn again
// when another station took it first.
WalkIn register_walk_in_within(soci::session& sql, const Author& who, Id event_id, Household household, bool code_drawn,
                               int adults, int children, const DoorTyping& typed, WalkInRule rule);
// When the family is checked in already (another station was first): keeps
// this arrival as an "also checked in" entry of the door log (returned) and
// changes nothing else. Nothing (and no entry) when it is not checked in.
std::optional<DoorEntry> also_checked_in_within(soci::session& sql, Id event_id, Id household_id, int adults,
                                                int children, const DoorTyping& typed);

// A check-in on a shared PostgreSQL server in one round trip (a server-side
// function: store/door_functions.h), by household id or, when it is 0, by
// `family_code`; the same rule and the same refusals as check_in_within.
// With `also_when_already` (a station's outbox being sent) a family checked
// in first elsewhere is kept as an "also checked in" entry. Nothing (the
// caller takes the transaction's path) on SQLite or for an event that is
// done, whose turnout summary the operations keep.
struct ServerArrival {
    CheckIn check_in;  // the arrival; with also_checked_in, the first one (id 0: since taken back)
    bool also_checked_in = false;
};
std::optional<ServerArrival> check_in_at_server(Database& db, Id event_id, Id household_id,
                                                const std::string& family_code, int adults, int children,
                                                const DoorTyping& typed, bool also_when_already);

// A correction of the numbers on a shared server in one round trip, by
// household id or code, with adjust_check_in_within's rule and refusals;
// false (the caller takes the transaction's path) on SQLite or for an
// event that is done.
bool adjust_at_server(Database& db, Id event_id, Id household_id, const std::string& family_code, int adults,
                      int children, const DoorTyping& typed);

// A walk-in on a shared PostgreSQL server in one round trip (one more for
// each time families the server found are judged not the same: see
// store/walk_in_function.h), with register_walk_in_within's rule and
// refusals. Nothing (the caller takes the transaction's path, which says
// what to say) on SQLite, or when the server found the operation id used
// before, the event not open, or a typed code taken.
std::optional<WalkIn> walk_in_at_server(Database& db, const Author& who, Id event_id, Household household,
                                        bool code_drawn, int adults, int children, const DoorTyping& typed,
                                        WalkInRule rule);

Id record_headcount(Database& db, Headcount h);
void record_workshop_attendance(Database& db, Id workshop_id, Id household_id);

}  // namespace fn::ops
