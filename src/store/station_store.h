#pragma once
// A door station's file (a SQLite database with FamilyNight's schema): its
// own tables (the outbox of door actions, and what the file is for), and
// tonight's door list copied into it from the shared database. Callers own
// the transactions.
#include <string>
#include <vector>

#include "core/door_outbox.h"
#include "core/ids.h"
#include "store/row_copy.h"

namespace soci {
class session;
}

namespace fn::store {

// The outbox and the station's facts; kept when the door list is refreshed.
void create_station_tables(soci::session& station);
void set_station_fact(soci::session& station, const std::string& key, const std::string& value);
std::string station_fact(soci::session& station, const std::string& key);  // "" when unset

// What the door needs for one event, and nothing a door login may not read:
// the event and its texts, the school's settings, every household with its
// guardians' names (no phone, e-mail, address or notes), students and search
// words, and the event's RSVPs, arrivals, childcare and door log.
using DoorList = std::vector<TableRows>;
// Whole: everything above. Tonight: the event's own rows only (RSVPs,
// arrivals, childcare, door log), which every door action changes; the
// directory (thousands of households) is copied again only when it changed.
enum class DoorListPart { Whole, Tonight };
DoorList read_door_list(soci::session& server, Id event_id, DoorListPart part = DoorListPart::Whole);
// Tonight's rows and the directory's mark read together, in one snapshot:
// on a server one statement (one round trip, every row as JSON), not one
// per table. A door station refreshes after each action it sends. With
// `households_after` (the last household id copied, or -1) also the
// directory's rows of households added since: a walk-in registered at any
// station reaches the others without the whole directory read again.
struct TonightRows {
    std::string directory_mark;
    DoorList list;
    DoorList added;  // households, guardians, students, search words
};
TonightRows read_tonight(soci::session& server, Id event_id, Id households_after = -1);
// Adds them to the station file's directory, in place of the station's own
// copy of a walk-in it sent (same code, or the id the server gave it).
void add_households(soci::session& station, const DoorList& added);
// Replaces that part of the station file's copy with `list` (the outbox stays).
void replace_door_list(soci::session& station, const DoorList& list, DoorListPart part = DoorListPart::Whole);
// Changes when households are added or removed ("count:last id"): one query.
std::string directory_mark(soci::session& sql);
// A walk-in this station made, before it is made again on a fresh copy.
void delete_household_by_code(soci::session& station, const std::string& code);
long long households_in(const DoorList& list);

long long insert_outbox_entry(soci::session& station, const OutboxEntry& entry);
// In the order typed; every entry, or those in one state.
std::vector<OutboxEntry> outbox_entries(soci::session& station);
std::vector<OutboxEntry> outbox_entries(soci::session& station, OutboxState state);
void mark_outbox_entry(soci::session& station, long long seq, OutboxState state, const Text& outcome,
                       const std::string& sent_at);

bool outbox_has_operation(soci::session& station, const std::string& operation_id);
int count_outbox(soci::session& station, OutboxState state);
// Marks every waiting entry as held back (the server could not be reached
// while it waited): sent later, it is logged as typed without the server.
void defer_waiting(soci::session& station);
// The server gave a walk-in another code: waiting entries follow it.
// A walk-in a person said is a new family: waiting to be sent again as such.
void confirm_new_family_in_outbox(soci::session& station, long long seq, const Text& outcome);
void recode_outbox(soci::session& station, const std::string& from, const std::string& to);

// One entry's changes inside a larger transaction, undone alone when it fails.
void begin_savepoint(soci::session& sql);
void rollback_to_savepoint(soci::session& sql);
void release_savepoint(soci::session& sql);

}  // namespace fn::store
