#pragma once
// Correcting an event's plan: change or remove rooms and rounds. Removing
// something others depend on says what depends on it and offers the safe
// choice instead of losing anything.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/event.h"
#include "ops/seat_loss.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

Room load_room(Database& db, Id room_id);     // throws NotFoundError
Round load_round(Database& db, Id round_id);  // throws NotFoundError

// Name (unique in the event) and seats.
// `names` given: the room's names in other languages are replaced with them, in the same transaction.
// Fewer seats than its workshops' families hold: refused with their names
// (SeatsWouldMoveError) unless `change` moves them; the families to tell.
std::vector<SeatMoved> update_room(Database& db, Room r,
                                   const std::optional<std::map<std::string, std::string>>& names = std::nullopt,
                                   SeatChange change = SeatChange::KeepEveryoneSeated);
// What the room is called in other languages ("es" -> "Biblioteca"), for
// the families reading flyers in them; replaced as a whole.
std::map<std::string, std::string> room_names(Database& db, Id room_id);
void set_room_names(Database& db, Id room_id, const std::map<std::string, std::string>& names);
// The titles of the workshops in the room (what removing it would affect).
std::vector<std::string> workshops_in_room(Database& db, Id room_id);
// Refused while workshops are in the room (named in the message), unless
// `unassign_workshops`: they then stay on the timetable under "no room yet".
// Returns the titles of the workshops left without a room.
std::vector<std::string> remove_room(Database& db, Id room_id, bool unassign_workshops = false);

// Number (unique in the event) and times (inside the event's hours).
void update_round(Database& db, Round r);
// Refused while the round has workshops: families picked them for it.
void remove_round(Database& db, Id round_id);

}  // namespace fn::ops
