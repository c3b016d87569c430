#include "ops/home_visit_ops.h"

#include <fmt/format.h>
#include <soci/soci.h>

#include <map>
#include <set>

#include "core/errors.h"
#include "core/rules/reach.h"
#include "core/text.h"
#include "io/table_writer.h"
#include "ops/audit_ops.h"
#include "ops/class_families.h"
#include "ops/login_checks.h"
#include "ops/clock.h"
#include "store/access.h"
#include "store/database.h"
#include "store/home_visit_store.h"
#include "store/household_store.h"

namespace fn::ops {
namespace {

void refuse_home_visits_at_the_door(Database& db) {
    ops::refuse_at_the_door(db, tr("home visits are kept by staff and teachers, not at the door"));
}

// Offers, coverage and hours count from the school year's first day unless told.
std::string or_school_year(const std::string& since) {
    return since.empty() ? school_year_of(clock_date()).first_day : since;
}

// The family's latest offer, to answer, plan or record; throws when there is none.
HomeVisit latest_offer(soci::session& sql, Id household_id) {
    auto visits = store::home_visits_of(sql, household_id);
    if (visits.empty())
        throw ConflictError(tr("no home visit was offered to this family yet: offer visits to its class first"));
    return visits.front();
}

}  // namespace

int offer_home_visits(Database& db, const std::string& homeroom, const std::string& offered_by,
                      const std::string& since, const std::string& on) {
    refuse_home_visits_at_the_door(db);
    int offered = 0;
    const auto now = now_timestamp();
    const std::string from = or_school_year(since);
    db.transaction([&](soci::session& sql) {
        offered = 0;
        auto families = families_of_class(sql, homeroom);
        if (families.empty())
            throw NotFoundError(tr("no family has a student in {0} at the school", {quoted(trim(homeroom))}));
        for (const auto& f : families) {
            bool has_offer = false;
            for (const auto& v : store::home_visits_of(sql, f.household_id)) has_offer |= v.offered_on >= from;
            if (has_offer) continue;
            HomeVisit v;
            v.household_id = f.household_id;
            v.homeroom = trim(homeroom);
            v.offered_on = on.empty() ? now.substr(0, 10) : on;
            v.offered_by = trim(offered_by);
            v.recorded_at = now;
            validate(v);
            store::insert_home_visit(sql, v);
            ++offered;
        }
    });
    return offered;
}

void plan_home_visit(Database& db, Id household_id, const VisitPlan& plan) {
    refuse_home_visits_at_the_door(db);
    db.transaction([&](soci::session& sql) {
        auto v = latest_offer(sql, household_id);
        if (v.made) throw ConflictError(tr("this family's visit was already made on {0}", {v.visit_on}));
        v.answer = "yes";
        v.consent_on = plan.consent_on.empty() ? clock_date() : plan.consent_on;
        v.visit_on = plan.visit_on;
        v.staff = trim(plan.staff);
        v.second_staff = trim(plan.second_staff);
        v.interpreter = trim(plan.interpreter);
        v.recorded_at = now_timestamp();
        if (v.visit_on.empty()) throw ValidationError(tr("visit date"), tr("is required"));
        validate(v);
        store::update_home_visit(sql, v);
    });
}

void decline_home_visit(Database& db, Id household_id) {
    refuse_home_visits_at_the_door(db);
    db.transaction([&](soci::session& sql) {
        auto v = latest_offer(sql, household_id);
        if (v.made) throw ConflictError(tr("this family's visit was already made on {0}", {v.visit_on}));
        v.answer = "no";
        v.consent_on = v.visit_on = v.staff = v.second_staff = v.interpreter = "";
        v.recorded_at = now_timestamp();
        store::update_home_visit(sql, v);
    });
}

void record_home_visit(Database& db, Id household_id, int minutes, const std::string& reflection) {
    refuse_home_visits_at_the_door(db);
    const std::string& me = author(db).actor;
    db.transaction([&](soci::session& sql) {
        auto v = latest_offer(sql, household_id);
        if (v.visit_on.empty())
            throw ConflictError(tr("no visit is planned with this family: plan it first, with the family's yes"));
        if (v.visit_on > clock_date())
            throw ConflictError(tr("the visit is planned for {0}: record it once it is made", {v.visit_on}));
        // A visit's record is its recorder's: another teacher's words never
        // replace it (on a shared database the server refuses it too).
        if (v.made && !v.recorded_by.empty() && v.recorded_by != me && db.access() != store::Access::Coordinator)
            throw ConflictError(tr("this visit was recorded by {0} at {1}; only they or a coordinator can change it",
                                   {v.recorded_by, v.recorded_at}));
        v.made = true;
        v.recorded_by = me;
        v.minutes = minutes;
        v.reflection = reflection;
        v.recorded_at = now_timestamp();
        validate(v);
        store::update_home_visit(sql, v);
    });
}

std::vector<HomeVisit> home_visits_of(Database& db, Id household_id) {
    refuse_home_visits_at_the_door(db);
    return store::home_visits_of(db.sql(), household_id);
}

std::vector<VisitCoverageLine> home_visit_coverage(Database& db, const std::string& since) {
    refuse_home_visits_at_the_door(db);
    store::ReadSnapshot snapshot(db);
    auto& sql = db.sql();
    std::set<Id> offered, made;
    for (const auto& v : store::home_visits_since(sql, or_school_year(since))) {
        offered.insert(v.household_id);
        if (v.made) made.insert(v.household_id);
    }
    std::map<std::string, VisitCoverageLine> classes;
    for (const auto& h : store::load_households(sql, store::all_household_ids(sql))) {
        for (const auto& room : classes_of(h)) {
            auto& line = classes[room];
            line.homeroom = room;
            ++line.families;
            line.offered += offered.count(h.id) ? 1 : 0;
            line.made += made.count(h.id) ? 1 : 0;
        }
    }
    std::vector<VisitCoverageLine> out;
    for (auto& [room, line] : classes) out.push_back(line);
    return out;
}

int export_visit_hours(Database& db, const std::string& since, const std::string& path) {
    refuse_home_visits_at_the_door(db);
    struct Hours {
        int visits = 0, minutes = 0, interpreted = 0;
    };
    std::map<std::string, Hours> staff;
    for (const auto& v : store::home_visits_since(db.sql(), or_school_year(since))) {
        if (!v.made) continue;
        // Both who went give the visit's time.
        for (const auto& who : {v.staff, v.second_staff}) {
            auto& h = staff[who];
            ++h.visits;
            h.minutes += v.minutes;
            h.interpreted += !v.interpreter.empty() && same_staff(who, v.interpreter) ? 1 : 0;
        }
    }
    io::Table out{"Visit hours",
                  {{"staff"},
                   {"visits", io::CellKind::Number},
                   {"hours", io::CellKind::Number},
                   {"of_which_interpreting", io::CellKind::Number}},
                  {}};
    for (const auto& [who, h] : staff)
        out.rows.push_back(
            {who, std::to_string(h.visits), fmt::format("{:.2f}", h.minutes / 60.0), std::to_string(h.interpreted)});
    io::write_tables(path, {out});
    return static_cast<int>(staff.size());
}

}  // namespace fn::ops
