#pragma once
// Loads the planning documents: volunteer schedule, room signs, presenter rosters.
#include "core/ids.h"
#include "core/sheets.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

VolunteerSchedule load_volunteer_schedule(store::Database& db, Id event_id);
RoomSigns load_room_signs(store::Database& db, Id event_id);
PresenterRosters load_presenter_rosters(store::Database& db, Id event_id);
AttendanceReport load_attendance_report(store::Database& db, Id event_id);

// A badge per adult who said yes (their given names large, the family name
// below; an adult not named in the directory gets a line to write on), then
// `blank_badges` blank ones for walk-ins; or a badge per volunteer and
// presenter with what they do tonight.
std::vector<NameTag> load_family_name_tags(store::Database& db, Id event_id, int blank_badges = 0);
std::vector<NameTag> load_volunteer_name_tags(store::Database& db, Id event_id);
// A pair per child the yes RSVPs put in childcare, then `blank_pairs`
// pairs for walk-ins; codes are unique within the print run.
std::vector<PickupPair> load_pickup_pairs(store::Database& db, Id event_id, int blank_pairs);

}  // namespace fn::ops
