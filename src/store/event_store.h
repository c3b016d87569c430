#pragma once
// Rows of events and what hangs off them: texts, rooms, rounds, workshops.
// Callers own the transaction.
#include <map>
#include <optional>
#include <vector>

#include "core/event.h"

namespace soci {
class session;
}

namespace fn::store {

long long count_events(soci::session& sql);
Id insert_event(soci::session& sql, const Event& e);
void update_event(soci::session& sql, const Event& e);
std::optional<Event> find_event(soci::session& sql, Id id);
Event load_event(soci::session& sql, Id id);  // throws NotFoundError
// Only its status (one query, for the door's checks); throws NotFoundError.
EventStatus event_status(soci::session& sql, Id id);
std::vector<Event> list_events(soci::session& sql);  // by date, newest last

Id insert_room(soci::session& sql, const Room& r);
std::vector<Room> rooms_of(soci::session& sql, Id event_id);
// A room's names in other languages ("es" -> "Biblioteca"): replaced as a
// whole; read for every room of an event at once.
void save_room_names(soci::session& sql, Id room_id, const std::map<std::string, std::string>& names);
std::map<Id, std::map<std::string, std::string>> room_names_of(soci::session& sql, Id event_id);

Id insert_round(soci::session& sql, const Round& r);
std::vector<Round> rounds_of(soci::session& sql, Id event_id);

Id insert_workshop(soci::session& sql, const Workshop& w);
void update_workshop(soci::session& sql, const Workshop& w);  // not its presenters
int count_picks_of_workshop(soci::session& sql, Id workshop_id);
// Households whose RSVP picked the workshop, first come first.
std::vector<Id> households_who_picked(soci::session& sql, Id workshop_id);
void delete_workshop(soci::session& sql, Id workshop_id);  // picks and presenters go with it
void add_presenter(soci::session& sql, Id workshop_id, Id person_id);
std::vector<Workshop> workshops_of(soci::session& sql, Id event_id);
std::optional<Workshop> find_workshop(soci::session& sql, Id id);

}  // namespace fn::store
