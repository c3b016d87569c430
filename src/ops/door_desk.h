#pragma once
// What a check-in table works on: the database itself (a SQLite file, or a
// shared database reached directly), or a door station's file and outbox
// (ops/door_station.h) that never waits for the network. The app's door
// screen, forms and log call these; the rules are the same either way.
#include <functional>
#include <string>

#include "core/childcare_dropoff.h"
#include "core/door_outbox.h"
#include "ops/door_ops.h"

namespace fn::ops {

class DoorStation;

class DoorDesk {
public:
    DoorDesk(Database& db, Id event_id, std::string station);
    explicit DoorDesk(DoorStation& station);

    // Where the door's search, counts, childcare room and log are read.
    Database& reads();
    Id event_id() const { return event_id_; }
    const std::string& station() const { return station_; }
    // Working from a station file (actions wait in its outbox when the
    // server cannot be reached).
    DoorStation* door_station() const { return kept_; }

    CheckIn check_in(Id household_id, int adults, int children, const std::string& operation_id);
    void adjust(Id household_id, int adults, int children, const std::string& operation_id);
    void undo(Id household_id, const std::string& operation_id = "");
    WalkIn walk_in(Household household, int adults, int children, WalkInRule rule, const std::string& operation_id);
    ChildcareDropOff drop_off(Id household_id, int children, const std::string& typed_code);
    ChildcareDropOff pick_up(const std::string& typed_code);
    DoorEntry revert(Id entry_id);
    // Settles entry `seq` of the station's "needs a person" list
    // (ops::decide_needs_person); nothing off a station.
    void decide(long long seq, PersonsDecision decision);

    // Told after every action that changed something (the app wakes the
    // station's sender at once instead of at its next probe).
    std::function<void()> acted;

private:
    void done() const {
        if (acted) acted();
    }
    Database* db_ = nullptr;
    DoorStation* kept_ = nullptr;
    Id event_id_ = 0;
    std::string station_;
};

}  // namespace fn::ops
