#include "ops/rollover_ops.h"

#include <soci/soci.h>

#include <algorithm>
#include <map>

#include "core/calendar.h"
#include "core/errors.h"
#include "core/rules/grades.h"
#include "core/rules/school_year.h"
#include "ops/login_checks.h"
#include "ops/audit_ops.h"
#include "ops/clock.h"
#include "store/database.h"
#include "store/household_store.h"
#include "store/settings_store.h"
#include "store/sqlite_backup.h"

namespace fn::ops {
namespace {

constexpr int kDaysBetweenYears = 300;

RolloverSummary roll_over(soci::session& sql, const RolloverOptions& options, const Author& who) {
    RolloverSummary s;
    auto settings = store::load_settings(sql);
    s.started_on = clock_date();
    s.previous_start = settings.school_year_started;
    if (!s.previous_start.empty() && !options.again && days_between(s.previous_start, s.started_on) < kDaysBetweenYears)
        throw ConflictError(
            tr("this school year was started on {0}; starting another now would move every student up "
               "a second time",
               {s.previous_start}));

    auto households = store::load_households(sql, store::all_household_ids(sql));
    std::map<Id, Household> before;
    for (const auto& h : households) before.emplace(h.id, h);

    if (options.roster) {
        // Grades and homerooms come from the roster; a student it does not
        // list keeps the last year's grade until marked as left.
        s.homerooms_cleared = clear_homerooms(households);
    } else {
        s.top_grade = options.top_grade.empty() ? highest_grade(households) : options.top_grade;
        auto top_rank = grade_rank(s.top_grade);
        if (!top_rank && !s.top_grade.empty())
            throw ValidationError(tr("top grade"), tr("{0} is not a grade (PK, K, 1 to 12)", {quoted(s.top_grade)}));
        auto year = move_up_a_year(households, top_rank.value_or(99), s.started_on);
        s.moves = std::move(year.moves);
        s.students_moved_up = year.moved_up;
        s.students_left = year.left;
        s.homerooms_cleared = year.homerooms_cleared;
        s.unknown_grades = std::move(year.unknown_grades);
        s.students_with_unknown_grade = year.unknown_students;
    }

    store::HouseholdWriter writer(sql);
    std::vector<std::pair<Id, std::vector<FieldChange>>> changes;
    for (const auto& h : households) {
        const auto& old = before.at(h.id);
        auto list = household_changes(old, h);
        if (list.empty()) continue;
        writer.replace(h);
        if (old.active() && !h.active()) ++s.households_now_inactive;
        changes.emplace_back(h.id, std::move(list));
    }
    record_changes(sql, who, AuditOperation::Rollover, changes);
    if (options.roster) s.roster = import_roster_within(sql, *options.roster, options.roster_options, who);

    settings.school_year_started = s.started_on;
    store::save_settings(sql, settings);
    return s;
}

}  // namespace

RolloverSummary start_school_year(Database& db, const RolloverOptions& options, bool dry_run) {
    require_coordinator(db, tr("only a coordinator's login may start a new school year"));
    const auto& who = author(db);
    RolloverSummary summary;
    auto work = [&](soci::session& sql) { summary = roll_over(sql, options, who); };
    if (dry_run) {
        db.rehearse(work);
    } else {
        // The whole directory changes at once: a copy of it as it was comes first.
        // A new year's roster read by a guess waits for a person, as any import does.
        if (options.roster) require_confirmed_guesses(*options.roster, options.roster_options);
        // A refused rollover rehearses first and writes no backup: seven
        // refusals must not leave seven copies (nor push out a kept one).
        db.rehearse(work);
        std::string backup;
        if (db.backend() == store::ConnectionTarget::Backend::Sqlite3)
            backup = store::back_up_sqlite(db.sql(), db.location(), "before-new-school-year");
        db.transaction(work);
        summary.backup = backup;
    }
    summary.dry_run = dry_run;
    return summary;
}

}  // namespace fn::ops
