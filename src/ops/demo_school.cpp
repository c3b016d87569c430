#include "ops/demo_school.h"

#include <soci/soci.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <random>
#include <set>

#include "core/calendar.h"
#include "core/errors.h"
#include "core/family_code.h"
#include "ops/clock.h"
#include "ops/demo_names.h"
#include "store/attendance_store.h"
#include "store/database.h"
#include "store/event_store.h"
#include "store/household_store.h"
#include "store/people_store.h"
#include "store/resource_store.h"
#include "store/rsvp_store.h"
#include "store/settings_store.h"

namespace fn::ops {
namespace {

const char* kGrades[] = {"PK", "K", "1", "2", "3", "4", "5"};

class Demo {
public:
    Demo(soci::session& sql, const DemoOptions& o) : sql_(sql), o_(o), rng_(o.seed), codes_(o.seed) {}

    DemoSummary run() {
        SchoolSettings settings;
        settings.name = "Lincoln Elementary School";
        settings.address = "1200 Lincoln Blvd, Springfield";
        settings.languages = {"en", "es", "vi", "zh"};
        validate(settings);
        store::save_settings(sql_, settings);
        add_people();
        add_households();
        std::string past = add_days(o_.today, -30);
        plan_event(past, EventKind::LiteracyNight, EventStatus::Done, true);
        for (int i = 0; i < o_.upcoming_events; ++i)
            plan_event(add_days(o_.today, 10 + 28 * i), i % 2 ? EventKind::LiteracyNight : EventKind::MathNight,
                       i == 0 ? EventStatus::Published : EventStatus::Draft, false);
        return summary_;
    }

private:
    int roll(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
    bool chance(int percent) { return roll(1, 100) <= percent; }
    template <typename T>
    const T& pick(const std::vector<T>& v) {
        return v[static_cast<std::size_t>(roll(0, static_cast<int>(v.size()) - 1))];
    }

    void add_people() {
        for (const auto& name : demo::teacher_names()) {
            Person p{0, name, PersonRole::Teacher, "", "", {"en"}};
            if (name.rfind("Sra.", 0) == 0) p.languages.push_back("es");
            if (name.find("Nguyễn") != std::string::npos) p.languages.push_back("vi");
            validate(p);
            teachers_.push_back(store::insert_person(sql_, p));
        }
        for (int i = 0; i < 16; ++i) {
            const auto& pool = pick(demo::name_pools());
            Person p{0,
                     pool.given[static_cast<std::size_t>(i) % pool.given.size()] + " " + pick(pool.family),
                     i % 5 == 0 ? PersonRole::CommunityPartner : PersonRole::Parent,
                     "(555) 01" + std::to_string(10 + i) + "-" + std::to_string(1000 + i),
                     "",
                     {pool.language}};
            validate(p);
            volunteers_.push_back(store::insert_person(sql_, p));
        }
    }

    const demo::NamePool& weighted_pool() {
        int r = roll(1, 100), acc = 0;
        for (const auto& p : demo::name_pools()) {
            acc += p.weight;
            if (r <= acc) return p;
        }
        return demo::name_pools().front();
    }

    static std::string full_name(const demo::NamePool& pool, const std::string& given, const std::string& family) {
        if (pool.language == "zh") return family + given;  // family name first, no space
        if (pool.language == "vi") return family + " " + given;
        return given + " " + family;
    }

    void add_households() {
        store::HouseholdWriter writer(sql_);
        std::set<std::string> taken;
        for (int i = 0; i < o_.households; ++i) {
            const auto& pool = weighted_pool();
            Household h;
            h.language = pool.language;
            std::string family = pick(pool.family);
            h.code = codes_.next([&](const std::string& c) { return taken.count(c) > 0; });
            taken.insert(h.code);
            h.address = std::to_string(roll(10, 2999)) + " " + pick(demo::streets()) + ", Springfield";
            int guardians = chance(55) ? 2 : 1;
            std::string first_given;
            for (int g = 0; g < guardians; ++g) {
                Guardian gd;
                std::string given = pick(pool.given);
                while (g == 1 && given == first_given) given = pick(pool.given);  // two different people
                if (g == 0) first_given = given;
                gd.name = full_name(pool, given, g == 1 && chance(30) ? pick(pool.family) : family);
                gd.language = pool.language;
                gd.phone = chance(90)
                               ? "(555) " + std::to_string(roll(200, 989)) + "-" + std::to_string(roll(1000, 9999))
                               : "";
                gd.email = chance(35) ? "family" + std::to_string(i + 1) + (g ? "b" : "") + "@example.org" : "";
                gd.preferred_contact = pool.language == "en" && !gd.email.empty() ? ContactMethod::Email
                                       : !gd.phone.empty() ? (chance(60) ? ContactMethod::Text : ContactMethod::Phone)
                                                           : ContactMethod::Paper;
                h.guardians.push_back(gd);
            }
            int students = roll(1, 100) <= 55 ? 1 : (chance(75) ? 2 : 3);
            for (int s = 0; s < students; ++s) {
                Student st;
                st.student_number = "S" + std::to_string(100001 + summary_.students);
                st.first_name = pick(pool.given);
                st.last_name = family;
                int grade = roll(0, 6);
                st.grade = kGrades[grade];
                st.homeroom = demo::teacher_names()[static_cast<std::size_t>(grade)];
                h.students.push_back(st);
                ++summary_.students;
            }
            validate(h);
            Id id = writer.insert(h);
            households_.push_back({id, h.language, h.students.size(), grades_of(h)});
            ++summary_.households;
        }
    }

    static std::vector<int> grades_of(const Household& h) {
        std::vector<int> ages;
        for (const auto& s : h.students) {
            int grade = s.grade == "PK" ? -1 : s.grade == "K" ? 0 : std::stoi(s.grade);
            ages.push_back(grade + 5);
        }
        return ages;
    }

    void plan_event(const std::string& date, EventKind kind, EventStatus status, bool with_checkins) {
        Event e;
        e.kind = kind;
        for (const auto& t : kind == EventKind::MathNight ? demo::math_night_texts() : demo::literacy_night_texts())
            e.texts[t.language] = {t.title, t.description};
        e.date = date;
        e.start_time = "17:30";
        e.end_time = "19:45";
        e.place = "Cafeteria";
        e.rsvp_deadline = add_days(date, -5);
        e.dinner = true;
        e.childcare = true;
        e.childcare_min_age = 0;
        e.childcare_max_age = 12;
        e.status = status;
        validate(e);
        Id ev = store::insert_event(sql_, e);
        ++summary_.events;

        std::vector<Id> rooms;
        for (auto [name, cap] : std::vector<std::pair<const char*, int>>{
                 {"Library", 30}, {"Room 101", 24}, {"Room 104", 24}, {"Computer Lab", 20}})
            rooms.push_back(store::insert_room(sql_, {0, ev, name, cap}));
        std::vector<std::vector<Id>> rounds_workshops;
        int title = kind == EventKind::MathNight ? 4 : 0;
        for (int r = 1; r <= 2; ++r) {
            Round round{0, ev, r, r == 1 ? "18:00" : "18:50", r == 1 ? "18:40" : "19:30"};
            validate(round);
            Id rid = store::insert_round(sql_, round);
            std::vector<Id> ws;
            for (int k = 0; k < 4; ++k) {
                Workshop w;
                w.event_id = ev;
                w.round_id = rid;
                w.room_id = rooms[static_cast<std::size_t>(k)];
                const auto& t = demo::workshop_titles()[static_cast<std::size_t>((title + k + r) % 10)];
                w.texts["en"] = {t, ""};
                w.subject = kind == EventKind::MathNight ? Subject::Math : Subject::Literacy;
                w.grade_band = k % 2 ? "3-5" : "PK-2";
                w.capacity = k == 0 ? 0 : 12 + 4 * k;
                w.languages = {k == 2 ? "es" : "en"};
                w.presenter_ids = {teachers_[static_cast<std::size_t>((k + 4 * (r - 1)) % teachers_.size())]};
                validate(w);
                ws.push_back(store::insert_workshop(sql_, w));
            }
            rounds_workshops.push_back({rid, ws[0], ws[1], ws[2], ws[3]});
        }
        add_volunteers(ev);
        add_rsvps(ev, date, rounds_workshops, with_checkins);
        if (status == EventStatus::Done) store::refresh_turnout_summary(sql_, ev);
    }

    void add_volunteers(Id ev) {
        struct RoleSpec {
            VolunteerRoleKind kind;
            const char* name;
            std::vector<std::pair<const char*, const char*>> shifts;
            int needed;
        };
        std::vector<RoleSpec> specs{
            {VolunteerRoleKind::Childcare, "Childcare (gym)", {{"17:15", "18:30"}, {"18:30", "19:45"}}, 8},
            {VolunteerRoleKind::DinnerService, "Dinner service", {{"17:00", "18:30"}}, 4},
            {VolunteerRoleKind::Greeter, "Greeters and check-in", {{"17:00", "18:15"}}, 3},
            {VolunteerRoleKind::Interpreter, "Interpreters", {{"17:30", "19:45"}}, 3},
            {VolunteerRoleKind::CleanUp, "Clean-up", {{"19:30", "20:15"}}, 3},
        };
        std::size_t next = 0;
        std::map<Id, std::vector<std::pair<int, int>>> booked;  // nobody is in two places at once
        auto free_at = [&](Id person, int from, int to) {
            for (auto [a, b] : booked[person])
                if (from < b && a < to) return false;
            return true;
        };
        for (const auto& spec : specs) {
            Id role = store::insert_role(sql_, {0, ev, spec.kind, spec.name});
            for (auto [start, end] : spec.shifts) {
                Id shift = store::insert_shift(sql_, {0, role, start, end, spec.needed});
                int from = minutes_of_day(start), to = minutes_of_day(end);
                int signups = roll(spec.needed / 2 + 1, spec.needed);  // usually a few gaps to fill
                for (int k = 0, tries = 0; k < signups && tries < static_cast<int>(volunteers_.size()); ++tries) {
                    Id person = volunteers_[next++ % volunteers_.size()];
                    if (!free_at(person, from, to)) continue;
                    booked[person].push_back({from, to});
                    store::insert_signup(sql_, {shift, person});
                    ++k;
                }
            }
        }
    }

    void add_rsvps(Id ev, const std::string& date, const std::vector<std::vector<Id>>& rounds, bool with_checkins) {
        std::vector<std::size_t> order(households_.size());
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), rng_);
        std::size_t n =
            o_.rsvps_per_event > 0 ? static_cast<std::size_t>(o_.rsvps_per_event) : households_.size() * 45 / 100;
        n = std::min(n, order.size());
        static const char* allergies[] = {"peanuts", "tree nuts", "shellfish", "dairy", "eggs"};
        for (std::size_t i = 0; i < n; ++i) {
            const auto& hh = households_[order[i]];
            Rsvp r;
            r.event_id = ev;
            r.household_id = hh.id;
            int s = roll(1, 100);
            r.status = s <= 85   ? RsvpStatus::Yes
                       : s <= 92 ? RsvpStatus::No
                       : s <= 97 ? RsvpStatus::Maybe
                                 : RsvpStatus::Cancelled;
            r.adults = chance(60) ? 2 : 1;
            r.child_ages = hh.child_ages;
            if (chance(20)) r.child_ages.push_back(roll(1, 3));  // a younger sibling not yet in school
            for (int age : r.child_ages)
                if (chance(30)) r.childcare_ages.push_back(age);
            for (const auto& round : rounds)
                if (chance(75)) r.picks.push_back({round[0], round[static_cast<std::size_t>(roll(1, 4))]});
            int m = roll(1, 100);
            if (m <= 10)
                r.meals.push_back({MealNeed::Vegetarian, 1, ""});
            else if (m <= 17)
                r.meals.push_back({MealNeed::Halal, r.people(), ""});
            else if (m <= 20)
                r.meals.push_back({MealNeed::Allergy, 1, allergies[roll(0, 4)]});
            if (hh.language != "en" && chance(35)) r.interpreter_language = hh.language;
            int src = roll(1, 100);
            r.source = src <= 60   ? RsvpSource::PaperSlip
                       : src <= 85 ? RsvpSource::Phone
                       : src <= 95 ? RsvpSource::Email
                                   : RsvpSource::InPerson;
            r.recorded_at = add_days(date, -roll(6, 20)) + " 1" + std::to_string(roll(0, 9)) + ":" +
                            std::to_string(roll(10, 59)) + ":00";
            validate(r);
            store::save_rsvp(sql_, r);
            ++summary_.rsvps;
            if (with_checkins && r.status == RsvpStatus::Yes && chance(85)) {
                check_in(ev, date, hh.id, r.adults, static_cast<int>(r.child_ages.size()), false);
                for (const auto& p : r.picks)  // most families make it to the workshops they picked
                    if (chance(85)) store::insert_workshop_attendance(sql_, p.workshop_id, hh.id);
            }
        }
        if (!with_checkins) return;
        for (std::size_t i = n; i < order.size() && i < n + n / 4; ++i)  // walk-ins: a quarter more families
            check_in(ev, date, households_[order[i]].id, 1 + (chance(40) ? 1 : 0), roll(0, 3), true);
    }

