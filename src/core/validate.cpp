// Field-level rules for every model type; stores and operations call these
// before writing, so bad input never reaches the database.
#include <algorithm>
#include <numeric>
#include <set>

#include "core/attendance.h"
#include "core/calendar.h"
#include "core/errors.h"
#include "core/event.h"
#include "core/household.h"
#include "core/limits.h"
#include "core/people.h"
#include "core/rsvp.h"
#include "core/school.h"
#include "core/text.h"

namespace fn {
namespace {

void check_count(const char* field, int value, int max) {
    if (value < 0) throw ValidationError(field, "cannot be negative");
    if (value > max) throw ValidationError(field, std::to_string(value) + " is more than " + std::to_string(max));
}

void check_language(const std::string& field, const std::string& code) {
    bool ok = code.size() >= 2 && code.size() <= 8 &&
              std::all_of(code.begin(), code.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
    if (!ok) throw ValidationError(field, "'" + code + "' is not a language code like en, es or zh-hant");
}

void check_translations(const Translations& texts, const char* what) {
    if (texts.empty()) throw ValidationError(std::string(what) + " title", "is required");
    for (const auto& [lang, text] : texts) {
        check_language(std::string(what) + " language", lang);
        check_text(std::string(what) + " title (" + lang + ")", text.title, limits::kName, true);
        check_multiline_text(std::string(what) + " description (" + lang + ")", text.description, limits::kLongText);
    }
}

void check_time_range(const std::string& start, const std::string& end, const char* what) {
    check_time(std::string(what) + " start", start);
    check_time(std::string(what) + " end", end);
    if (minutes_of_day(end) <= minutes_of_day(start))
        throw ValidationError(std::string(what) + " end", end + " is not after the start " + start);
}

}  // namespace

void validate(const SchoolSettings& s) {
    check_text("school name", s.name, limits::kName);
    check_multiline_text("school address", s.address, limits::kLongText);
    check_text("logo file", s.logo_path, limits::kLongText);
    if (s.languages.empty()) throw ValidationError("languages", "name at least one language");
    for (const auto& l : s.languages) check_language("languages", l);
    check_count("walk-in buffer percent", s.walk_in_buffer_percent, 100);
    if (s.paper != "letter" && s.paper != "a4") throw ValidationError("paper", "'" + s.paper + "' is not letter or a4");
    for (const auto& [lang, labels] : s.label_overrides) {
        check_language("label language", lang);
        for (const auto& [key, text] : labels) check_text("label " + lang + "." + key, text, limits::kName);
    }
    for (const auto& b : s.childcare_bands) {
        if (b.min_age < 0 || b.max_age < b.min_age)
            throw ValidationError("childcare band", "ages " + std::to_string(b.min_age) + "-" +
                                                        std::to_string(b.max_age) + " are not a range");
        if (b.children_per_caregiver < 1)
            throw ValidationError("childcare band", "needs at least one child per caregiver");
    }
}

void validate(const Event& e) {
    check_translations(e.texts, "event");
    check_date("event date", e.date);
    check_time_range(e.start_time, e.end_time, "event");
    check_text("place", e.place, limits::kName);
    if (!e.rsvp_deadline.empty()) {
        check_date("RSVP deadline", e.rsvp_deadline);
        if (days_between(e.rsvp_deadline, e.date) < 0)
            throw ValidationError("RSVP deadline", e.rsvp_deadline + " is after the event on " + e.date);
    }
    if (e.childcare && (e.childcare_min_age < 0 || e.childcare_max_age < e.childcare_min_age))
        throw ValidationError("childcare ages", "minimum " + std::to_string(e.childcare_min_age) +
                                                    " and maximum " + std::to_string(e.childcare_max_age) +
                                                    " are not a range");
}

void validate(const Room& r) {
    check_text("room name", r.name, limits::kName, true);
    check_count("room capacity", r.capacity, 10000);
}

void validate(const Round& r) {
    if (r.number < 1 || r.number > 20) throw ValidationError("round number", "must be between 1 and 20");
    check_time_range(r.start_time, r.end_time, "round");
}

void validate(const Workshop& w) {
    check_translations(w.texts, "workshop");
    if (w.round_id <= 0) throw ValidationError("workshop round", "is required");
    check_text("grade band", w.grade_band, limits::kShortText);
    check_count("workshop capacity", w.capacity, 10000);
    check_multiline_text("materials", w.materials, limits::kLongText);
    check_language("workshop language", w.language);
}

void validate(const Person& p) {
    check_text("person name", p.name, limits::kName, true);
    check_text("phone", p.phone, limits::kShortText);
    check_text("email", p.email, limits::kName);
    for (const auto& l : p.languages) check_language("languages spoken", l);
}

void validate(const VolunteerRole& r) { check_text("role name", r.name, limits::kName); }

void validate(const Shift& s) {
    check_time_range(s.start_time, s.end_time, "shift");
    if (s.needed < 1 || s.needed > 500) throw ValidationError("volunteers needed", "must be between 1 and 500");
}

void validate(const Guardian& g) {
    check_text("guardian name", g.name, limits::kName, true);
    check_text("guardian phone", g.phone, limits::kShortText);
    check_text("guardian email", g.email, limits::kName);
    check_language("guardian language", g.language);
}

void validate(const Student& s) {
    check_text("student number", s.student_number, limits::kShortText);
    check_text("student first name", s.first_name, limits::kName);
    check_text("student last name", s.last_name, limits::kName);
    if (trim(s.first_name).empty() && trim(s.last_name).empty())
        throw ValidationError("student name", "is required");
    check_text("grade", s.grade, limits::kShortText);
    check_text("homeroom", s.homeroom, limits::kName);
}

void validate(const Household& h) {
    check_text("family code", h.code, limits::kShortText);
    check_multiline_text("address", h.address, limits::kLongText);
    check_language("household language", h.language);
    check_multiline_text("notes", h.notes, limits::kLongText);
    if (h.guardians.empty() && h.students.empty())
        throw ValidationError("household", "needs at least one guardian or student");
    for (const auto& g : h.guardians) validate(g);
    for (const auto& s : h.students) validate(s);
}

void validate(const Rsvp& r) {
    check_count("adults", r.adults, limits::kMaxPeoplePerHousehold);
    check_count("children", static_cast<int>(r.child_ages.size()), limits::kMaxPeoplePerHousehold);
    for (int age : r.child_ages)
        if (age < 0 || age > limits::kMaxAge)
            throw ValidationError("child ages", std::to_string(age) + " is not a child's age");
    // Every child in childcare must be one of the children coming.
    std::multiset<int> coming(r.child_ages.begin(), r.child_ages.end());
    for (int age : r.childcare_ages) {
        auto it = coming.find(age);
        if (it == coming.end())
            throw ValidationError("childcare", "a child aged " + std::to_string(age) +
                                                   " needs childcare but is not among the children coming");
        coming.erase(it);
    }
    if (r.status == RsvpStatus::Yes && r.people() == 0)
        throw ValidationError("RSVP", "a 'yes' needs at least one person coming");
    int meals = 0;
    for (const auto& m : r.meals) {
        check_count("meals", m.count, limits::kMaxPeoplePerHousehold);
        check_text("dietary note", m.note, limits::kName);
        if (m.need == MealNeed::Allergy && trim(m.note).empty())
            throw ValidationError("dietary note", "say what the allergy is");
        meals += m.count;
    }
    if (meals > r.people())
        throw ValidationError("meals", std::to_string(meals) + " meals for " + std::to_string(r.people()) +
                                           " people coming");
    std::set<Id> rounds;
    for (const auto& p : r.picks)
        if (!rounds.insert(p.round_id).second)
            throw ValidationError("workshop picks", "two workshops picked in the same round");
    if (!r.interpreter_language.empty()) check_language("interpreter language", r.interpreter_language);
}

void validate(const CheckIn& c) {
    check_count("adults present", c.adults, limits::kMaxPeoplePerHousehold);
    check_count("children present", c.children, limits::kMaxPeoplePerHousehold);
    if (c.adults + c.children == 0) throw ValidationError("check-in", "at least one person must be present");
    check_text("station", c.station, limits::kShortText);
}

void validate(const Headcount& h) {
    check_text("headcount label", h.label, limits::kName, true);
    check_count("headcount", h.count, 100000);
}

}  // namespace fn
