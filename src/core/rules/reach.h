#pragma once
// Reach and barriers over a school year, for Title I's
// annual evaluation of participation with parents: which families the
// nights reached, by home language, grade, weekday, start time, childcare
// and interpreter offered, what the evaluation forms and barrier slips said,
// language by language. Pure: counted from plain rows the operation loads.
//
// Definitions (the report prints them):
//   invited    families with a student at the school on the event's day
//   RSVP'd     families with a yes RSVP
//   attended   families checked in (walk-ins too)
//   returning  at an event: families that had come to an earlier one (this
//              year or before); over a year: families that came at least twice
//   reach      of a group: its invited families that came at least once
// A group of fewer than kSmallestGroup families (or papers) is shown as
// "fewer than 10", never its numbers: small groups identify families. When
// only one group of a breakdown is small, the smallest other one is hidden
// too, or the total minus the others would give it away.
#include <array>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/evaluation.h"
#include "core/ids.h"

namespace fn {

inline constexpr int kSmallestGroup = 10;

struct ReachFamily {
    Id id = 0;
    std::string language;
    struct Student {
        std::string grade;
        std::string left_on;  // "" while at the school
    };
    std::vector<Student> students;
    // At the school on `date`: a student who had not left by then.
    bool at_school_on(const std::string& date) const;
};

struct ReachEvent {
    Id id = 0;
    std::string title;
    std::string date;        // YYYY-MM-DD
    std::string start_time;  // HH:MM
    bool childcare = false;
    bool interpreter = false;  // an interpreter shift was planned
    std::set<Id> rsvp_yes;
    std::set<Id> came;
};

struct ReachEventLine {
    Id event_id = 0;
    std::string title, date;
    int invited = 0, rsvped = 0, attended = 0, returning = 0;
};

// A group's invited families and those reached; shown only when not small.
struct ReachGroup {
    std::string group;  // a language code, a grade band, a weekday (1-7 as text), a start time, "yes"/"no"
    int families = 0;
    int reached = 0;
    bool hidden = false;  // small, or the one that would give a small one away
};

// What the papers of one language said.
struct PaperTally {
    std::string language;  // "" for every language together
    int forms = 0, slips = 0;
    std::array<int, kQuestions> answered{};  // forms answering each question
    std::array<int, kQuestions> yes{};       // of those, the smiling face
    std::array<int, kBarriers> barriers{};   // ticks on forms and slips
    bool hidden = false;                     // fewer than kSmallestGroup papers, or the one that would give them away
};

struct YearReach {
    std::vector<ReachEventLine> events;  // by date
    int invited = 0, rsvped = 0, attended = 0, returning = 0;
    std::vector<ReachGroup> by_language, by_grade_band, by_weekday, by_start_time, by_childcare, by_interpreter;
    std::vector<PaperTally> papers_by_language;  // in language code order
    PaperTally papers;                           // every language
    std::array<int, kDays> best_days{};
    std::array<int, kTimes> best_times{};
};

// `events` of the year in any order; `came_before`: families that came to
// an event before the year (for the returning count at its first events).
YearReach compute_reach(const std::vector<ReachFamily>& families, std::vector<ReachEvent> events,
                        const std::vector<Evaluation>& papers, const std::set<Id>& came_before);

// The school year a day falls in, July to June: "2026-27" for 2026-11-30,
// with its first and last days.
struct SchoolYearSpan {
    std::string name, first_day, last_day;
};
SchoolYearSpan school_year_of(const std::string& date);
// "2026-27" -> its span; throws ValidationError for anything else.
SchoolYearSpan parse_school_year(const std::string& name);
SchoolYearSpan previous_school_year(const SchoolYearSpan& year);

}  // namespace fn
