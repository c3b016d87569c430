#include "ops/door_log_ops.h"

#include <soci/soci.h>
#include <unistd.h>

#include <climits>
#include <map>
#include <random>

#include "core/errors.h"
#include "ops/clock.h"
#include "ops/turnout_upkeep.h"
#include "store/attendance_store.h"
#include "store/childcare_store.h"
#include "store/database.h"
#include "store/door_log_store.h"
#include "store/household_store.h"
#include "store/rsvp_store.h"

namespace fn::ops {
namespace {

std::string hhmm(const std::string& at) { return at.size() >= 16 ? at.substr(11, 5) : at; }

Text when_where(const DoorEntry& e) {
    return e.station.empty() ? Text(hhmm(e.at)) : tr("{0} at {1}", {hhmm(e.at), e.station});
}

void revert_check_in(soci::session& sql, const DoorEntry& e) {
    auto c = store::find_checkin(sql, e.event_id, e.household_id);
    if (!c || c->id != e.target_id) throw ConflictError(tr("that check-in is no longer there; nothing to revert"));
    if (auto care = store::find_open_dropoff_of(sql, e.event_id, e.household_id))
        throw ConflictError(
            tr("this family's children are in childcare (code {0}); pick them up before undoing the "
               "check-in",
               {care->pickup_code}));
    store::delete_checkin(sql, c->id);
}

void revert_adjustment(soci::session& sql, const DoorEntry& e) {
    auto c = store::find_checkin(sql, e.event_id, e.household_id);
    if (!c || c->id != e.target_id)
        throw ConflictError(tr("the check-in this corrected was undone; nothing to revert"));
    for (const auto& later : store::door_entries_of(sql, e.event_id, e.household_id))
        if (later.id > e.id && later.action == DoorAction::Adjust && later.target_id == e.target_id &&
            !later.reverted())
            throw ConflictError(
                tr("a later correction ({0}) changed these numbers again; revert that one first", {when_where(later)}));
    if (auto care = store::find_open_dropoff_of(sql, e.event_id, e.household_id);
        care && care->children > e.before_children)
        throw ConflictError(tr("{0} of this family's children are in childcare; the check-in cannot go back to {1}",
                               {care->children, e.before_children}));
    store::update_checkin_counts(sql, c->id, e.before_adults, e.before_children);
}

void revert_drop_off(soci::session& sql, const DoorEntry& e) {
    auto d = store::find_dropoff(sql, e.target_id);
    if (!d) throw ConflictError(tr("that drop-off is no longer there; nothing to revert"));
    if (!d->in_care())
        throw ConflictError(tr("the children were picked up at {0}; revert the pickup first", {hhmm(d->picked_up_at)}));
    store::delete_dropoff(sql, d->id);
}

void revert_pick_up(soci::session& sql, const DoorEntry& e) {
    auto d = store::find_dropoff(sql, e.target_id);
    if (!d) throw ConflictError(tr("that drop-off is no longer there; nothing to revert"));
    if (d->in_care()) throw ConflictError(tr("those children are in care already"));
    if (store::find_open_dropoff(sql, e.event_id, d->pickup_code))
        throw ConflictError(tr("the code {0} is on other children now; drop these children off again with a new tag",
                               {d->pickup_code}));
    if (store::find_open_dropoff_of(sql, e.event_id, e.household_id))
        throw ConflictError(tr("this family has children in care under another code"));
    store::reopen_dropoff(sql, d->id);
}

// Takes back a revert: what the reverted entry did holds again. A check-in
// comes back under its own id with the numbers it last had; a correction
// sets its numbers again. Taking back a revert of a revert reverts again.
void restore(soci::session& sql, const DoorEntry& e);

void undo_effect(soci::session& sql, const DoorEntry& e) {
    switch (e.action) {
        case DoorAction::CheckIn:
        case DoorAction::WalkIn:
            revert_check_in(sql, e);
            break;
        case DoorAction::Adjust:
            revert_adjustment(sql, e);
            break;
        case DoorAction::DropOff:
            revert_drop_off(sql, e);
            break;
        case DoorAction::PickUp:
            revert_pick_up(sql, e);
            break;
        // A record that another station came second: taking it back only
        // marks it (the first arrival's check-in is that entry's to revert).
        case DoorAction::AlsoCheckedIn:
            break;
        case DoorAction::Revert: {
            auto original = store::find_door_entry(sql, e.target_id);
            if (!original) throw NotFoundError(tr("the entry this revert took back is no longer in the log"));
            restore(sql, *original);
            break;
        }
    }
}

void restore(soci::session& sql, const DoorEntry& e) {
    switch (e.action) {
        case DoorAction::CheckIn:
        case DoorAction::WalkIn: {
            if (auto now = store::find_checkin(sql, e.event_id, e.household_id))
                throw ConflictError(
                    tr("this family was checked in again at {0}; nothing to take back", {hhmm(now->checked_in_at)}));
            CheckIn c;
            c.id = e.target_id;
            c.event_id = e.event_id;
            c.household_id = e.household_id;
            c.adults = e.adults;
            c.children = e.children;
            // The numbers it last had: the latest correction still standing.
            for (const auto& later : store::door_entries_of(sql, e.event_id, e.household_id))
                if (later.action == DoorAction::Adjust && later.target_id == e.target_id && !later.reverted()) {
                    c.adults = later.adults;
                    c.children = later.children;
                }
            auto rsvp = store::find_rsvp(sql, e.event_id, e.household_id);
            c.walk_in = e.action == DoorAction::WalkIn || !rsvp || rsvp->status != RsvpStatus::Yes;
            c.station = e.station;
            c.checked_in_at = e.at;
            store::restore_checkin(sql, c);
            break;
        }
        case DoorAction::Adjust: {
            auto c = store::find_checkin(sql, e.event_id, e.household_id);
            if (!c || c->id != e.target_id) throw ConflictError(tr("the check-in this corrected is no longer there"));
            store::update_checkin_counts(sql, c->id, e.adults, e.children);
            break;
        }
        case DoorAction::DropOff:
        case DoorAction::PickUp:
            throw ConflictError(tr("a childcare hand-over cannot be taken back from the log; do it again at the door"));
        case DoorAction::AlsoCheckedIn:
            break;
        case DoorAction::Revert: {
            // Taking back "take back X" is taking X back again.
            auto original = store::find_door_entry(sql, e.target_id);
            if (!original) throw NotFoundError(tr("the entry this revert took back is no longer in the log"));
            undo_effect(sql, *original);
            store::mark_reverted(sql, original->id, e.id);
            break;
        }
    }
    store::mark_reverted(sql, e.id, 0);  // what it did holds again
}

}  // namespace

std::string new_operation_id() {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    static const char* hex = "0123456789abcdef";
    std::string id;
    for (std::uint64_t v = rng(); id.size() < 16; v >>= 4) id.push_back(hex[v & 15]);
    return id;
}

std::optional<DoorEntry> earlier_arrival(soci::session& sql, const std::string& operation_id, DoorAction action,
                                         Id event_id, Id household_id) {
    if (operation_id.empty()) return std::nullopt;
    auto done = store::find_door_operation(sql, operation_id);
    if (!done) return std::nullopt;
    if (done->action != action || done->event_id != event_id || (household_id && done->household_id != household_id))
        throw OperationReusedError(
            tr("the operation id {0} was already used at {1} for another action ({2}); nothing "
               "was done: send this action with a new id",
               {operation_id, when_where(*done), describe(*done)}));
    return done;
}

DoorEntry entry_of_repeat(soci::session& sql, Id entry_id) {
    auto earlier = store::find_door_entry(sql, entry_id);
    if (!earlier) throw NotFoundError(tr("the door log entry of this operation is gone"));
    return *earlier;
}

void refuse_reused_operation(soci::session& sql, const std::string& operation_id, DoorAction action, Id event_id,
                             Id household_id) {
    earlier_arrival(sql, operation_id, action, event_id, household_id);  // throws, naming what the id did
    throw OperationReusedError(
        tr("the operation id {0} was already used for another action; nothing was done", {operation_id}));
}

DoorEntry door_entry(DoorAction action, Id event_id, Id household_id, const std::string& station,
                     const std::string& operation_id) {
    return door_entry(action, event_id, household_id, DoorTyping{station, operation_id});
}

DoorEntry door_entry(DoorAction action, Id event_id, Id household_id, const DoorTyping& typed) {
    DoorEntry e;
    e.action = action;
    e.event_id = event_id;
    e.household_id = household_id;
    e.station = typed.station;
    e.operation_id = typed.operation_id.empty() ? new_operation_id() : typed.operation_id;
    e.at = typed.at.empty() ? now_timestamp() : typed.at;
    if (typed.sent_later) e.detail = kTypedOffline;
    return e;
}

std::string this_station() {
    char name[HOST_NAME_MAX + 1] = {};
    if (gethostname(name, sizeof name - 1) != 0 || !*name) return "this computer";
    return name;
}

Text describe(const DoorEntry& e) {
    Text what = describe_action(e);
    return e.typed_offline() ? tr("{0} (typed without the server, sent later)", {what}) : what;
}

Text describe_action(const DoorEntry& e) {
    switch (e.action) {
        case DoorAction::CheckIn:
            return tr("checked in {0}+{1}", {e.adults, e.children});
        case DoorAction::WalkIn:
            return tr("new walk-in family, {0}+{1}", {e.adults, e.children});
        case DoorAction::Adjust:
            return tr("corrected {0}+{1} to {2}+{3}", {e.before_adults, e.before_children, e.adults, e.children});
        case DoorAction::DropOff:
            return tr("{0} children to childcare, code {1}", {e.children, e.detail});
        case DoorAction::PickUp:
            return tr("{0} children picked up, code {1}", {e.children, e.detail});
        case DoorAction::Revert:
            return tr("reverted entry {0}", {static_cast<long long>(e.target_id)});
        case DoorAction::AlsoCheckedIn:
            return tr("also checked in at {0}, {1} ({2}+{3}); the first arrival stands",
                      {e.station, e.at.size() >= 16 ? e.at.substr(11, 5) : e.at, e.adults, e.children});
    }
    return Text(to_string(e.action));
}

std::vector<DoorLogLine> door_log(Database& db, Id event_id) {
    auto& sql = db.sql();
    store::ReadSnapshot snapshot(db);
    auto entries = store::door_entries_of_event(sql, event_id);
    std::vector<Id> ids;
    for (const auto& e : entries) ids.push_back(e.household_id);
    std::map<Id, Household> families;
    for (auto& h : store::load_households(sql, ids)) families[h.id] = std::move(h);
    std::vector<DoorLogLine> lines;
    for (auto& e : entries) {
        const Household& h = families[e.household_id];
        lines.push_back({std::move(e), h.family_name(), h.code, h});
    }
    return lines;
}

DoorEntry revert_door_entry(Database& db, Id event_id, Id entry_id, const std::string& station,
                            const std::string& operation_id) {
    DoorEntry undo;
    db.transaction([&](soci::session& sql) {
        undo = revert_door_entry_within(sql, event_id, entry_id, {station, operation_id});
    });
    return undo;
}

DoorEntry revert_door_entry_within(soci::session& sql, Id event_id, Id entry_id, const DoorTyping& typed) {
    DoorEntry undo;
    const std::string& operation_id = typed.operation_id;
    {
        auto e = store::find_door_entry(sql, entry_id);
        if (auto done = earlier_arrival(sql, operation_id, DoorAction::Revert, event_id, e ? e->household_id : 0)) {
            if (done->target_id != entry_id)
                throw OperationReusedError(
                    tr("the operation id {0} already reverted another entry; nothing was done", {operation_id}));
            return *done;  // this very revert arrived before
        }
        if (!e || e->event_id != event_id)
            throw NotFoundError(tr("no door log entry {0} at this event", {static_cast<long long>(entry_id)}));
        if (e->reverted()) {
            auto by = store::find_door_entry(sql, e->reverted_by);
            throw ConflictError(by ? tr("that entry was reverted already ({0})", {when_where(*by)})
                                   : tr("that entry was reverted already"));
        }
        undo_effect(sql, *e);
        undo = door_entry(DoorAction::Revert, event_id, e->household_id, typed);
        undo.target_id = e->id;
        undo.id = store::insert_door_entry(sql, undo);
        store::mark_reverted(sql, e->id, undo.id);
        after_attendance_change(sql, event_id);
    }
    return undo;
}

}  // namespace fn::ops
