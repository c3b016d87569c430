#include "ops/reach_ops.h"

#include <soci/soci.h>

#include "core/errors.h"
#include "ops/login_checks.h"
#include "ops/clock.h"
#include "store/attendance_store.h"
#include "store/database.h"
#include "store/evaluation_store.h"
#include "store/event_store.h"
#include "store/household_store.h"
#include "store/people_store.h"
#include "store/rsvp_store.h"
#include "store/settings_store.h"

namespace fn::ops {
namespace {

std::vector<ReachFamily> reach_families(soci::session& sql) {
    std::vector<ReachFamily> out;
    // Erased families count too: their rows keep language and grades, nameless.
    for (const auto& h : store::load_households(sql, store::all_household_ids(sql))) {
        ReachFamily f{h.id, h.language, {}};
        for (const auto& s : h.students) f.students.push_back({s.grade, s.left_on});
        if (!f.students.empty()) out.push_back(std::move(f));
    }
    return out;
}

// The year's nights that took place by `today` (not drafts, not cancelled):
// a night still to come has reached no one yet.
std::vector<ReachEvent> reach_events(soci::session& sql, const SchoolYearSpan& span, const std::string& today) {
    std::vector<ReachEvent> out;
    for (const auto& e : store::list_events(sql)) {
        if (e.date < span.first_day || e.date > span.last_day || e.date > today) continue;
        if (e.status == EventStatus::Draft || e.status == EventStatus::Cancelled) continue;
        ReachEvent r{e.id, e.title(), e.date, e.start_time, e.childcare, false, {}, {}};
        for (const auto& role : store::roles_of(sql, e.id))
            if (role.kind == VolunteerRoleKind::Interpreter) r.interpreter = true;
        for (const auto& rsvp : store::rsvps_of_event(sql, e.id))
            if (rsvp.status == RsvpStatus::Yes) r.rsvp_yes.insert(rsvp.household_id);
        for (const auto& c : store::checkins_of_event(sql, e.id)) r.came.insert(c.household_id);
        out.push_back(std::move(r));
    }
    return out;
}

YearReach reach_of(soci::session& sql, const std::vector<ReachFamily>& families, const SchoolYearSpan& span) {
    return compute_reach(families, reach_events(sql, span, clock_date()),
                         store::evaluations_between(sql, span.first_day, span.last_day),
                         store::households_that_came_before(sql, span.first_day));
}

}  // namespace

ReachReport load_reach_report(store::Database& db, const std::string& school_year) {
    require_coordinator(db, tr("the barriers and reach report is the coordinator's: sign in as the coordinator"));
    auto& sql = db.sql();
    ReachReport r;
    r.school_name = store::load_settings(sql).name;
    r.year = school_year.empty() ? school_year_of(clock_date()) : parse_school_year(school_year);
    r.previous = previous_school_year(r.year);
    const auto families = reach_families(sql);
    r.this_year = reach_of(sql, families, r.year);
    r.last_year = reach_of(sql, families, r.previous);
    r.prepared_at = now_timestamp().substr(0, 16);
    return r;
}

ReachReport load_reach_report_for_event(store::Database& db, Id event_id) {
    return load_reach_report(db, school_year_of(store::load_event(db.sql(), event_id).date).name);
}

}  // namespace fn::ops
