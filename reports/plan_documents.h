#pragma once
#include <string>

#include "core/sheets.h"
#include "reports/paper.h"
#include "reports/unprinted.h"

namespace fn::reports {

// Shifts by time with who covers them and their contacts (for the
// coordinator's clipboard; not for posting).
UnprintedTexts write_volunteer_schedule(const VolunteerSchedule& schedule, PaperSize paper, const std::string& path);
// One big sign per room: the workshop and presenter of each round.
UnprintedTexts write_room_signs(const RoomSigns& signs, PaperSize paper, const std::string& path);
// One roster per workshop: the households seated, then the waitlist.
UnprintedTexts write_presenter_rosters(const PresenterRosters& rosters, PaperSize paper, const std::string& path);

}  // namespace fn::reports
