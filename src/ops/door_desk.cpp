#include "ops/door_desk.h"

#include "ops/childcare_ops.h"
#include "ops/door_log_ops.h"
#include "ops/door_station.h"

namespace fn::ops {

DoorDesk::DoorDesk(Database& db, Id event_id, std::string station)
    : db_(&db), event_id_(event_id), station_(std::move(station)) {}

DoorDesk::DoorDesk(DoorStation& station)
    : db_(&station.file()), kept_(&station), event_id_(station.event_id()), station_(station.station()) {}

Database& DoorDesk::reads() { return *db_; }

CheckIn DoorDesk::check_in(Id household_id, int adults, int children, const std::string& operation_id) {
    CheckIn c = kept_ ? kept_->check_in(household_id, adults, children, operation_id)
                      : ops::check_in(*db_, event_id_, household_id, adults, children, station_, operation_id);
    done();
    return c;
}

void DoorDesk::adjust(Id household_id, int adults, int children, const std::string& operation_id) {
    if (kept_)
        kept_->adjust(household_id, adults, children, operation_id);
    else
        adjust_check_in(*db_, event_id_, household_id, adults, children, station_, operation_id);
    done();
}

void DoorDesk::undo(Id household_id, const std::string& operation_id) {
    // Off a station an undo is found again by the check-in it reverts, not by an id.
    if (kept_)
        kept_->undo(household_id, operation_id);
    else
        undo_check_in(*db_, event_id_, household_id, station_);
    done();
}

WalkIn DoorDesk::walk_in(Household household, int adults, int children, WalkInRule rule,
                         const std::string& operation_id) {
    WalkIn w =
        kept_ ? kept_->walk_in(std::move(household), adults, children, rule, operation_id)
              : register_walk_in(*db_, event_id_, std::move(household), adults, children, station_, operation_id, rule);
    done();
    return w;
}

ChildcareDropOff DoorDesk::drop_off(Id household_id, int children, const std::string& typed_code) {
    ChildcareDropOff d = kept_ ? kept_->drop_off(household_id, children, typed_code)
                               : drop_off_children(*db_, event_id_, household_id, children, typed_code, station_);
    done();
    return d;
}

ChildcareDropOff DoorDesk::pick_up(const std::string& typed_code) {
    ChildcareDropOff d = kept_ ? kept_->pick_up(typed_code) : pick_up_children(*db_, event_id_, typed_code, station_);
    done();
    return d;
}

DoorEntry DoorDesk::revert(Id entry_id) {
    DoorEntry e = kept_ ? kept_->revert(entry_id) : revert_door_entry(*db_, event_id_, entry_id, station_);
    done();
    return e;
}

void DoorDesk::decide(long long seq, PersonsDecision decision) {
    if (!kept_) return;
    decide_needs_person(*kept_, seq, decision);
    done();  // a new family is sent at once
}

}  // namespace fn::ops
