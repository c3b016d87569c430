#pragma once
// A realistic, multilingual demo school so a new user (and the tests and
// benchmarks) see a populated FamilyNight: households from a roster,
// family nights with rounds, rooms, workshops, volunteers and RSVPs, and
// one past event with check-ins so the learned walk-in buffer shows.
#include <string>

#include "core/ids.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

struct DemoOptions {
    int households = 300;
    int upcoming_events = 2;
    int rsvps_per_event = 0;  // 0: about 45 % of households answer
    unsigned seed = 2026;
    std::string today;  // YYYY-MM-DD; events are planned after it
};

struct DemoSummary {
    int households = 0;
    int students = 0;
    int events = 0;
    int rsvps = 0;
    int check_ins = 0;
};

// Refuses a database that already has households or events.
DemoSummary create_demo_school(store::Database& db, const DemoOptions& options);

}  // namespace fn::ops
