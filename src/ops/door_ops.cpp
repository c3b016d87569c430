#include "ops/door_ops.h"

#include <soci/soci.h>

#include "core/errors.h"
#include "core/family_code.h"
#include "core/text.h"
#include "ops/audit_ops.h"
#include "ops/clock.h"
#include "ops/door_log_ops.h"
#include "ops/door_refusals.h"
#include "ops/household_ops.h"
#include "ops/turnout_upkeep.h"
#include "store/attendance_store.h"
#include "store/childcare_store.h"
#include "store/database.h"
#include "store/door_functions.h"
#include "store/door_log_store.h"
#include "store/door_search_store.h"
#include "store/event_store.h"
#include "store/household_store.h"
#include "store/rsvp_store.h"

namespace fn::ops {
namespace {

void require_open_event(soci::session& sql, Id event_id) {
    // The status alone (one round trip on a server); the title only to refuse.
    if (store::event_status(sql, event_id) != EventStatus::Cancelled) return;
    throw event_cancelled(store::load_event(sql, event_id).title());
}

Id log_entry(soci::session& sql, DoorAction action, const CheckIn& c, const DoorTyping& typed) {
    DoorEntry e = door_entry(action, c.event_id, c.household_id, typed);
    e.adults = c.adults;
    e.children = c.children;
    e.target_id = c.id;
    return store::insert_door_entry(sql, e);
}

CheckIn insert_check_in(soci::session& sql, Id event_id, Id household_id, int adults, int children,
                        const DoorTyping& typed) {
    if (auto existing = store::find_checkin(sql, event_id, household_id)) throw already_checked_in(*existing);
    CheckIn c;
    c.event_id = event_id;
    c.household_id = household_id;
    auto rsvp = store::find_rsvp(sql, event_id, household_id);
    bool said_yes = rsvp && rsvp->status == RsvpStatus::Yes;
    c.walk_in = !said_yes;
    c.adults = adults >= 0 ? adults : (said_yes ? rsvp->adults : 1);
    c.children = children >= 0 ? children : (said_yes ? static_cast<int>(rsvp->child_ages.size()) : 0);
    c.station = typed.station;
    c.checked_in_at = typed.at.empty() ? now_timestamp() : typed.at;
    validate(c);
    c.id = store::insert_checkin(sql, c);
    return c;
}

// The check-in an earlier arrival of this operation made (a repeat).
CheckIn repeated_check_in(soci::session& sql, const DoorEntry& done) {
    if (auto c = store::find_checkin(sql, done.event_id, done.household_id); c && c->id == done.target_id) return *c;
    CheckIn c;  // since reverted: report what it did
    c.event_id = done.event_id;
    c.household_id = done.household_id;
    c.adults = done.adults;
    c.children = done.children;
    c.station = done.station;
    c.checked_in_at = done.at;
    return c;
}

CheckIn require_check_in(soci::session& sql, Id event_id, Id household_id) {
    auto c = store::find_checkin(sql, event_id, household_id);
    if (!c) throw not_checked_in();
    return *c;
}

}  // namespace

std::vector<DoorCandidate> door_search(Database& db, Id event_id, const std::string& text, int limit) {
    if (!is_valid_utf8(text)) throw ValidationError(tr("search"), tr("is not valid UTF-8 text"));
    auto words = search_tokens(text);
    if (words.empty() || limit <= 0) return {};
    // One statement, prepared once on this connection: names, RSVPs and
    // arrivals are read together, in one consistent view.
    auto candidates = db.reused<store::DoorSearch>().find(event_id, words, limit);
    std::string code = normalize_family_code(trim(text));
    for (auto& c : candidates) c.match = match_quality(c.household, words, code);
    rank_door_candidates(candidates);
    return candidates;
}

std::optional<ServerArrival> check_in_at_server(Database& db, Id event_id, Id household_id,
                                                const std::string& family_code, int adults, int children,
                                                const DoorTyping& typed, bool also_when_already) {
    if (db.backend() != store::ConnectionTarget::Backend::Postgresql) return std::nullopt;
    // What the C++ rule checks before it reads anything: the typed numbers
    // and station (a number left to the RSVP counts as one for now).
    CheckIn probe;
    probe.adults = adults >= 0 ? adults : 1;
    probe.children = children >= 0 ? children : 0;
    probe.station = typed.station;
    validate(probe);
    store::ServerCheckInAsked asked;
    asked.event_id = event_id;
    asked.household_id = household_id;
    asked.family_code = family_code;
    asked.adults = adults;
    asked.children = children;
    // The door log line's common part as every door action makes it: its
    // operation id, the time typed, "typed without the server".
    const DoorEntry line = door_entry(DoorAction::CheckIn, event_id, household_id, typed);
    asked.station = line.station;
    asked.operation_id = line.operation_id;
    asked.at = line.at;
    asked.detail = line.detail;
    asked.also_when_already = also_when_already;
    store::ServerCheckIn done;
    db.one_statement([&](soci::session& sql) { done = store::check_in_on_server(sql, asked); });
    auto& sql = db.sql();
    using Outcome = store::ServerCheckInOutcome;
    ServerArrival arrival;
    arrival.check_in = done.check_in;
    switch (done.outcome) {
        case Outcome::CheckedIn:
            return arrival;
        case Outcome::AlsoCheckedIn:
            arrival.also_checked_in = true;
            return arrival;
        case Outcome::EventDone:
            return std::nullopt;
        case Outcome::Repeat:
            arrival.check_in = repeated_check_in(sql, entry_of_repeat(sql, done.entry_id));
            return arrival;
        case Outcome::Reused:
            refuse_reused_operation(sql, asked.operation_id, DoorAction::CheckIn, event_id, done.check_in.household_id);
        case Outcome::Already:
            throw already_checked_in(done.check_in);
        case Outcome::Cancelled:
            throw event_cancelled(store::load_event(sql, event_id).title());
        case Outcome::NoEvent:
            throw no_event(event_id);
        case Outcome::NoHousehold:
            break;
        case Outcome::Nobody:
            throw nobody_present();
    }
    throw unknown_family(household_id, family_code);
}

std::optional<Household> door_family_by_code(Database& db, Id event_id, const std::string& typed_code) {
    const std::string wanted = normalize_family_code(typed_code);
    if (!looks_like_family_code(wanted)) return std::nullopt;
    for (auto& c : door_search(db, event_id, typed_code, 5))
        if (c.household.code == wanted) return std::move(c.household);
    return std::nullopt;
}

CheckIn check_in(Database& db, Id event_id, Id household_id, int adults, int children, const std::string& station,
                 const std::string& operation_id) {
    if (auto arrival =
            check_in_at_server(db, event_id, household_id, "", adults, children, {station, operation_id}, false))
        return arrival->check_in;
    CheckIn c;
    db.transaction([&](soci::session& sql) {
        c = check_in_within(sql, event_id, household_id, adults, children, {station, operation_id});
    });
    return c;
}

CheckIn check_in_within(soci::session& sql, Id event_id, Id household_id, int adults, int children,
                        const DoorTyping& typed) {
    if (auto done = earlier_arrival(sql, typed.operation_id, DoorAction::CheckIn, event_id, household_id))
        return repeated_check_in(sql, *done);
    require_open_event(sql, event_id);
    if (!store::household_exists(sql, household_id)) throw unknown_family(household_id, "");
    CheckIn c = insert_check_in(sql, event_id, household_id, adults, children, typed);
    log_entry(sql, DoorAction::CheckIn, c, typed);
    after_attendance_change(sql, event_id);
    return c;
}

std::optional<DoorEntry> also_checked_in_within(soci::session& sql, Id event_id, Id household_id, int adults,
                                                int children, const DoorTyping& typed) {
    if (auto done = earlier_arrival(sql, typed.operation_id, DoorAction::AlsoCheckedIn, event_id, household_id))
        return done;
    auto first = store::find_checkin(sql, event_id, household_id);
    if (!first) return std::nullopt;
    DoorEntry e = door_entry(DoorAction::AlsoCheckedIn, event_id, household_id, typed);
    e.adults = adults >= 0 ? adults : first->adults;
    e.children = children >= 0 ? children : first->children;
    e.target_id = first->id;
    e.id = store::insert_door_entry(sql, e);
    return e;
}

bool adjust_at_server(Database& db, Id event_id, Id household_id, const std::string& family_code, int adults,
                      int children, const DoorTyping& typed) {
    if (db.backend() != store::ConnectionTarget::Backend::Postgresql) return false;
    CheckIn probe;
    probe.adults = adults;
    probe.children = children;
    probe.station = typed.station;
    validate(probe);
    const DoorEntry line = door_entry(DoorAction::Adjust, event_id, household_id, typed);
    store::ServerAdjustAsked asked{event_id,     household_id,      family_code, adults,     children,
                                   line.station, line.operation_id, line.at,     line.detail};
    store::ServerAnswer done;
    db.one_statement([&](soci::session& sql) { done = store::adjust_on_server(sql, asked); });
    const std::string& said = done.outcome;
    if (said == "adjusted" || said == "repeat" || said == "unchanged") return true;
    if (said == "event-done") return false;
    if (said == "reused-numbers") throw correction_reused(asked.operation_id, done.first, done.second);
    if (said == "reused-other")
        refuse_reused_operation(db.sql(), asked.operation_id, DoorAction::Adjust, event_id, done.household_id);
    if (said == "not-checked-in") throw not_checked_in();
    if (said == "nobody") throw nobody_present();
    if (said == "in-care") throw fewer_than_in_care(done.first, done.text);
    throw unknown_family(household_id, family_code);
}

void adjust_check_in(Database& db, Id event_id, Id household_id, int adults, int children, const std::string& station,
                     const std::string& operation_id) {
    if (adjust_at_server(db, event_id, household_id, "", adults, children, {station, operation_id})) return;
    db.transaction([&](soci::session& sql) {
        adjust_check_in_within(sql, event_id, household_id, adults, children, {station, operation_id});
    });
}

void adjust_check_in_within(soci::session& sql, Id event_id, Id household_id, int adults, int children,
                            const DoorTyping& typed) {
    const std::string& operation_id = typed.operation_id;
    if (auto done = earlier_arrival(sql, operation_id, DoorAction::Adjust, event_id, household_id)) {
        if (done->adults != adults || done->children != children)
            throw correction_reused(operation_id, done->adults, done->children);
        return;  // a repeat
    }
    CheckIn c = require_check_in(sql, event_id, household_id);
    CheckIn before = c;
    c.adults = adults;
    c.children = children;
    validate(c);
    if (before.adults == adults && before.children == children) return;  // nothing to correct, nothing to log
    if (auto care = store::find_open_dropoff_of(sql, event_id, household_id); care && care->children > children)
        throw fewer_than_in_care(care->children, care->pickup_code);
    store::update_checkin_counts(sql, c.id, adults, children);
    DoorEntry e = door_entry(DoorAction::Adjust, event_id, household_id, typed);
    e.adults = adults;
    e.children = children;
    e.before_adults = before.adults;
    e.before_children = before.children;
    e.target_id = c.id;
    store::insert_door_entry(sql, e);
    after_attendance_change(sql, event_id);
}

void undo_check_in(Database& db, Id event_id, Id household_id, const std::string& station) {
    db.transaction([&](soci::session& sql) { undo_check_in_within(sql, event_id, household_id, {station}); });
}

void undo_check_in_within(soci::session& sql, Id event_id, Id household_id, const DoorTyping& typed) {
    if (!typed.operation_id.empty())
        if (auto done = store::find_door_operation(sql, typed.operation_id)) {
            // The same undo, sent again: the revert it made stands.
            if (done->action == DoorAction::Revert && done->event_id == event_id && done->household_id == household_id)
                return;
        }
    Id checkin = require_check_in(sql, event_id, household_id).id;
    Id entry = 0;
    for (const auto& e : store::door_entries_of(sql, event_id, household_id))
        if ((e.action == DoorAction::CheckIn || e.action == DoorAction::WalkIn) && e.target_id == checkin &&
            !e.reverted())
            entry = e.id;
    if (!entry) throw NotFoundError(tr("this family's check-in is not in the door log"));
    revert_door_entry_within(sql, event_id, entry, typed);
}

WalkIn register_walk_in(Database& db, Id event_id, Household household, int adults, int children,
                        const std::string& station, const std::string& operation_id, WalkInRule rule) {
    const bool drawn = household.code.empty();
    // Checked where it is written: by the server's walk-in, else by
    // settle_family_code in the transaction (drawn again when taken).
    if (drawn) household.code = unchecked_family_code();
    const auto& who = author(db);
    if (auto w =
            walk_in_at_server(db, who, event_id, household, drawn, adults, children, {station, operation_id}, rule))
        return *w;
    WalkIn w;
    db.transaction([&](soci::session& sql) {
        w = register_walk_in_within(sql, who, event_id, household, drawn, adults, children, {station, operation_id},
                                    rule);
    });
    return w;
}

WalkIn register_walk_in_within(soci::session& sql, const Author& who, Id event_id, Household household, bool code_drawn,
                               int adults, int children, const DoorTyping& typed, WalkInRule rule) {
    household.walk_in = true;
    validate(household);
    WalkIn w;
    if (auto done = earlier_arrival(sql, typed.operation_id, DoorAction::WalkIn, event_id, 0)) {
        // The same walk-in, sent twice: the same family, or the id was reused.
        Household earlier = store::load_household(sql, done->household_id);
        if (!likely_same_family(earlier, household))
            throw OperationReusedError(
                tr("the operation id {0} already registered another family ({1}, {2}); "
                   "nothing was done",
                   {typed.operation_id, earlier.family_name(), earlier.code}));
        w.household_id = done->household_id;
        w.family_code = earlier.code;
        w.check_in = repeated_check_in(sql, *done);
        return w;
    }
    require_open_event(sql, event_id);
    // Checked in the same write transaction as the insert: two stations
    // typing the same family at once make one household (the second
    // waits, or on PostgreSQL is retried, and then finds the first's).
    if (rule == WalkInRule::RefuseLikelySame)
        if (auto same = likely_same_families_within(sql, household, 5); !same.empty())
            throw LikelySameFamilyError(std::move(same));
    settle_family_code(sql, household, code_drawn);
    w.household_id = store::insert_household(sql, household);
    record_changes(sql, who, AuditOperation::WalkIn, w.household_id, household_added(household));
    w.family_code = household.code;
    w.check_in = insert_check_in(sql, event_id, w.household_id, adults, children, typed);
    log_entry(sql, DoorAction::WalkIn, w.check_in, typed);
    after_attendance_change(sql, event_id);
    return w;
}

Id record_headcount(Database& db, Headcount h) {
    h.recorded_at = now_timestamp();
    validate(h);
    Id id = 0;
    db.transaction([&](soci::session& sql) {
        require_open_event(sql, h.event_id);
        id = store::insert_headcount(sql, h);
    });
    return id;
}

void record_workshop_attendance(Database& db, Id workshop_id, Id household_id) {
    db.transaction([&](soci::session& sql) {
        auto w = store::find_workshop(sql, workshop_id);
        if (!w) throw NotFoundError(tr("no workshop with id {0}", {static_cast<long long>(workshop_id)}));
        require_check_in(sql, w->event_id, household_id);
        store::insert_workshop_attendance(sql, workshop_id, household_id);
    });
}

}  // namespace fn::ops
