#pragma once
// RSVP versus who actually came: the after-event figures, and the input from
// which the dinner rule learns the walk-in rate.
#include <vector>

#include "core/attendance.h"
#include "core/rsvp.h"

namespace fn {

struct Turnout {
    int rsvp_households = 0;  // said yes
    int expected_adults = 0;
    int expected_children = 0;
    int attended_households = 0;  // said yes and checked in
    int no_show_households = 0;   // said yes, never checked in
    int walk_in_households = 0;   // checked in without a yes
    int actual_adults = 0;
    int actual_children = 0;
    int no_show_people = 0;  // people on the yes RSVPs of no-show households
    int walk_in_people = 0;

    int expected_people() const { return expected_adults + expected_children; }
    int actual_people() const { return actual_adults + actual_children; }
};

Turnout compute_turnout(const std::vector<Rsvp>& rsvps, const std::vector<CheckIn>& checkins);

}  // namespace fn
