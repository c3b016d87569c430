#include "ops/volunteer_edit_ops.h"

#include <soci/soci.h>

#include <algorithm>

#include "core/errors.h"
#include "ops/login_checks.h"
#include "ops/plannable.h"
#include "ops/shift_overlap.h"
#include "store/database.h"
#include "store/event_store.h"
#include "store/people_store.h"
#include "store/plan_edit_store.h"

namespace fn::ops {
namespace {

Person require_person(soci::session& sql, Id person_id) {
    auto p = store::find_person(sql, person_id);
    if (!p) throw NotFoundError(tr("no person with id {0}", {static_cast<long long>(person_id)}));
    return *p;
}

Shift require_shift(soci::session& sql, Id shift_id) {
    auto s = store::find_shift(sql, shift_id);
    if (!s) throw NotFoundError(tr("no shift with id {0}", {static_cast<long long>(shift_id)}));
    return *s;
}

Event event_of_shift(soci::session& sql, const Shift& s) {
    auto role = store::find_role(sql, s.role_id);
    if (!role) throw NotFoundError(tr("no volunteer role with id {0}", {static_cast<long long>(s.role_id)}));
    return require_plannable(sql, role->event_id);
}

}  // namespace

Person load_person(Database& db, Id person_id) { return require_person(db.sql(), person_id); }
Shift load_shift(Database& db, Id shift_id) { return require_shift(db.sql(), shift_id); }

void update_person(Database& db, Person p) {
    validate(p);
    db.transaction([&](soci::session& sql) {
        require_person(sql, p.id);
        store::update_person(sql, p);
    });
}

void remove_person(Database& db, Id person_id) {
    db.transaction([&](soci::session& sql) {
        Person p = require_person(sql, person_id);
        // What depends on the person, the first of it named: cancelling it shows the next.
        for (Id w : store::workshops_presented_by(sql, person_id))
            if (auto ws = store::find_workshop(sql, w))
                throw ConflictError(tr("{0} presents '{1}'; take them off the workshop first", {p.name, ws->title()}));
        for (Id s : store::shifts_of_person(sql, person_id))
            if (auto sh = store::find_shift(sql, s))
                throw ConflictError(tr("{0} has the {1}-{2} shift; cancel the sign-up first (and tell them)",
                                       {p.name, sh->start_time, sh->end_time}));
        store::delete_person(sql, person_id);
    });
}

VolunteerRole load_role(Database& db, Id role_id) {
    auto r = store::find_role(db.sql(), role_id);
    if (!r) throw NotFoundError(tr("no volunteer role with id {0}", {static_cast<long long>(role_id)}));
    return *r;
}

void update_role(Database& db, VolunteerRole r) {
    validate(r);
    db.transaction([&](soci::session& sql) {
        auto before = store::find_role(sql, r.id);
        if (!before) throw NotFoundError(tr("no volunteer role with id {0}", {static_cast<long long>(r.id)}));
        require_plannable(sql, before->event_id);
        store::update_role(sql, r);
    });
}

void remove_role(Database& db, Id role_id) {
    db.transaction([&](soci::session& sql) {
        auto role = store::find_role(sql, role_id);
        if (!role) throw NotFoundError(tr("no volunteer role with id {0}", {static_cast<long long>(role_id)}));
        require_plannable(sql, role->event_id);
        int shifts = 0;
        for (const auto& s : store::shifts_of_event(sql, role->event_id)) shifts += s.role_id == role_id;
        if (shifts > 0)
            throw ConflictError(tr("the role '{0}' has {1} shift(s); remove them first (you are told who to tell)",
                                   {role->name, shifts}));
        store::delete_role(sql, role_id);
    });
}

void update_shift(Database& db, Shift s) {
    validate(s);
    db.transaction([&](soci::session& sql) {
        Shift before = require_shift(sql, s.id);
        s.role_id = before.role_id;
        Event e = event_of_shift(sql, before);
        // Everyone on the shift must still be free at its new time.
        for (Id person : store::people_on_shift(sql, s.id))
            if (auto o = overlapping_shift(sql, person, s.id, e.date, s.start_time, s.end_time))
                throw ConflictError(tr("{0} also has a shift from {1} to {2}; the new time would overlap it",
                                       {require_person(sql, person).name, o->start_time, o->end_time}));
        store::update_shift(sql, s);
    });
}

std::vector<Person> remove_shift(Database& db, Id shift_id) {
    std::vector<Person> to_tell;
    db.transaction([&](soci::session& sql) {
        Shift s = require_shift(sql, shift_id);
        event_of_shift(sql, s);
        for (Id person : store::people_on_shift(sql, shift_id)) to_tell.push_back(require_person(sql, person));
        store::delete_shift(sql, shift_id);  // its sign-ups go with it
    });
    return to_tell;
}

std::vector<Person> people_on_shift(Database& db, Id shift_id) {
    std::vector<Person> people;
    for (Id id : store::people_on_shift(db.sql(), shift_id)) people.push_back(require_person(db.sql(), id));
    std::sort(people.begin(), people.end(), [](const Person& a, const Person& b) { return a.name < b.name; });
    return people;
}

void cancel_volunteer_signup(Database& db, Id shift_id, Id person_id) {
    require_self_on_a_teachers_login(db, person_id,
                                     tr("a teacher takes only themself off a shift; the coordinator changes others'"));
    db.transaction([&](soci::session& sql) {
        Shift s = require_shift(sql, shift_id);
        event_of_shift(sql, s);
        Person p = require_person(sql, person_id);
        if (!store::delete_signup(sql, shift_id, person_id))
            throw NotFoundError(tr("{0} is not signed up for the {1}-{2} shift", {p.name, s.start_time, s.end_time}));
    });
}

void remove_presenter(Database& db, Id workshop_id, Id person_id) {
    require_self_on_a_teachers_login(
        db, person_id, tr("a teacher takes only themself off a workshop; the coordinator changes others'"));
    db.transaction([&](soci::session& sql) {
        auto w = store::find_workshop(sql, workshop_id);
        if (!w) throw NotFoundError(tr("no workshop with id {0}", {static_cast<long long>(workshop_id)}));
        require_plannable(sql, w->event_id);
        Person p = require_person(sql, person_id);
        if (!store::delete_presenter(sql, workshop_id, person_id))
            throw NotFoundError(tr("{0} does not present '{1}'", {p.name, w->title()}));
    });
}

}  // namespace fn::ops
