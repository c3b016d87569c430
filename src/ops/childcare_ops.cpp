#include "ops/childcare_ops.h"

#include <soci/soci.h>

#include "core/errors.h"
#include "core/family_code.h"
#include "ops/clock.h"
#include "ops/door_log_ops.h"
#include "ops/door_refusals.h"
#include "store/attendance_store.h"
#include "store/childcare_store.h"
#include "store/database.h"
#include "store/door_functions.h"
#include "store/door_log_store.h"
#include "store/event_store.h"

namespace fn::ops {
namespace {

std::string normalize_pickup_code(const std::string& typed) {
    std::string code = normalize_family_code(typed);
    bool valid = code.size() == kPickupCodeLength;
    for (char c : code) valid = valid && kFamilyCodeAlphabet.find(c) != std::string_view::npos;
    if (!valid)
        throw ValidationError(tr("pickup code"),
                              tr("{0} is not a pickup code (4 letters or digits from the tag)", {quoted(typed)}));
    return code;
}

void log_childcare(soci::session& sql, DoorAction action, const ChildcareDropOff& d, const DoorTyping& typed,
                   const std::string& at) {
    DoorEntry e = door_entry(action, d.event_id, d.household_id, typed);
    e.at = at;  // the drop-off's or pickup's own time
    e.children = d.children;
    e.target_id = d.id;
    e.detail = d.pickup_code;
    store::insert_door_entry(sql, e);
}

// The hand-over an earlier arrival of this operation made (a repeat).
ChildcareDropOff repeated_hand_over(soci::session& sql, const DoorEntry& done) {
    auto d = store::find_dropoff(sql, done.target_id);
    if (d) return *d;
    ChildcareDropOff gone;  // since reverted: report what it did
    gone.event_id = done.event_id;
    gone.household_id = done.household_id;
    gone.children = done.children;
    gone.pickup_code = done.detail;
    return gone;
}

// The hand-over a shared server's door function made (its answer's fields).
ChildcareDropOff hand_over_from(const store::ServerAnswer& done, Id event_id) {
    ChildcareDropOff d;
    d.id = done.id;
    d.event_id = event_id;
    d.household_id = done.household_id;
    d.children = done.first;
    d.pickup_code = done.text;
    d.dropped_at = done.at;
    return d;
}

}  // namespace

ChildcareDropOff drop_off_children(store::Database& db, Id event_id, Id household_id, int children,
                                   const std::string& typed_code, const std::string& station,
                                   const std::string& operation_id) {
    const DoorTyping typed{station, operation_id};
    if (auto d = drop_off_at_server(db, event_id, household_id, "", children, typed_code, typed)) return *d;
    ChildcareDropOff d;
    db.transaction([&](soci::session& sql) {
        d = drop_off_children_within(sql, event_id, household_id, children, typed_code, typed);
    });
    return d;
}

ChildcareDropOff drop_off_children_within(soci::session& sql, Id event_id, Id household_id, int children,
                                          const std::string& typed_code, const DoorTyping& typed) {
    if (children < 1 || children > 20) throw children_to_care_out_of_range();
    if (auto done = earlier_arrival(sql, typed.operation_id, DoorAction::DropOff, event_id, household_id))
        return repeated_hand_over(sql, *done);
    ChildcareDropOff d;
    d.event_id = event_id;
    d.household_id = household_id;
    d.children = children;
    d.dropped_at = typed.at.empty() ? now_timestamp() : typed.at;
    if (!typed_code.empty()) d.pickup_code = normalize_pickup_code(typed_code);
    Event e = store::load_event(sql, event_id);
    if (!e.childcare) throw no_childcare(e.title());
    auto checked_in = store::find_checkin(sql, event_id, household_id);
    if (!checked_in) throw check_in_before_childcare();
    // The head counts must add up: childcare cannot hold more children than came.
    if (children > checked_in->children) throw more_children_than_came(checked_in->children);
    if (auto open = store::find_open_dropoff_of(sql, event_id, household_id)) throw already_in_care(open->pickup_code);
    if (d.pickup_code.empty()) {
        FamilyCodeGenerator codes;
        d.pickup_code =
            codes
                .next([&](const std::string& c) {
                    return store::find_open_dropoff(sql, event_id, c.substr(0, kPickupCodeLength)).has_value();
                })
                .substr(0, kPickupCodeLength);
    } else if (store::find_open_dropoff(sql, event_id, d.pickup_code)) {
        throw tag_taken(d.pickup_code);
    }
    d.id = store::insert_dropoff(sql, d);
    log_childcare(sql, DoorAction::DropOff, d, typed, d.dropped_at);
    return d;
}

std::optional<ChildcareDropOff> drop_off_at_server(store::Database& db, Id event_id, Id household_id,
                                                   const std::string& family_code, int children,
                                                   const std::string& typed_code, const DoorTyping& typed) {
    if (db.backend() != store::ConnectionTarget::Backend::Postgresql) return std::nullopt;
    if (children < 1 || children > 20) throw children_to_care_out_of_range();
    store::ServerDropOffAsked asked;
    asked.event_id = event_id;
    asked.household_id = household_id;
    asked.family_code = family_code;
    asked.children = children;
    if (!typed_code.empty()) asked.tag = normalize_pickup_code(typed_code);
    FamilyCodeGenerator codes;  // a few to choose from: the server takes the first free one
    for (int i = 0; i < 8; ++i)
        asked.offered_codes +=
            (i ? "," : "") + codes.next([](const std::string&) { return false; }).substr(0, kPickupCodeLength);
    const DoorEntry line = door_entry(DoorAction::DropOff, event_id, household_id, typed);
    asked.station = line.station;
    asked.operation_id = line.operation_id;
    asked.at = line.at;
    store::ServerAnswer done;
    db.one_statement([&](soci::session& sql) { done = store::drop_off_on_server(sql, asked); });
    const std::string& said = done.outcome;
    if (said == "dropped-off") return hand_over_from(done, event_id);
    if (said == "no-free-code") return std::nullopt;  // the transaction's way draws until one is free
    if (said == "repeat") return repeated_hand_over(db.sql(), entry_of_repeat(db.sql(), done.entry_id));
    if (said == "reused-other")
        refuse_reused_operation(db.sql(), asked.operation_id, DoorAction::DropOff, event_id, done.household_id);
    if (said == "no-childcare") throw no_childcare(store::load_event(db.sql(), event_id).title());
    if (said == "no-event") throw no_event(event_id);
    if (said == "not-checked-in") throw check_in_before_childcare();
    if (said == "too-many") throw more_children_than_came(done.first);
    if (said == "already-in-care") throw already_in_care(done.text);
    if (said == "code-taken") throw tag_taken(done.text);
    throw unknown_family(household_id, family_code);
}

std::optional<ChildcareDropOff> pick_up_at_server(store::Database& db, Id event_id, const std::string& typed_code,
                                                  const DoorTyping& typed) {
    if (db.backend() != store::ConnectionTarget::Backend::Postgresql) return std::nullopt;
    const std::string code = normalize_pickup_code(typed_code);
    const DoorEntry line = door_entry(DoorAction::PickUp, event_id, 0, typed);
    const std::string& operation_id = line.operation_id;
    const std::string& at = line.at;
    store::ServerAnswer done;
    db.one_statement([&](soci::session& sql) {
        done = store::pick_up_on_server(sql, event_id, code, typed.station, operation_id, at);
    });
    if (done.outcome == "picked-up") {
        ChildcareDropOff d = hand_over_from(done, event_id);
        d.picked_up_at = at;
        return d;
    }
    if (done.outcome == "repeat") return repeated_hand_over(db.sql(), entry_of_repeat(db.sql(), done.entry_id));
    if (done.outcome == "reused-code") throw pickup_reused(operation_id, done.text);
    if (done.outcome == "reused-other")
        refuse_reused_operation(db.sql(), operation_id, DoorAction::PickUp, event_id, 0);
    throw nobody_in_care_with(code);
}

ChildcareDropOff pick_up_children(store::Database& db, Id event_id, const std::string& typed_code,
                                  const std::string& station, const std::string& operation_id) {
    const DoorTyping typed{station, operation_id};
    if (auto d = pick_up_at_server(db, event_id, typed_code, typed)) return *d;
    ChildcareDropOff d;
    db.transaction([&](soci::session& sql) { d = pick_up_children_within(sql, event_id, typed_code, typed); });
    return d;
}

ChildcareDropOff pick_up_children_within(soci::session& sql, Id event_id, const std::string& typed_code,
                                         const DoorTyping& typed) {
    std::string code = normalize_pickup_code(typed_code);
    if (auto done = earlier_arrival(sql, typed.operation_id, DoorAction::PickUp, event_id, 0)) {
        if (done->detail != code) throw pickup_reused(typed.operation_id, done->detail);
        return repeated_hand_over(sql, *done);
    }
    auto open = store::find_open_dropoff(sql, event_id, code);
    if (!open) throw nobody_in_care_with(code);
    ChildcareDropOff d = *open;
    d.picked_up_at = typed.at.empty() ? now_timestamp() : typed.at;
    store::mark_picked_up(sql, d.id, d.picked_up_at);
    log_childcare(sql, DoorAction::PickUp, d, typed, d.picked_up_at);
    return d;
}

ChildcareRoom load_childcare_room(store::Database& db, Id event_id) {
    ChildcareRoom room;
    for (auto& d : store::dropoffs_of_event(db.sql(), event_id)) {
        if (d.in_care()) {
            room.children_in_care += d.children;
            room.families_in_care += 1;
            room.in_care.push_back(std::move(d));
        } else {
            room.children_picked_up += d.children;
        }
    }
    return room;
}

}  // namespace fn::ops
