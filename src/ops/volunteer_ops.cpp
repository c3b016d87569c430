#include "ops/volunteer_ops.h"

#include <soci/soci.h>

#include <algorithm>

#include "core/calendar.h"
#include "core/errors.h"
#include "core/rules/clashes.h"
#include "core/text.h"
#include "ops/login_checks.h"
#include "ops/shift_overlap.h"
#include "store/database.h"
#include "store/event_store.h"
#include "store/people_store.h"
#include "store/plan_edit_store.h"

namespace fn::ops {

Id add_person(Database& db, Person p) {
    validate(p);
    Id id = 0;
    db.transaction([&](soci::session& sql) { id = store::insert_person(sql, p); });
    return id;
}

Id add_volunteer_role(Database& db, VolunteerRole r) {
    if (r.name.empty()) r.name = to_string(r.kind);
    validate(r);
    Id id = 0;
    db.transaction([&](soci::session& sql) {
        store::load_event(sql, r.event_id);
        id = store::insert_role(sql, r);
    });
    return id;
}

Id add_shift(Database& db, Shift s) {
    validate(s);
    Id id = 0;
    db.transaction([&](soci::session& sql) {
        if (!store::find_role(sql, s.role_id))
            throw NotFoundError(tr("no volunteer role with id {0}", {static_cast<long long>(s.role_id)}));
        id = store::insert_shift(sql, s);
    });
    return id;
}

Id add_shift_for_role(Database& db, VolunteerRole role, Shift s) {
    if (role.name.empty()) role.name = to_string(role.kind);
    validate(role);
    validate(s);
    Id id = 0;
    db.transaction([&](soci::session& sql) {
        store::load_event(sql, role.event_id);
        s.role_id = 0;
        for (const auto& existing : store::roles_of(sql, role.event_id))
            if (fold_for_search(existing.name) == fold_for_search(role.name)) s.role_id = existing.id;
        if (!s.role_id) s.role_id = store::insert_role(sql, role);
        id = store::insert_shift(sql, s);
    });
    return id;
}

void sign_up_volunteer(Database& db, Id shift_id, Id person_id, ShiftNeed need) {
    require_self_on_a_teachers_login(
        db, person_id, tr("a teacher signs up only themself for a shift; the coordinator signs up others"));
    db.transaction([&](soci::session& sql) {
        auto shift = store::find_shift(sql, shift_id);
        if (!shift) throw NotFoundError(tr("no shift with id {0}", {static_cast<long long>(shift_id)}));
        auto person = store::find_person(sql, person_id);
        if (!person) throw NotFoundError(tr("no person with id {0}", {static_cast<long long>(person_id)}));
        auto role = store::find_role(sql, shift->role_id);
        Event e = store::load_event(sql, role->event_id);
        if (auto o = overlapping_shift(sql, person_id, shift_id, e.date, shift->start_time, shift->end_time))
            throw ConflictError(
                tr("{0} already has a shift from {1} to {2} that day", {person->name, o->start_time, o->end_time}));
        const auto on_shift = store::people_on_shift(sql, shift_id);
        if (std::find(on_shift.begin(), on_shift.end(), person_id) != on_shift.end()) return;  // signed up already
        const int signed_up = static_cast<int>(on_shift.size());
        if (need == ShiftNeed::UpToNeed && signed_up >= shift->needed)
            throw ShiftAlreadyFullError(
                tr("the {0}-{1} shift needs {2} and has {3} signed up already; sign {4} up as "
                   "one over what it needs?",
                   {shift->start_time, shift->end_time, shift->needed, signed_up, person->name}));
        store::insert_signup(sql, {shift_id, person_id});
    });
}

std::vector<Person> list_people(Database& db) {
    auto people = store::list_people(db.sql());
    std::stable_sort(people.begin(), people.end(), [](const Person& a, const Person& b) {
        return fold_for_search(a.name) < fold_for_search(b.name);
    });
    return people;
}

std::optional<Person> find_person(Database& db, Id id) { return store::find_person(db.sql(), id); }

std::optional<Person> find_person_by_name(Database& db, const std::string& name) {
    return store::find_person_by_name(db.sql(), name);
}

VolunteerBoard load_volunteer_board(Database& db, Id event_id) {
    auto& sql = db.sql();
    VolunteerBoard b;
    b.roles = store::roles_of(sql, event_id);
    b.shifts = store::shifts_of_event(sql, event_id);
    b.signups = store::signups_of_event(sql, event_id);
    for (const auto& s : b.shifts) {
        int n = 0;
        for (const auto& g : b.signups) n += g.shift_id == s.id;
        b.shift_coverage.push_back({s.id, s.role_id, s.needed, n});
    }
    b.role_coverage = coverage_by_role(b.shift_coverage);
    return b;
}

}  // namespace fn::ops
