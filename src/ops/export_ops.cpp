#include "ops/export_ops.h"

#include <soci/soci.h>

#include <map>

#include "core/errors.h"
#include "io/atomic_file.h"
#include "io/ics_writer.h"
#include "io/table_writer.h"
#include "ops/clock.h"
#include "ops/login_checks.h"
#include "ops/volunteer_ops.h"
#include "store/attendance_store.h"
#include "store/database.h"
#include "store/event_store.h"
#include "store/household_store.h"
#include "store/people_store.h"
#include "store/rsvp_store.h"
#include "store/settings_store.h"
#include "core/text_list.h"

namespace fn::ops {
namespace {

std::map<Id, Household> households_by_id(soci::session& sql, const std::vector<Id>& ids) {
    std::map<Id, Household> map;
    for (auto& h : store::load_households(sql, ids)) map[h.id] = std::move(h);
    return map;
}

// Empty for a login that may not read them (the server gives it none).
std::string first_phone(const Household& h) {
    for (const auto& g : h.guardians)
        if (!g.phone.empty()) return g.phone;
    return {};
}

std::string first_email(const Household& h) {
    for (const auto& g : h.guardians)
        if (!g.email.empty()) return g.email;
    return {};
}

using io::CellKind;

}  // namespace

int export_rsvps(Database& db, Id event_id, const std::string& path) {
    auto& sql = db.sql();
    store::load_event(sql, event_id);
    auto rsvps = store::rsvps_of_event(sql, event_id);
    std::vector<Id> ids;
    for (const auto& r : rsvps) ids.push_back(r.household_id);
    auto households = households_by_id(sql, ids);
    std::map<Id, std::string> titles;
    for (const auto& w : store::workshops_of(sql, event_id)) titles[w.id] = w.title();

    io::Table out{"RSVPs",
                  {{"family_code"},
                   {"family_name"},
                   {"guardians"},
                   {"phone"},
                   {"email"},
                   {"language"},
                   {"status"},
                   {"adults", CellKind::Number},
                   {"children", CellKind::Number},
                   {"child_ages"},
                   {"childcare_ages"},
                   {"meals"},
                   {"interpreter"},
                   {"workshops"},
                   {"source"},
                   {"recorded_at", CellKind::DateTime}},
                  {}};
    for (const auto& r : rsvps) {
        const auto& h = households[r.household_id];
        std::string meals, picks;
        for (const auto& m : r.meal_lines())
            meals += (meals.empty() ? "" : "; ") + std::to_string(m.count) + " " + to_string(m.need) +
                     (m.note.empty() ? "" : " (" + m.note + ")");
        for (const auto& p : r.picks) picks += (picks.empty() ? "" : "; ") + titles[p.workshop_id];
        out.rows.push_back({h.code, h.family_name(), h.guardian_names("; "), first_phone(h), first_email(h), h.language,
                            to_string(r.status), std::to_string(r.adults), std::to_string(r.child_ages.size()),
                            join_ints(r.child_ages), join_ints(r.childcare_ages), meals, r.interpreter_language, picks,
                            to_string(r.source), r.recorded_at});
    }
    io::write_tables(path, {out});
    return static_cast<int>(rsvps.size());
}

int export_attendance(Database& db, Id event_id, const std::string& path) {
    auto& sql = db.sql();
    store::load_event(sql, event_id);
    auto checkins = store::checkins_of_event(sql, event_id);
    std::vector<Id> ids;
    for (const auto& c : checkins) ids.push_back(c.household_id);
    auto households = households_by_id(sql, ids);
    io::Table out{"Attendance",
                  {{"family_code"},
                   {"family_name"},
                   {"guardians"},
                   {"language"},
                   {"walk_in"},
                   {"adults", CellKind::Number},
                   {"children", CellKind::Number},
                   {"checked_in_at", CellKind::DateTime},
                   {"station"}},
                  {}};
    for (const auto& c : checkins) {
        const auto& h = households[c.household_id];
        out.rows.push_back({h.code, h.family_name(), h.guardian_names("; "), h.language, c.walk_in ? "yes" : "no",
                            std::to_string(c.adults), std::to_string(c.children), c.checked_in_at, c.station});
    }
    for (const auto& hc : store::headcounts_of_event(sql, event_id))
        out.rows.push_back({"", "headcount: " + to_string(hc.category) + " " + hc.label, "", "", "", "",
                            std::to_string(hc.count), hc.recorded_at, ""});
    io::write_tables(path, {out});
    return static_cast<int>(checkins.size());
}

int export_volunteers(Database& db, Id event_id, const std::string& path) {
    auto& sql = db.sql();
    store::load_event(sql, event_id);
    auto board = load_volunteer_board(db, event_id);
    std::map<Id, Person> people;
    for (auto& p : store::list_people(sql)) people[p.id] = std::move(p);
    io::Table out{"Volunteers",
                  {{"role"},
                   {"shift_start"},
                   {"shift_end"},
                   {"needed", CellKind::Number},
                   {"signed_up", CellKind::Number},
                   {"name"},
                   {"phone"},
                   {"email"}},
                  {}};
    int rows = 0;
    for (const auto& role : board.roles)
        for (const auto& s : board.shifts) {
            if (s.role_id != role.id) continue;
            int signed_up = 0;
            for (const auto& g : board.signups) signed_up += g.shift_id == s.id;
            bool any = false;
            for (const auto& g : board.signups) {
                if (g.shift_id != s.id) continue;
                const auto& p = people[g.person_id];
                out.rows.push_back({role.name, s.start_time, s.end_time, std::to_string(s.needed),
                                    std::to_string(signed_up), p.name, p.phone, p.email});
                any = true;
                ++rows;
            }
            if (!any) {  // an empty shift still shows, so the gap is visible
                out.rows.push_back({role.name, s.start_time, s.end_time, std::to_string(s.needed), "0", "", "", ""});
                ++rows;
            }
        }
    io::write_tables(path, {out});
    return rows;
}

int export_directory(Database& db, const std::string& path) {
    require_coordinator(db, tr("the family directory, with every family's phone and address, is the coordinator's"));
    io::Table out{"Directory",
                  {{"family_code"},
                   {"family_name"},
                   {"guardian"},
                   {"phone"},
                   {"email"},
                   {"preferred_contact"},
                   {"guardian_language"},
                   {"family_language"},
                   {"students"},
                   {"address"}},
                  {}};
    store::ReadSnapshot snapshot(db);
    for (const auto& h : store::load_households(db.sql(), store::all_household_ids(db.sql()))) {
        if (!h.active()) continue;  // every student has left
        std::string students;
        for (const auto& s : h.students)
            if (s.left_on.empty())
                students += (students.empty() ? "" : "; ") + s.first_name + " " + s.last_name + " (" + s.grade +
                            (s.homeroom.empty() ? "" : ", " + s.homeroom) + ")";
        if (h.guardians.empty())
            out.rows.push_back({h.code, h.family_name(), "", "", "", "", "", h.language, students, h.address});
        for (const auto& g : h.guardians)
            out.rows.push_back({h.code, h.family_name(), g.name, g.phone, g.email, to_string(g.preferred_contact),
                                g.language, h.language, students, h.address});
    }
    io::write_tables(path, {out});
    return static_cast<int>(out.rows.size());
}

int export_events_ics(Database& db, Id event_id, const std::string& path, const std::string& language, bool feed) {
    auto& sql = db.sql();
    std::vector<Event> events;
    if (event_id)
        events.push_back(store::load_event(sql, event_id));
    else
        events = store::list_events(sql);
    if (feed) std::erase_if(events, [from = today()](const Event& e) { return e.date < from; });
    auto settings = store::load_settings(sql);
    std::string text =
        io::events_to_ics(events, {settings.name, settings.school_id, settings.time_zone, language, feed});
    io::write_file_atomically(path, text);
    int n = 0;
    for (const auto& e : events) n += e.status != EventStatus::Draft;
    return n;
}

}  // namespace fn::ops
