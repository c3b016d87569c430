#include "core/rules/reach.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "core/errors.h"
#include "core/rules/grades.h"

namespace fn {
namespace {

// 1 Monday .. 7 Sunday.
int weekday_of(const std::string& date) {
    int y = 0, m = 0, d = 0;
    if (std::sscanf(date.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return 0;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                          std::chrono::day{static_cast<unsigned>(d)}};
    return static_cast<int>(std::chrono::weekday{std::chrono::sys_days{ymd}}.iso_encoding());
}

// Groups with their invited families and those that came, in key order.
class Grouping {
public:
    void invited(const std::string& group, Id family) { groups_[group].first.insert(family); }
    void came(const std::string& group, Id family) {
        if (groups_[group].first.count(family)) groups_[group].second.insert(family);
    }
    std::vector<ReachGroup> lines() const {
        std::vector<ReachGroup> out;
        for (const auto& [group, sets] : groups_)
            out.push_back({group, static_cast<int>(sets.first.size()), static_cast<int>(sets.second.size())});
        return out;
    }

private:
    std::map<std::string, std::pair<std::set<Id>, std::set<Id>>> groups_;
};

void add_paper(PaperTally& t, const Evaluation& e) {
    (e.kind == EvaluationKind::Form ? t.forms : t.slips)++;
    for (int q = 0; q < kQuestions; ++q) {
        const int a = e.answers[static_cast<std::size_t>(q)];
        if (a == 0) continue;
        ++t.answered[static_cast<std::size_t>(q)];
        if (a == kFaces) ++t.yes[static_cast<std::size_t>(q)];
    }
    for (int b : e.barriers) ++t.barriers[static_cast<std::size_t>(b - 1)];
}

// Hides the small groups, and when exactly one is small, the next smallest.
template <typename Group, typename Size>
void hide_small(std::vector<Group>& groups, Size size_of) {
    int hidden = 0;
    for (auto& g : groups) hidden += (g.hidden = size_of(g) < kSmallestGroup) ? 1 : 0;
    if (hidden != 1 || groups.size() < 2) return;
    auto next = std::min_element(groups.begin(), groups.end(), [&](const Group& a, const Group& b) {
        if (a.hidden != b.hidden) return !a.hidden;
        return size_of(a) < size_of(b);
    });
    next->hidden = true;
}

}  // namespace

bool ReachFamily::at_school_on(const std::string& date) const {
    return std::any_of(students.begin(), students.end(),
                       [&](const Student& s) { return s.left_on.empty() || s.left_on > date; });
}

YearReach compute_reach(const std::vector<ReachFamily>& families, std::vector<ReachEvent> events,
                        const std::vector<Evaluation>& papers, const std::set<Id>& came_before) {
    std::sort(events.begin(), events.end(), [](const ReachEvent& a, const ReachEvent& b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    YearReach r;
    std::set<Id> invited, rsvped, attended, seen = came_before;
    std::map<Id, int> times_came;
    Grouping language, band, weekday, start, childcare, interpreter;
    for (const auto& e : events) {
        ReachEventLine line{
            e.id, e.title, e.date, 0, static_cast<int>(e.rsvp_yes.size()), static_cast<int>(e.came.size()), 0};
        const std::string day = std::to_string(weekday_of(e.date));
        for (const auto& f : families) {
            if (!f.at_school_on(e.date)) continue;
            ++line.invited;
            invited.insert(f.id);
            language.invited(f.language, f.id);
            for (const auto& s : f.students)
                if (s.left_on.empty() || s.left_on > e.date)
                    if (auto b = grade_band(s.grade); !b.empty()) band.invited(b, f.id);
            weekday.invited(day, f.id);
            start.invited(e.start_time, f.id);
            childcare.invited(e.childcare ? "yes" : "no", f.id);
            interpreter.invited(e.interpreter ? "yes" : "no", f.id);
        }
        for (Id id : e.came) {
            if (seen.count(id)) ++line.returning;
            ++times_came[id];
            attended.insert(id);
            weekday.came(day, id);
            start.came(e.start_time, id);
            childcare.came(e.childcare ? "yes" : "no", id);
            interpreter.came(e.interpreter ? "yes" : "no", id);
        }
        seen.insert(e.came.begin(), e.came.end());
        rsvped.insert(e.rsvp_yes.begin(), e.rsvp_yes.end());
        r.events.push_back(line);
    }
    // A family reached in its language and bands when it came at all.
    for (const auto& f : families) {
        if (!attended.count(f.id)) continue;
        language.came(f.language, f.id);
        for (const auto& s : f.students)
            if (auto b = grade_band(s.grade); !b.empty()) band.came(b, f.id);
    }
    r.invited = static_cast<int>(invited.size());
    r.rsvped = static_cast<int>(rsvped.size());
    r.attended = static_cast<int>(attended.size());
    r.returning = static_cast<int>(
        std::count_if(times_came.begin(), times_came.end(), [](const auto& t) { return t.second >= 2; }));
    r.by_language = language.lines();
    r.by_grade_band = band.lines();
    // Bands in school order, not text order ("PK-2" before "3-5").
    std::sort(r.by_grade_band.begin(), r.by_grade_band.end(), [](const ReachGroup& a, const ReachGroup& b) {
        const auto& all = grade_bands();
        return std::find(all.begin(), all.end(), a.group) < std::find(all.begin(), all.end(), b.group);
    });
    r.by_weekday = weekday.lines();
    r.by_start_time = start.lines();
    r.by_childcare = childcare.lines();
    r.by_interpreter = interpreter.lines();
    const auto families_of = [](const ReachGroup& g) { return g.families; };
    for (auto* groups :
         {&r.by_language, &r.by_grade_band, &r.by_weekday, &r.by_start_time, &r.by_childcare, &r.by_interpreter})
        hide_small(*groups, families_of);

    std::map<std::string, PaperTally> by_language;
    for (const auto& e : papers) {
        auto& t = by_language[e.language];
        t.language = e.language;
        add_paper(t, e);
        add_paper(r.papers, e);
        for (int d : e.best_days) ++r.best_days[static_cast<std::size_t>(d - 1)];
        for (int t2 : e.best_times) ++r.best_times[static_cast<std::size_t>(t2 - 1)];
    }
    for (auto& [code, tally] : by_language) r.papers_by_language.push_back(tally);
    const auto papers_of = [](const PaperTally& t) { return t.forms + t.slips; };
    hide_small(r.papers_by_language, papers_of);
    r.papers.hidden = papers_of(r.papers) < kSmallestGroup;
    return r;
}

SchoolYearSpan school_year_of(const std::string& date) {
    int y = std::stoi(date.substr(0, 4));
    const int m = std::stoi(date.substr(5, 2));
    if (m < 7) --y;  // January to June belong to the year that began the July before
    char name[16];
    std::snprintf(name, sizeof name, "%d-%02d", y, (y + 1) % 100);
    return {name, std::to_string(y) + "-07-01", std::to_string(y + 1) + "-06-30"};
}

SchoolYearSpan parse_school_year(const std::string& name) {
    int first = 0, second = 0;
    char dash = 0;
    if (name.size() != 7 || std::sscanf(name.c_str(), "%4d%c%2d", &first, &dash, &second) != 3 || dash != '-' ||
        (first + 1) % 100 != second)
        throw ValidationError(tr("school year"), tr("{0} is not a school year like 2026-27", {quoted(name)}));
    return school_year_of(std::to_string(first) + "-07-01");
}

SchoolYearSpan previous_school_year(const SchoolYearSpan& year) {
    return school_year_of(std::to_string(std::stoi(year.first_day.substr(0, 4)) - 1) + "-07-01");
}

}  // namespace fn
