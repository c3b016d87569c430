#include "ops/volunteer_hours.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <vector>

#include "core/calendar.h"
#include "core/text_message.h"
#include "io/table_writer.h"
#include "ops/login_checks.h"
#include "ops/volunteer_ops.h"
#include "store/database.h"
#include "store/event_store.h"
#include "store/people_store.h"
#include "store/settings_store.h"

namespace fn::ops {
namespace {

struct PersonHours {
    std::string name;
    std::string role;
    std::map<Id, bool> events;
    int shifts = 0;
    int minutes = 0;
};

std::string hours(int minutes) { return fmt::format("{:.2f}", minutes / 60.0); }

}  // namespace

int export_volunteer_hours(store::Database& db, const std::string& since_given, const std::string& path) {
    require_coordinator(db, tr("Only a coordinator exports the volunteer hours of every person."));
    std::map<Id, PersonHours> by_person;
    io::Table shifts{"Shifts",
                     {{"date", io::CellKind::Date},
                      {"event"},
                      {"person"},
                      {"role"},
                      {"start"},
                      {"end"},
                      {"hours_signed_up", io::CellKind::Number}},
                     {}};
    {
        auto& sql = db.sql();
        const std::string since = since_given.empty() ? store::load_settings(sql).school_year_started : since_given;
        std::map<Id, Person> people;
        for (auto& p : store::list_people(sql)) people[p.id] = std::move(p);
        for (const auto& e : store::list_events(sql)) {
            if (e.status == EventStatus::Cancelled || (!since.empty() && e.date < since)) continue;
            const auto board = load_volunteer_board(db, e.id);
            std::map<Id, std::string> role_names;
            for (const auto& r : board.roles) role_names[r.id] = r.name;
            for (const auto& signup : board.signups)
                for (const auto& s : board.shifts) {
                    if (s.id != signup.shift_id) continue;
                    const int minutes = std::max(0, minutes_of_day(s.end_time) - minutes_of_day(s.start_time));
                    const Person& p = people[signup.person_id];
                    auto& total = by_person[signup.person_id];
                    total.name = p.name;
                    total.role = to_string(p.role);
                    total.events[e.id] = true;
                    ++total.shifts;
                    total.minutes += minutes;
                    shifts.rows.push_back(
                        {e.date, e.title(), p.name, role_names[s.role_id], s.start_time, s.end_time, hours(minutes)});
                }
        }
    }
    io::Table people{"Hours by person",
                     {{"person"},
                      {"role"},
                      {"events", io::CellKind::Number},
                      {"shifts", io::CellKind::Number},
                      {"hours_signed_up", io::CellKind::Number}},
                     {}};
    std::vector<const PersonHours*> in_order;
    for (const auto& [id, p] : by_person) in_order.push_back(&p);
    std::sort(in_order.begin(), in_order.end(), [](auto* a, auto* b) { return a->name < b->name; });
    for (const auto* p : in_order)
        people.rows.push_back(
            {p->name, p->role, std::to_string(p->events.size()), std::to_string(p->shifts), hours(p->minutes)});
    // A CSV holds one table: the totals; a workbook both.
    if (io::is_xlsx_path(path))
        io::write_tables(path, {people, shifts});
    else
        io::write_tables(path, {people});
    return static_cast<int>(people.rows.size());
}

}  // namespace fn::ops
