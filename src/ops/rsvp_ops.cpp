#include "ops/rsvp_ops.h"

#include <soci/soci.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/errors.h"
#include "core/text.h"
#include "ops/audit_ops.h"
#include "ops/clock.h"
#include "ops/seat_waits.h"
#include "ops/seating_view.h"
#include "ops/turnout_upkeep.h"
#include "store/database.h"
#include "store/event_store.h"
#include "store/household_store.h"
#include "store/rsvp_store.h"

namespace fn::ops {
namespace {

Event open_event(soci::session& sql, Id event_id) {
    Event e = store::load_event(sql, event_id);
    if (e.status == EventStatus::Cancelled) throw ConflictError(tr("the event '{0}' was cancelled", {e.title()}));
    return e;
}

std::vector<Promotion> promotions(const std::map<Id, SeatPlan>& before, const std::map<Id, SeatPlan>& after,
                                  Id except_household) {
    std::vector<Promotion> out;
    for (const auto& [workshop, plan] : after) {
        auto b = before.find(workshop);
        if (b == before.end()) continue;
        for (Id h : promoted_between(b->second, plan))
            if (h != except_household) out.push_back({workshop, h});
    }
    return out;
}

void check_against_event(const Rsvp& r, const Event& e, std::vector<WorkshopPick>& picks,
                         const std::vector<Workshop>& workshops) {
    if (!r.childcare_ages.empty()) {
        if (!e.childcare) throw ValidationError(tr("childcare"), tr("this event offers no childcare"));
        for (int age : r.childcare_ages)
            if (age < e.childcare_min_age || age > e.childcare_max_age)
                throw ValidationError(tr("childcare"),
                                      tr("childcare is for ages {0} to {1}; a child aged {2} cannot be placed",
                                         {e.childcare_min_age, e.childcare_max_age, age}));
    }
    for (auto& p : picks) {
        auto w =
            std::find_if(workshops.begin(), workshops.end(), [&](const Workshop& x) { return x.id == p.workshop_id; });
        if (w == workshops.end())
            throw ValidationError(tr("workshop picks"), tr("workshop id {0} is not part of this event",
                                                           {static_cast<long long>(p.workshop_id)}));
        if (p.round_id == 0) p.round_id = w->round_id;
        if (p.round_id != w->round_id)
            throw ValidationError(tr("workshop picks"), tr("'{0}' is not in that round", {w->title()}));
    }
}

}  // namespace

RsvpOutcome record_rsvp(Database& db, Rsvp r) {
    RsvpOutcome outcome;
    const auto& who = author(db);
    db.transaction([&](soci::session& sql) {
        Event e = open_event(sql, r.event_id);
        if (!store::find_household(sql, r.household_id))
            throw NotFoundError(tr("no household with id {0}", {static_cast<long long>(r.household_id)}));
        auto workshops = store::workshops_of(sql, r.event_id);
        check_against_event(r, e, r.picks, workshops);
        validate(r);  // after picks got their rounds, so one-per-round is checked
        r.recorded_at = now_timestamp();
        outcome.replaced = store::find_rsvp(sql, r.event_id, r.household_id);
        auto before = seat_plans(sql, r.event_id);
        outcome.rsvp_id = store::save_rsvp(sql, r);
        record_changes(sql, who, AuditOperation::RecordRsvp, r.household_id,
                       rsvp_changes(outcome.replaced ? &*outcome.replaced : nullptr, r, e.date + " " + e.title()));
        auto after = seat_plans(sql, r.event_id);
        for (const auto& p : r.picks) {
            const auto& plan = after[p.workshop_id];
            auto w = std::find(plan.waitlisted.begin(), plan.waitlisted.end(), r.household_id);
            bool seated = std::find(plan.seated.begin(), plan.seated.end(), r.household_id) != plan.seated.end();
            outcome.picks.push_back(
                {p.workshop_id, seated,
                 w == plan.waitlisted.end() ? 0 : static_cast<int>(w - plan.waitlisted.begin()) + 1});
        }
        outcome.promoted = promotions(before, after, r.household_id);
        if (std::any_of(outcome.picks.begin(), outcome.picks.end(), [](const PickOutcome& p) { return !p.seated; }))
            remember_who_waits(sql, r.event_id);
        after_attendance_change(sql, r.event_id);
    });
    return outcome;
}

std::vector<Promotion> cancel_rsvp(Database& db, Id event_id, Id household_id) {
    std::vector<Promotion> promoted;
    const auto& who = author(db);
    db.transaction([&](soci::session& sql) {
        auto existing = store::find_rsvp(sql, event_id, household_id);
        if (!existing) throw NotFoundError(tr("that household has no RSVP for this event"));
        auto before = seat_plans(sql, event_id);
        store::set_rsvp_status(sql, existing->id, RsvpStatus::Cancelled);
        auto cancelled = *existing;
        cancelled.status = RsvpStatus::Cancelled;
        const auto e = store::load_event(sql, event_id);
        record_changes(sql, who, AuditOperation::CancelRsvp, household_id,
                       rsvp_changes(&*existing, cancelled, e.date + " " + e.title()));
        promoted = promotions(before, seat_plans(sql, event_id), household_id);
        after_attendance_change(sql, event_id);
    });
    return promoted;
}

std::vector<Rsvp> rsvps_of_event(Database& db, Id event_id) { return store::rsvps_of_event(db.sql(), event_id); }

std::vector<RsvpLine> rsvp_list(Database& db, Id event_id, const std::string& text) {
    auto& sql = db.sql();
    store::ReadSnapshot snapshot(db);
    auto rsvps = store::rsvps_of_event(sql, event_id);
    std::vector<Id> ids;
    for (const auto& r : rsvps) ids.push_back(r.household_id);
    std::set<Id> wanted;
    auto words = search_tokens(text);
    if (!words.empty())
        for (Id id : store::search_household_ids(sql, words, 100000)) wanted.insert(id);
    std::map<Id, Household> families;
    for (auto& h : store::load_households(sql, ids)) families[h.id] = std::move(h);
    std::vector<RsvpLine> lines;
    for (auto& r : rsvps) {
        if (!words.empty() && !wanted.count(r.household_id)) continue;
        const Household& h = families[r.household_id];
        lines.push_back({std::move(r), h.family_name(), h.guardian_names(), h.code});
    }
    return lines;
}

std::optional<Rsvp> find_rsvp(Database& db, Id event_id, Id household_id) {
    return store::find_rsvp(db.sql(), event_id, household_id);
}

}  // namespace fn::ops
