#include "ops/counts_ops.h"

#include <soci/soci.h>

#include <unordered_map>

#include "ops/seating_view.h"
#include "store/attendance_store.h"
#include "store/database.h"
#include "store/event_store.h"
#include "store/rsvp_store.h"
#include "store/settings_store.h"

namespace fn::ops {
namespace {

RsvpTally tally(const std::vector<Rsvp>& rsvps) {
    RsvpTally t;
    for (const auto& r : rsvps) {
        switch (r.status) {
            case RsvpStatus::Yes:
                ++t.yes;
                t.adults += r.adults;
                t.children += static_cast<int>(r.child_ages.size());
                if (!r.interpreter_language.empty()) ++t.interpreters[r.interpreter_language];
                break;
            case RsvpStatus::No:
                ++t.no;
                break;
            case RsvpStatus::Maybe:
                ++t.maybe;
                break;
            case RsvpStatus::Cancelled:
                ++t.cancelled;
                break;
        }
    }
    return t;
}

// Caregivers on the thinnest childcare shift: childcare runs all evening.
int childcare_signed_up(const VolunteerBoard& board) {
    int thinnest = -1;
    for (const auto& role : board.roles) {
        if (role.kind != VolunteerRoleKind::Childcare) continue;
        for (const auto& s : board.shift_coverage)
            if (s.role_id == role.id && (thinnest < 0 || s.signed_up < thinnest)) thinnest = s.signed_up;
    }
    return thinnest < 0 ? 0 : thinnest;
}

// A volunteer signed up for two of this event's shifts that overlap. The
// board already holds every shift's times: no query per signup.
std::vector<Clash> shift_clashes(const Event& e, const VolunteerBoard& board) {
    std::unordered_map<Id, const Shift*> shift_by_id;
    for (const auto& s : board.shifts) shift_by_id[s.id] = &s;
    std::vector<ShiftBooking> bookings;
    for (const auto& g : board.signups)
        if (auto it = shift_by_id.find(g.shift_id); it != shift_by_id.end())
            bookings.push_back({g.person_id, g.shift_id, e.date, it->second->start_time, it->second->end_time});
    return find_shift_clashes(bookings);
}

}  // namespace

EventCounts compute_counts(Database& db, Id event_id) {
    auto& sql = db.sql();
    // One read transaction: every figure comes from the same snapshot.
    store::ReadSnapshot snapshot(db);
    EventCounts c;
    c.event = store::load_event(sql, event_id);
    auto settings = store::load_settings(sql);
    auto rsvps = store::rsvps_of_event(sql, event_id);
    c.rsvps = tally(rsvps);

    auto buffer = walk_in_buffer(store::past_turnouts(sql, c.event.date), settings.walk_in_buffer_percent);
    if (c.event.dinner) c.dinner = count_dinner(rsvps, buffer);

    c.volunteers = load_volunteer_board(db, event_id);
    if (c.event.childcare)
        c.childcare = count_childcare(rsvps, settings.childcare_bands, childcare_signed_up(c.volunteers));

    c.rounds = store::rounds_of(sql, event_id);
    auto rooms = store::rooms_of(sql, event_id);
    auto workshops = store::workshops_of(sql, event_id);
    auto plans = seat_plans(workshops, rooms, rsvps);
    for (const auto& w : workshops) {
        const auto& plan = plans[w.id];
        c.workshops.push_back({w.id, w.round_id, w.title(), effective_capacity(w, rooms), plan.seats_taken,
                               static_cast<int>(plan.seated.size()), static_cast<int>(plan.waitlisted.size())});
    }
    c.clashes = find_workshop_clashes(workshops);
    for (const auto& clash : shift_clashes(c.event, c.volunteers)) c.clashes.push_back(clash);

    c.turnout = compute_turnout(rsvps, store::checkins_of_event(sql, event_id));
    for (const auto& h : store::headcounts_of_event(sql, event_id)) c.headcount_total += h.count;
    return c;
}

}  // namespace fn::ops
