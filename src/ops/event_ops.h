#pragma once
// Use cases for planning an event: the event itself, rooms, rounds,
// workshops and who presents them. Each call is one transaction.
#include <map>
#include <string>
#include <vector>

#include "core/event.h"
#include "core/rules/clashes.h"
#include "core/rules/event_day.h"
#include "ops/seat_loss.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

// A date that has passed (ops::today) is refused with PastEventDateError
// unless `day` says the event is recorded after it was held.
Id create_event(Database& db, Event e, EventDay day = EventDay::Planned);
// Changes what, when and where (not the status); an event that is done or
// cancelled can no longer be changed. A new date is judged as create_event's.
void update_event(Database& db, Event e, EventDay day = EventDay::Planned);
void set_event_status(Database& db, Id event_id, EventStatus status);
// Copies rooms, rounds, workshops (with presenters) and volunteer roles and
// shifts to a new draft event on `new_date` (not a day that has passed); RSVPs
// and attendance stay behind.
Id copy_event(Database& db, Id from_event_id, const std::string& new_date);

// `names`: what the room is called in other languages ("es" -> "Biblioteca"), saved with it.
Id add_room(Database& db, Room r, const std::map<std::string, std::string>& names = {});
Id add_round(Database& db, Round r);
// Refuses a room or presenter already booked in the same round.
Id add_workshop(Database& db, Workshop w);
// Changes a workshop's texts, subject, grades, seats, materials, language,
// round or room, and adds any new presenters (none is dropped), with the same
// checks as adding one. A workshop families already picked keeps its round.
// Fewer seats (or a smaller room) than its families hold: refused with their
// names (SeatsWouldMoveError) unless `change` moves them; the families to tell.
std::vector<SeatMoved> update_workshop(Database& db, Workshop w, SeatChange change = SeatChange::KeepEveryoneSeated);
// Takes a workshop off the timetable (a presenter fell ill). Families who
// picked it lose that pick; they are returned, first come first, so the
// coordinator can tell them.
struct RemovedWorkshop {
    std::string title;
    std::vector<Id> households_to_tell;
};
RemovedWorkshop remove_workshop(Database& db, Id workshop_id);
// A teacher signs up to run (or co-run) a workshop; refuses a double booking.
void sign_up_presenter(Database& db, Id workshop_id, Id person_id);

// Everything planned for one event, loaded in one read.
struct EventPlan {
    Event event;
    std::vector<Room> rooms;
    std::vector<Round> rounds;
    std::vector<Workshop> workshops;
    std::vector<Clash> clashes;
};
EventPlan load_event_plan(Database& db, Id event_id);
std::vector<Event> list_events(Database& db);  // by date
// What a coordinator looks at first: upcoming events soonest first, then
// past ones most recent first (`today` is YYYY-MM-DD).
std::vector<Event> list_events_upcoming_first(Database& db, const std::string& today);

}  // namespace fn::ops
