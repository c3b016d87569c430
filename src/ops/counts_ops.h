#pragma once
// The live numbers of one event: RSVPs, dinner, childcare, workshop fill,
// volunteers, clashes and (once doors open) turnout.
#include <map>
#include <string>
#include <vector>

#include "core/event.h"
#include "core/rules/childcare.h"
#include "core/rules/clashes.h"
#include "core/rules/dinner.h"
#include "core/rules/turnout.h"
#include "ops/volunteer_ops.h"

namespace fn::ops {

struct RsvpTally {
    int yes = 0, no = 0, maybe = 0, cancelled = 0;  // households
    int adults = 0, children = 0;                   // on yes RSVPs
    std::map<std::string, int> interpreters;        // language -> households asking
};

struct WorkshopFill {
    Id workshop_id = 0;
    Id round_id = 0;
    std::string title;
    int capacity = 0;  // 0: no limit
    int seats_taken = 0;
    int households_seated = 0;
    int households_waiting = 0;
};

struct EventCounts {
    Event event;
    RsvpTally rsvps;
    DinnerCount dinner;
    ChildcareCount childcare;
    std::vector<Round> rounds;  // by number: workshop fill is shown per round
    std::vector<WorkshopFill> workshops;
    VolunteerBoard volunteers;
    std::vector<Clash> clashes;
    Turnout turnout;
    int headcount_total = 0;  // rally head counts without names
};

EventCounts compute_counts(Database& db, Id event_id);

}  // namespace fn::ops
