#pragma once
// Double bookings: a presenter or a room in two workshops of one round, or a
// volunteer in two shifts that overlap.
#include <string>
#include <vector>

#include "core/event.h"

namespace fn {

enum class ClashKind { Presenter, Room, Volunteer };

struct Clash {
    ClashKind kind;
    Id first = 0;    // workshop or shift id
    Id second = 0;   // the other workshop or shift
    Id subject = 0;  // the presenter, room or volunteer booked twice
};

std::vector<Clash> find_workshop_clashes(const std::vector<Workshop>& workshops);

struct ShiftBooking {
    Id person_id = 0;
    Id shift_id = 0;
    std::string date;  // the event's date
    std::string start_time;
    std::string end_time;
};

// Shifts touching end to start (18:00-19:00 and 19:00-20:00) do not clash.
std::vector<Clash> find_shift_clashes(const std::vector<ShiftBooking>& bookings);

}  // namespace fn
