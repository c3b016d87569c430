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

std::string when_where(const DoorEntry& e) {
    return hhmm(e.at) + (e.station.empty() ? "" : " at " + e.station);
}

void revert_check_in(soci::session& sql, const DoorEntry& e) {
    auto c = store::find_checkin(sql, e.event_id, e.household_id);
    if (!c || c->id != e.target_id) throw ConflictError("that check-in is no longer there; nothing to revert");
    if (auto care = store::find_open_dropoff_of(sql, e.event_id, e.household_id))
        throw ConflictError("this family's children are in childcare (code " + care->pickup_code +
                            "); pick them up before undoing the check-in");
    store::delete_checkin(sql, c->id);
}

void revert_adjustment(soci::session& sql, const DoorEntry& e) {
    auto c = store::find_checkin(sql, e.event_id, e.household_id);
    if (!c || c->id != e.target_id) throw ConflictError("the check-in this corrected was undone; nothing to revert");
    for (const auto& later : store::door_entries_of(sql, e.event_id, e.household_id))
        if (later.id > e.id && later.action == DoorAction::Adjust && later.target_id == e.target_id && !later.reverted())
            throw ConflictError("a later correction (" + when_where(later) + ") changed these numbers again; revert that one first");
    if (auto care = store::find_open_dropoff_of(sql, e.event_id, e.household_id); care && care->children > e.before_children)
        throw ConflictError(std::to_string(care->children) + " of this family's children are in childcare; the check-in cannot go back to " +
                            std::to_string(e.before_children));
    store::update_checkin_counts(sql, c->id, e.before_adults, e.before_children);
}

void revert_drop_off(soci::session& sql, const DoorEntry& e) {
    auto d = store::find_dropoff(sql, e.target_id);
    if (!d) throw ConflictError("that drop-off is no longer there; nothing to revert");
    if (!d->in_care()) throw ConflictError("the children were picked up at " + hhmm(d->picked_up_at) + "; revert the pickup first");
    store::delete_dropoff(sql, d->id);
}

void revert_pick_up(soci::session& sql, const DoorEntry& e) {
    auto d = store::find_dropoff(sql, e.target_id);
    if (!d) throw ConflictError("that drop-off is no longer there; nothing to revert");
    if (d->in_care()) throw ConflictError("those children are in care already");
    if (store::find_open_dropoff(sql, e.event_id, d->pickup_code))
        throw ConflictError("the code " + d->pickup_code + " is on other children now; drop these children off again with a new tag");
    if (store::find_open_dropoff_of(sql, e.event_id, e.household_id))
        throw ConflictError("this family has children in care under another code");
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

std::string this_station() {
    char name[HOST_NAME_MAX + 1] = {};
    if (gethostname(name, sizeof name - 1) != 0 || !*name) return "this computer";
    return name;
}

std::vector<DoorLogLine> door_log(Database& db, Id event_id) {
    auto& sql = db.sql();
    soci::transaction snapshot(sql);
    auto entries = store::door_entries_of_event(sql, event_id);
    std::vector<Id> ids;
    for (const auto& e : entries) ids.push_back(e.household_id);
    std::map<Id, Household> families;
    for (auto& h : store::load_households(sql, ids)) families[h.id] = std::move(h);
    snapshot.commit();
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
            throw NotFoundError("no door log entry " + std::to_string(entry_id) + " at this event");
        if (e->reverted()) {
            auto by = store::find_door_entry(sql, e->reverted_by);
            throw ConflictError("that entry was reverted already" + (by ? " (" + when_where(*by) + ")" : std::string()));
        }
        switch (e->action) {
            case DoorAction::CheckIn:
            case DoorAction::WalkIn: revert_check_in(sql, *e); break;
            case DoorAction::Adjust: revert_adjustment(sql, *e); break;
            case DoorAction::DropOff: revert_drop_off(sql, *e); break;
            case DoorAction::PickUp: revert_pick_up(sql, *e); break;
            case DoorAction::Revert: throw ConflictError("a revert cannot be reverted; do the action again instead");
        }
        undo.event_id = event_id;
        undo.household_id = e->household_id;
        undo.action = DoorAction::Revert;
        undo.operation_id = operation_id.empty() ? new_operation_id() : operation_id;
        undo.station = station;
        undo.at = now_timestamp();
        undo.target_id = e->id;
        undo.id = store::insert_door_entry(sql, undo);
        store::mark_reverted(sql, e->id, undo.id);
        after_attendance_change(sql, event_id);
    });
    return undo;
}

}  // namespace fn::ops
