#include "ops/plan_print_ops.h"

#include <soci/soci.h>

#include <algorithm>
#include <tuple>
#include <cctype>
#include <map>
#include <set>

#include "core/rules/grades.h"
#include "core/document_texts.h"
#include "core/errors.h"
#include "core/family_code.h"
#include "core/rules/turnout.h"
#include "core/text.h"
#include "ops/event_heading.h"
#include "ops/seating_view.h"
#include "ops/volunteer_ops.h"
#include "store/attendance_store.h"
#include "store/database.h"
#include "store/event_store.h"
#include "store/household_store.h"
#include "store/people_store.h"
#include "store/rsvp_store.h"
#include "store/settings_store.h"

namespace fn::ops {
namespace {

std::map<Id, Person> people_by_id(soci::session& sql) {
    std::map<Id, Person> people;
    for (auto& p : store::list_people(sql)) people[p.id] = std::move(p);
    return people;
}

std::string names_of(const std::vector<Id>& ids, const std::map<Id, Person>& people) {
    std::string out;
    for (Id id : ids)
        if (auto it = people.find(id); it != people.end()) out += (out.empty() ? "" : ", ") + it->second.name;
    return out;
}

}  // namespace

VolunteerSchedule load_volunteer_schedule(store::Database& db, Id event_id) {
    VolunteerSchedule s;
    s.heading = load_event_heading(db.sql(), event_id);
    auto board = load_volunteer_board(db, event_id);
    auto people = people_by_id(db.sql());
    for (const auto& shift : board.shifts) {
        ScheduleEntry entry{shift.start_time, shift.end_time, {}, shift.needed, {}};
        for (const auto& r : board.roles)
            if (r.id == shift.role_id) entry.role = r.name;
        for (const auto& g : board.signups) {
            if (g.shift_id != shift.id) continue;
            const auto& p = people[g.person_id];
            std::string line = p.name;
            if (!p.phone.empty()) line += "  " + p.phone;
            if (!p.email.empty()) line += "  " + p.email;
            entry.people.push_back(line);
        }
        s.shifts.push_back(std::move(entry));
    }
    std::stable_sort(s.shifts.begin(), s.shifts.end(), [](const ScheduleEntry& a, const ScheduleEntry& b) {
        return std::tie(a.start_time, a.role) < std::tie(b.start_time, b.role);
    });
    return s;
}

RoomSigns load_room_signs(store::Database& db, Id event_id) {
    auto& sql = db.sql();
    RoomSigns signs;
    signs.heading = load_event_heading(sql, event_id);
    auto rounds = store::rounds_of(sql, event_id);
    auto workshops = store::workshops_of(sql, event_id);
    auto people = people_by_id(sql);
    for (const auto& room : store::rooms_of(sql, event_id)) {
        RoomSign sign{room.name, {}};
        for (const auto& r : rounds)
            for (const auto& w : workshops)
                if (w.round_id == r.id && w.room_id == room.id)
                    sign.slots.push_back(
                        {r.number, r.start_time, r.end_time, w.title(), names_of(w.presenter_ids, people)});
        if (!sign.slots.empty()) signs.rooms.push_back(std::move(sign));
    }
    return signs;
}

PresenterRosters load_presenter_rosters(store::Database& db, Id event_id) {
    auto& sql = db.sql();
    PresenterRosters out;
    out.heading = load_event_heading(sql, event_id);
    auto rounds = store::rounds_of(sql, event_id);
    auto rooms = store::rooms_of(sql, event_id);
    auto workshops = store::workshops_of(sql, event_id);
    auto rsvps = store::rsvps_of_event(sql, event_id);
    auto plans = seat_plans(workshops, rooms, rsvps);
    auto people = people_by_id(sql);
    std::vector<Id> ids;
    for (const auto& r : rsvps) ids.push_back(r.household_id);
    std::map<Id, Household> households;
    for (auto& h : store::load_households(sql, ids)) households[h.id] = std::move(h);
    auto line = [&](Id hid) {
        const auto& h = households[hid];
        auto r = std::find_if(rsvps.begin(), rsvps.end(), [&](const Rsvp& x) { return x.household_id == hid; });
        RosterLine l{h.family_name(),
                     {},
                     h.language,
                     r != rsvps.end() ? r->interpreter_language : "",
                     r != rsvps.end() ? r->adults : 0};
        l.guardians = h.guardian_names_for_paper();
        return l;
    };
    for (const auto& r : rounds)
        for (const auto& w : workshops) {
            if (w.round_id != r.id) continue;
            PresenterRoster roster{w.title(),  names_of(w.presenter_ids, people), "", r.number, r.start_time,
                                   r.end_time, effective_capacity(w, rooms),      {}, {}};
            for (const auto& room : rooms)
                if (room.id == w.room_id) roster.room = room.name;
            const auto& plan = plans[w.id];
            for (Id h : plan.seated) roster.seated.push_back(line(h));
            std::sort(roster.seated.begin(), roster.seated.end(), [](const RosterLine& a, const RosterLine& b) {
                return fold_for_search(a.family_name) < fold_for_search(b.family_name);
            });
            for (Id h : plan.waitlisted) roster.waiting.push_back(line(h));
            out.workshops.push_back(std::move(roster));
        }
    return out;
}

AttendanceReport load_attendance_report(store::Database& db, Id event_id) {
    auto& sql = db.sql();
    AttendanceReport report;
    report.heading = load_event_heading(sql, event_id);
    auto rsvps = store::rsvps_of_event(sql, event_id);
    auto checkins = store::checkins_of_event(sql, event_id);
    report.turnout = compute_turnout(rsvps, checkins);
    for (const auto& h : store::headcounts_of_event(sql, event_id)) report.headcount_total += h.count;

    auto rounds = store::rounds_of(sql, event_id);
    auto rooms = store::rooms_of(sql, event_id);
    auto workshops = store::workshops_of(sql, event_id);
    auto plans = seat_plans(workshops, rooms, rsvps);
    for (const auto& r : rounds)
        for (const auto& w : workshops)
            if (w.round_id == r.id)
                report.workshops.push_back({"R" + std::to_string(r.number) + " " + w.title(),
                                            static_cast<int>(store::workshop_attendees(sql, w.id).size()),
                                            static_cast<int>(plans[w.id].seated.size())});

    std::vector<Id> ids;
    for (const auto& c : checkins) ids.push_back(c.household_id);
    std::map<std::string, int> grades, languages;
    std::map<Id, Household> households;
    for (auto& h : store::load_households(sql, ids)) households[h.id] = std::move(h);
    for (const auto& c : checkins) {
        const auto& h = households[c.household_id];
        // A family erased since keeps its place in the counts, without a name.
        AttendanceLine line{h.erased_on.empty() ? h.family_name() : "\u2014", {}, c.adults, c.children, c.walk_in};
        line.guardians = h.guardian_names_for_paper();
        report.households.push_back(std::move(line));
        ++languages[h.language];
        std::set<std::string> seen;  // a family counts once per grade
        for (const auto& s : h.students)
            if (seen.insert(s.grade).second) ++grades[s.grade.empty() ? "?" : s.grade];
    }
    std::sort(report.households.begin(), report.households.end(), [](const AttendanceLine& a, const AttendanceLine& b) {
        return fold_for_search(a.family_name + " " + a.guardians) < fold_for_search(b.family_name + " " + b.guardians);
    });
    std::vector<std::pair<int, std::string>> ordered;
    for (const auto& [grade, n] : grades) {
        ordered.emplace_back(grade_sort_key(grade), grade);
    }
    std::sort(ordered.begin(), ordered.end());
    for (const auto& [rank, grade] : ordered) report.grades.push_back({"Grade " + grade, grades[grade], -1});
    for (const auto& [lang, n] : languages) report.languages.push_back({lang, n, -1});
    return report;
}

std::vector<NameTag> load_family_name_tags(store::Database& db, Id event_id, int blank_badges) {
    if (blank_badges < 0 || blank_badges > 300)
        throw ValidationError(tr("blank badges"), tr("must be between 0 and 300"));
    auto& sql = db.sql();
    store::load_event(sql, event_id);
    std::map<Id, int> adults;
    std::vector<Id> ids;
    for (const auto& r : store::rsvps_of_event(sql, event_id))
        if (r.status == RsvpStatus::Yes) {
            ids.push_back(r.household_id);
            adults[r.household_id] = r.adults;
        }
    struct Filed {
        std::string family;  // the household's name, to keep a family's badges together
        NameTag tag;
    };
    std::vector<Filed> filed;
    for (const auto& h : store::load_households(sql, ids)) {
        const std::string family = fold_for_search(h.family_name());
        for (int i = 0; i < adults[h.id]; ++i) {
            auto index = static_cast<std::size_t>(i);
            if (index < h.guardians.size()) {
                auto badge = badge_name(h.guardians[index].name, h);
                filed.push_back({family, {badge.large, badge.small}});
            } else {
                // A badge to write on, for an adult not on file.
                filed.push_back({family, {"", h.named_by_guardians() ? "" : h.family_name()}});
            }
        }
    }
    // By family, then name; the badges to write on come last in each family.
    std::stable_sort(filed.begin(), filed.end(), [](const Filed& a, const Filed& b) {
        return std::tuple(a.family, a.tag.name.empty(), fold_for_search(a.tag.name)) <
               std::tuple(b.family, b.tag.name.empty(), fold_for_search(b.tag.name));
    });
    std::vector<NameTag> tags;
    for (auto& f : filed) tags.push_back(std::move(f.tag));
    tags.insert(tags.end(), static_cast<std::size_t>(blank_badges), NameTag{});
    return tags;
}

std::vector<NameTag> load_volunteer_name_tags(store::Database& db, Id event_id) {
    auto& sql = db.sql();
    auto board = load_volunteer_board(db, event_id);
    auto people = people_by_id(sql);
    std::map<Id, std::set<std::string>> roles;  // person -> what they do tonight
    for (const auto& g : board.signups)
        for (const auto& s : board.shifts)
            if (s.id == g.shift_id)
                for (const auto& r : board.roles)
                    if (r.id == s.role_id) roles[g.person_id].insert(r.name);
    for (const auto& w : store::workshops_of(sql, event_id))
        for (Id p : w.presenter_ids) roles[p].insert("Presenter: " + w.title());
    std::vector<NameTag> tags;
    for (const auto& [person, what] : roles) {
        NameTag tag{people[person].name, {}};
        for (const auto& r : what) tag.detail += (tag.detail.empty() ? "" : "; ") + r;
        tags.push_back(std::move(tag));
    }
    std::sort(tags.begin(), tags.end(),
              [](const NameTag& a, const NameTag& b) { return fold_for_search(a.name) < fold_for_search(b.name); });
    return tags;
}

namespace {
std::string fill_in(std::string text, const std::string& name, int age) {
    for (auto [key, value] : {std::pair<std::string, std::string>{"{name}", name}, {"{age}", std::to_string(age)}})
        if (auto at = text.find(key); at != std::string::npos) text.replace(at, key.size(), value);
    return text;
}
}  // namespace

std::vector<PickupPair> load_pickup_pairs(store::Database& db, Id event_id, int blank_pairs) {
    if (blank_pairs < 0 || blank_pairs > 300) throw ValidationError(tr("blank pairs"), tr("must be between 0 and 300"));
    auto& sql = db.sql();
    store::load_event(sql, event_id);
    auto rsvps = store::rsvps_of_event(sql, event_id);
    std::vector<Id> ids;
    for (const auto& r : rsvps)
        if (r.status == RsvpStatus::Yes && !r.childcare_ages.empty()) ids.push_back(r.household_id);
    std::map<Id, Household> households;
    for (auto& h : store::load_households(sql, ids)) households[h.id] = std::move(h);
    std::vector<PickupPair> pairs;
    for (const auto& r : rsvps) {
        if (r.status != RsvpStatus::Yes) continue;
        const auto& h = households[r.household_id];
        for (int age : r.childcare_ages)
            // "Núñez, 4 años" / "familia Núñez": in the family's language, as the rest of the tag.
            pairs.push_back({fill_in(document_text(h.language, "pickup_child_of"), h.family_name(), age),
                             fill_in(document_text(h.language, "pickup_family_of"), h.family_name(), age),
                             {},
                             h.language});
    }
    std::sort(pairs.begin(), pairs.end(), [](const PickupPair& a, const PickupPair& b) {
        return fold_for_search(a.child) < fold_for_search(b.child);
    });
    for (int i = 0; i < blank_pairs; ++i) pairs.push_back({});
    // Short codes from the family-code alphabet, unique within this run.
    FamilyCodeGenerator codes;
    std::set<std::string> used;
    for (auto& p : pairs) {
        p.code = codes.next([&](const std::string& c) { return used.count(c.substr(0, 4)) > 0; }).substr(0, 4);
        used.insert(p.code);
    }
    return pairs;
}

}  // namespace fn::ops
