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
        throw ConflictError(tr("this family's children are in childcare (code {0}); pick them up before undoing the "
                               "check-in",
                               {care->pickup_code}));
    store::delete_checkin(sql, c->id);
}

void revert_adjustment(soci::session& sql, const DoorEntry& e) {
    auto c = store::find_checkin(sql, e.event_id, e.household_id);
    if (!c || c->id != e.target_id) throw ConflictError(tr("the check-in this corrected was undone; nothing to revert"));
    for (const auto& later : store::door_entries_of(sql, e.event_id, e.household_id))
        if (later.id > e.id && later.action == DoorAction::Adjust && later.target_id == e.target_id && !later.reverted())
            throw ConflictError(
                tr("a later correction ({0}) changed these numbers again; revert that one first", {when_where(later)}));
    if (auto care = store::find_open_dropoff_of(sql, e.event_id, e.household_id); care && care->children > e.before_children)
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

}  // namespace

std::string new_operation_id() {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    static const char* hex = "0123456789abcdef";
    std::string id;
    for (std::uint64_t v = rng(); id.size() < 16; v >>= 4) id.push_back(hex[v & 15]);
    return id;
}

DoorEntry door_entry(DoorAction action, Id event_id, Id household_id, const std::string& station,
                     const std::string& operation_id) {
    DoorEntry e;
    e.action = action;
    e.event_id = event_id;
    e.household_id = household_id;
    e.station = station;
    e.operation_id = operation_id.empty() ? new_operation_id() : operation_id;
    e.at = now_timestamp();
    return e;
}

std::string this_station() {
    char name[HOST_NAME_MAX + 1] = {};
    if (gethostname(name, sizeof name - 1) != 0 || !*name) return "this computer";
    return name;
}

Text describe(const DoorEntry& e) {
    switch (e.action) {
        case DoorAction::CheckIn: return tr("checked in {0}+{1}", {e.adults, e.children});
        case DoorAction::WalkIn: return tr("new walk-in family, {0}+{1}", {e.adults, e.children});
        case DoorAction::Adjust:
            return tr("corrected {0}+{1} to {2}+{3}", {e.before_adults, e.before_children, e.adults, e.children});
        case DoorAction::DropOff: return tr("{0} children to childcare, code {1}", {e.children, e.detail});
        case DoorAction::PickUp: return tr("{0} children picked up, code {1}", {e.children, e.detail});
        case DoorAction::Revert: return tr("reverted entry {0}", {static_cast<long long>(e.target_id)});
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
        lines.push_back({std::move(e), h.family_name(), h.code});
    }
    return lines;
}

DoorEntry revert_door_entry(Database& db, Id event_id, Id entry_id, const std::string& station,
                            const std::string& operation_id) {
    DoorEntry undo;
    db.transaction([&](soci::session& sql) {
        if (!operation_id.empty())
            if (auto done = store::find_door_operation(sql, operation_id)) {
                undo = *done;  // this very revert arrived before
                return;
            }
        auto e = store::find_door_entry(sql, entry_id);
        if (!e || e->event_id != event_id)
            throw NotFoundError(tr("no door log entry {0} at this event", {static_cast<long long>(entry_id)}));
        if (e->reverted()) {
            auto by = store::find_door_entry(sql, e->reverted_by);
            throw ConflictError(by ? tr("that entry was reverted already ({0})", {when_where(*by)})
                                   : tr("that entry was reverted already"));
        }
        switch (e->action) {
            case DoorAction::CheckIn:
            case DoorAction::WalkIn: revert_check_in(sql, *e); break;
            case DoorAction::Adjust: revert_adjustment(sql, *e); break;
            case DoorAction::DropOff: revert_drop_off(sql, *e); break;
            case DoorAction::PickUp: revert_pick_up(sql, *e); break;
            case DoorAction::Revert: throw ConflictError(tr("a revert cannot be reverted; do the action again instead"));
        }
        undo = door_entry(DoorAction::Revert, event_id, e->household_id, station, operation_id);
        undo.target_id = e->id;
        undo.id = store::insert_door_entry(sql, undo);
        store::mark_reverted(sql, e->id, undo.id);
        after_attendance_change(sql, event_id);
    });
    return undo;
}

}  // namespace fn::ops