    void check_in(Id ev, const std::string& date, Id household, int adults, int children, bool walk_in) {
        CheckIn c{0,
                  ev,
                  household,
                  adults,
                  children,
                  walk_in ? "walk-in table" : "table " + std::to_string(roll(1, 2)),
                  date + " 17:" + std::to_string(roll(30, 59)) + ":00",
                  walk_in};
        if (c.adults + c.children == 0) c.adults = 1;
        validate(c);
        store::insert_checkin(sql_, c);
        ++summary_.check_ins;
    }

    struct DemoHousehold {
        Id id;
        std::string language;
        std::size_t students;
        std::vector<int> child_ages;
    };

    soci::session& sql_;
    const DemoOptions& o_;
    std::mt19937 rng_;
    FamilyCodeGenerator codes_;
    std::vector<Id> teachers_, volunteers_;
    std::vector<DemoHousehold> households_;
    DemoSummary summary_;
};

// A few places a family can be pointed to, so the resources handout has
// something to show.
void add_demo_resources(soci::session& sql) {
    const CommunityResource resources[] = {
        {0,
         ResourceCategory::Food,
         "Lincoln Community Food Pantry",
         "210 Oak Street",
         "Tue and Thu 4-7 pm",
         "555-0190",
         {"en", "es", "so"},
         ResourceCost::Free,
         "Bring a bag. No ID needed."},
        {0,
         ResourceCategory::Health,
         "Westside Family Health Clinic",
         "88 Main Street",
         "Mon-Fri 8 am-5 pm",
         "555-0111",
         {"en", "es", "vi", "zh"},
         ResourceCost::SlidingScale,
         ""},
        {0,
         ResourceCategory::Housing,
         "Springfield Tenant Help Line",
         "",
         "Mon-Sat 9 am-6 pm",
         "555-0150",
         {"en", "es", "ht"},
         ResourceCost::Free,
         ""},
        {0,
         ResourceCategory::LanguageClasses,
         "Adult English at Springfield Library",
         "1 Library Plaza",
         "Wed 6-8 pm",
         "555-0177",
         {"en"},
         ResourceCost::Free,
         "Childcare during class."},
    };
    for (const auto& r : resources) store::insert_resource(sql, r);
}

}  // namespace

DemoSummary create_demo_school(store::Database& db, const DemoOptions& options) {
    DemoOptions o = options;
    if (o.today.empty()) o.today = clock_date();
    check_date(tr("today"), o.today);
    if (o.households < 1 || o.households > 200000)
        throw ValidationError(tr("households"), tr("must be between 1 and 200000"));
    DemoSummary summary;
    db.transaction([&](soci::session& sql) {
        if (store::count_households(sql) > 0 || store::count_events(sql) > 0)
            throw ConflictError(
                tr("the database {0} already has data; the demo school goes into a new file (use --db NEW.db)",
                   {db.display_name()}));
        summary = Demo(sql, o).run();
        add_demo_resources(sql);
    });
    return summary;
}

}  // namespace fn::ops
