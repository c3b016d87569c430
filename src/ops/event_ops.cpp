#include "ops/event_ops.h"

#include <soci/soci.h>

#include <algorithm>
#include <map>

#include "core/calendar.h"
#include "core/errors.h"
#include "core/rules/event_day.h"
#include "ops/clock.h"
#include "ops/login_checks.h"
#include "ops/plannable.h"
#include "ops/round_fit.h"
#include "ops/seat_loss.h"
#include "ops/seat_waits.h"
#include "store/access.h"
#include "store/attendance_store.h"
#include "store/database.h"
#include "store/event_store.h"
#include "store/people_store.h"

namespace fn::ops {
namespace {

Text describe(const Clash& c, const std::vector<Workshop>& all, soci::session& sql) {
    auto title = [&](Id id) {
        auto it = std::find_if(all.begin(), all.end(), [&](const Workshop& w) { return w.id == id; });
        return it == all.end() ? tr("a new workshop") : Text("'" + it->title() + "'");
    };
    if (c.kind == ClashKind::Room) return tr("that room is already used by {0} in this round", {title(c.first)});
    auto p = store::find_person(sql, c.subject);
    if (!p) return tr("the presenter already presents {0} in this round", {title(c.first)});
    return tr("{0} already presents {1} in this round", {p->name, title(c.first)});
}

// Throws when adding `w` to the event's workshops creates a new clash.
void refuse_new_clash(soci::session& sql, const Workshop& w) {
    auto existing = store::workshops_of(sql, w.event_id);
    auto before = find_workshop_clashes(existing).size();
    auto with = existing;
    auto it = std::find_if(with.begin(), with.end(), [&](const Workshop& x) { return x.id == w.id && w.id != 0; });
    if (it != with.end())
        *it = w;
    else
        with.push_back(w);
    auto clashes = find_workshop_clashes(with);
    if (clashes.size() > before)
        for (const auto& c : clashes)
            if (c.first == w.id || c.second == w.id) throw ConflictError(describe(c, existing, sql));
}

// A teacher's removal of a workshop another teacher presents too, or that
// families chose, is the coordinator's to decide (and to tell them).
void refuse_teachers_removal(soci::session& sql, const Workshop& w, Id teacher, std::size_t picked_by) {
    std::string others;
    for (Id p : w.presenter_ids)
        if (p != teacher)
            if (auto person = store::find_person(sql, p)) others += (others.empty() ? "" : ", ") + person->name;
    if (std::find(w.presenter_ids.begin(), w.presenter_ids.end(), teacher) == w.presenter_ids.end())
        throw NotAllowedError(tr("you can remove only the workshops you present (workshop {0}); ask the coordinator",
                                 {static_cast<long long>(w.id)}));
    if (!others.empty())
        throw NotAllowedError(
            tr("'{0}' is also presented by {1}: removing it is the coordinator's", {w.title(), others}));
    if (picked_by > 0)
        throw NotAllowedError(tr("{0} families chose '{1}': removing it is the coordinator's, who will tell them",
                                 {static_cast<long long>(picked_by), w.title()}));
}

// A calendar that subscribed to the school's events takes a change only
// when its SEQUENCE grows (RFC 5545): counted here, whoever changes it.
void count_calendar_change(const Event& before, Event& after) {
    after.revision = before.revision;
    after.changed_at = before.changed_at;
    if (!calendar_shows_differently(before, after)) return;
    after.revision = before.revision + 1;
    after.changed_at = now_timestamp();
}

}  // namespace

Id create_event(Database& db, Event e, EventDay day) {
    validate(e);
    check_event_day(e.date, today(), day);
    e.revision = 0;
    e.changed_at = now_timestamp();
    Id id = 0;
    db.transaction([&](soci::session& sql) { id = store::insert_event(sql, e); });
    return id;
}

void update_event(Database& db, Event e, EventDay day) {
    validate(e);
    db.transaction([&](soci::session& sql) {
        Event before = require_event(sql, e.id);
        require_plannable(before);
        // Only a new date is judged: an event recorded afterwards keeps its day when its texts change.
        if (e.date != before.date) check_event_day(e.date, today(), day);
        e.status = before.status;
        // Rounds must still fit inside the event's hours.
        for (const auto& r : store::rounds_of(sql, e.id))
            if (minutes_of_day(r.start_time) < minutes_of_day(e.start_time) ||
                minutes_of_day(r.end_time) > minutes_of_day(e.end_time))
                throw ValidationError(tr("event times"),
                                      tr("round {0} ({1}-{2}) would fall outside {3}-{4}",
                                         {r.number, r.start_time, r.end_time, e.start_time, e.end_time}));
        count_calendar_change(before, e);
        store::update_event(sql, e);
    });
}

void set_event_status(Database& db, Id event_id, EventStatus status) {
    db.transaction([&](soci::session& sql) {
        const Event before = require_event(sql, event_id);
        Event e = before;
        e.status = status;
        count_calendar_change(before, e);
        store::update_event(sql, e);
        // Only done events teach the dinner rule their walk-in rate.
        if (status == EventStatus::Done)
            store::refresh_turnout_summary(sql, event_id);
        else
            store::drop_turnout_summary(sql, event_id);
    });
}

Id copy_event(Database& db, Id from_event_id, const std::string& new_date) {
    Id new_id = 0;
    db.transaction([&](soci::session& sql) {
        Event e = require_event(sql, from_event_id);
        check_date(tr("new date"), new_date);
        check_event_day(new_date, today(), EventDay::Planned);  // a copy is a new plan
        // Keep the same lead time between the RSVP deadline and the event.
        if (!e.rsvp_deadline.empty()) e.rsvp_deadline = add_days(new_date, -days_between(e.rsvp_deadline, e.date));
        e.date = new_date;
        e.status = EventStatus::Draft;
        e.revision = 0;  // a new event for calendars
        e.changed_at = now_timestamp();
        validate(e);
        new_id = store::insert_event(sql, e);
        std::map<Id, Id> rooms, rounds;
        for (auto r : store::rooms_of(sql, from_event_id)) {
            Id old = r.id;
            r.event_id = new_id;
            rooms[old] = store::insert_room(sql, r);
        }
        for (auto r : store::rounds_of(sql, from_event_id)) {
            Id old = r.id;
            r.event_id = new_id;
            rounds[old] = store::insert_round(sql, r);
        }
        for (auto w : store::workshops_of(sql, from_event_id)) {
            w.event_id = new_id;
            w.round_id = rounds.at(w.round_id);
            w.room_id = w.room_id ? rooms.at(w.room_id) : 0;
            store::insert_workshop(sql, w);
        }
        auto shifts = store::shifts_of_event(sql, from_event_id);
        for (auto role : store::roles_of(sql, from_event_id)) {
            Id old = role.id;
            role.event_id = new_id;
            Id nr = store::insert_role(sql, role);
            for (auto s : shifts)
                if (s.role_id == old) {
                    s.role_id = nr;
                    store::insert_shift(sql, s);
                }
        }
    });
    return new_id;
}

Id add_room(Database& db, Room r, const std::map<std::string, std::string>& names) {
    validate(r);
    validate_room_names(names);
    Id id = 0;
    db.transaction([&](soci::session& sql) {
        require_plannable(require_event(sql, r.event_id));
        for (const auto& existing : store::rooms_of(sql, r.event_id))
            if (existing.name == r.name) throw ConflictError(tr("the event already has a room named '{0}'", {r.name}));
        id = store::insert_room(sql, r);
        if (!names.empty()) store::save_room_names(sql, id, names);
    });
    return id;
}

Id add_round(Database& db, Round r) {
    validate(r);
    Id id = 0;
    db.transaction([&](soci::session& sql) {
        Event e = require_event(sql, r.event_id);
        require_plannable(e);
        r.id = 0;
        require_round_fits(e, r, store::rounds_of(sql, r.event_id));
        id = store::insert_round(sql, r);
    });
    return id;
}

// The checks shared by adding and changing a workshop: its event can still
// be planned, its round and room belong to that event, its presenters exist,
// and it double-books nobody and no room.
static void check_workshop_fits(soci::session& sql, const Workshop& w) {
    require_plannable(require_event(sql, w.event_id));
    auto rounds = store::rounds_of(sql, w.event_id);
    if (std::none_of(rounds.begin(), rounds.end(), [&](const Round& r) { return r.id == w.round_id; }))
        throw ValidationError(tr("workshop round"),
                              tr("round id {0} is not part of this event", {static_cast<long long>(w.round_id)}));
    if (w.room_id) {
        auto rooms = store::rooms_of(sql, w.event_id);
        if (std::none_of(rooms.begin(), rooms.end(), [&](const Room& r) { return r.id == w.room_id; }))
            throw ValidationError(tr("workshop room"),
                                  tr("room id {0} is not part of this event", {static_cast<long long>(w.room_id)}));
    }
    for (Id p : w.presenter_ids)
        if (!store::find_person(sql, p)) throw NotFoundError(tr("no person with id {0}", {static_cast<long long>(p)}));
    refuse_new_clash(sql, w);
}

Id add_workshop(Database& db, Workshop w) {
    validate(w);
    Id id = 0;
    db.transaction([&](soci::session& sql) {
        check_workshop_fits(sql, w);
        id = store::insert_workshop(sql, w);
    });
    return id;
}

std::vector<SeatMoved> update_workshop(Database& db, Workshop w, SeatChange change) {
    validate(w);
    std::vector<SeatMoved> moved;
    db.transaction([&](soci::session& sql) {
        auto before = store::find_workshop(sql, w.id);
        if (!before) throw NotFoundError(tr("no workshop with id {0}", {static_cast<long long>(w.id)}));
        w.event_id = before->event_id;
        // Presenters are added, never dropped here: a teacher who signed up
        // stays signed up until that teacher says otherwise.
        auto added = std::move(w.presenter_ids);
        w.presenter_ids = before->presenter_ids;
        for (Id p : added)
            if (std::find(w.presenter_ids.begin(), w.presenter_ids.end(), p) == w.presenter_ids.end())
                w.presenter_ids.push_back(p);
        if (w.round_id != before->round_id) {
            // A pick is a family's choice for one round; moving the workshop
            // to another round would silently change what they chose.
            int picks = store::count_picks_of_workshop(sql, w.id);
            if (picks > 0)
                throw ConflictError(
                    tr("'{0}' cannot move to another round: {1} families picked it for its round; add a "
                       "new workshop in the other round instead",
                       {before->title(), picks}));
        }
        check_workshop_fits(sql, w);
        auto workshops = store::workshops_of(sql, w.event_id);
        for (auto& x : workshops)
            if (x.id == w.id) x = w;
        moved = seats_lost(sql, w.event_id, workshops, store::rooms_of(sql, w.event_id), change);
        store::update_workshop(sql, w);
        for (Id p : w.presenter_ids) store::add_presenter(sql, w.id, p);
        if (!moved.empty()) remember_who_waits(sql, w.event_id);
    });
    return moved;
}

RemovedWorkshop remove_workshop(Database& db, Id workshop_id) {
    RemovedWorkshop removed;
    const Id teacher = own_person_on_a_teachers_login(db);
    const bool by_a_teacher = db.access() == store::Access::Teacher;
    db.transaction([&](soci::session& sql) {
        auto w = store::find_workshop(sql, workshop_id);
        if (!w) throw NotFoundError(tr("no workshop with id {0}", {static_cast<long long>(workshop_id)}));
        require_plannable(require_event(sql, w->event_id));
        removed.title = w->title();
        removed.households_to_tell = store::households_who_picked(sql, workshop_id);
        // A teacher removes a workshop only while it is theirs alone and no
        // family has chosen it; otherwise the coordinator decides and tells
        // the families (the server holds the same rule).
        if (by_a_teacher) refuse_teachers_removal(sql, *w, teacher, removed.households_to_tell.size());
        store::delete_workshop(sql, workshop_id);
    });
    return removed;
}

void sign_up_presenter(Database& db, Id workshop_id, Id person_id) {
    db.transaction([&](soci::session& sql) {
        auto w = store::find_workshop(sql, workshop_id);
        if (!w) throw NotFoundError(tr("no workshop with id {0}", {static_cast<long long>(workshop_id)}));
        if (!store::find_person(sql, person_id))
            throw NotFoundError(tr("no person with id {0}", {static_cast<long long>(person_id)}));
        require_plannable(require_event(sql, w->event_id));
        if (std::find(w->presenter_ids.begin(), w->presenter_ids.end(), person_id) != w->presenter_ids.end()) return;
        w->presenter_ids.push_back(person_id);
        refuse_new_clash(sql, *w);
        store::add_presenter(sql, workshop_id, person_id);
    });
}

EventPlan load_event_plan(Database& db, Id event_id) {
    auto& sql = db.sql();
    EventPlan plan;
    plan.event = require_event(sql, event_id);
    plan.rooms = store::rooms_of(sql, event_id);
    plan.rounds = store::rounds_of(sql, event_id);
    plan.workshops = store::workshops_of(sql, event_id);
    plan.clashes = find_workshop_clashes(plan.workshops);
    return plan;
}

std::vector<Event> list_events(Database& db) { return store::list_events(db.sql()); }

std::vector<Event> list_events_upcoming_first(Database& db, const std::string& today) {
    auto events = list_events(db);
    std::stable_sort(events.begin(), events.end(), [&](const Event& a, const Event& b) {
        bool past_a = a.date < today, past_b = b.date < today;
        if (past_a != past_b) return !past_a;
        return past_a ? a.date > b.date : a.date < b.date;
    });
    return events;
}

}  // namespace fn::ops
