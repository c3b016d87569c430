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

}  // namespace fn::ops
