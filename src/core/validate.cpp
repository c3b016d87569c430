// Field-level rules for every model type; stores and operations call these
// before writing, so bad input never reaches the database.
#include <algorithm>
#include <numeric>
#include <set>

#include "core/attendance.h"
#include "core/contact_log.h"
#include "core/evaluation.h"
#include "core/family_message.h"
#include "core/resource.h"
#include "core/calendar.h"
#include "core/errors.h"
#include "core/event.h"
#include "core/household.h"
#include "core/languages.h"
#include "core/limits.h"
#include "core/people.h"
#include "core/rsvp.h"
#include "core/school.h"
#include "core/text.h"

namespace fn {
namespace {

void check_count(const Text& field, int value, int max) {
    if (value < 0) throw ValidationError(field, tr("cannot be negative"));
    if (value > max) throw ValidationError(field, tr("{0} is more than {1}", {value, max}));
}

// A code ICU's data reads as a language: "xx" is refused, not only "Spanish".
void check_language(const Text& field, const std::string& code) {
    if (!is_language_code(code))
        throw ValidationError(field, tr("{0} is not a language code like en, es or zh-hant", {quoted(code)}));
}

// `title`, `language`, `description`: the field names of this kind of text
// ("event title", "workshop title", ...), each translated whole.
struct TextFields {
    Text title, language, description;
};

void check_translations(const Translations& texts, const TextFields& f) {
    if (texts.empty()) throw ValidationError(f.title, tr("is required"));
    for (const auto& [lang, text] : texts) {
        check_language(f.language, lang);
        check_text(tr("{0} ({1})", {f.title, lang}), text.title, limits::kName, true);
        check_multiline_text(tr("{0} ({1})", {f.description, lang}), text.description, limits::kLongText);
    }
}

void check_time_range(const std::string& start, const std::string& end, const Text& start_field,
                      const Text& end_field) {
    check_time(start_field, start);
    check_time(end_field, end);
    if (minutes_of_day(end) <= minutes_of_day(start))
        throw ValidationError(end_field, tr("{0} is not after the start {1}", {end, start}));
}

}  // namespace

void validate(const SchoolSettings& s) {
    check_text(tr("school name"), s.name, limits::kName);
    check_multiline_text(tr("school address"), s.address, limits::kLongText);
    check_text(tr("school phone"), s.phone, limits::kShortText);
    check_text(tr("logo file"), s.logo_path, limits::kLongText);
    if (s.languages.empty()) throw ValidationError(tr("languages"), tr("name at least one language"));
    for (const auto& l : s.languages) check_language(tr("languages"), l);
    check_count(tr("walk-in buffer percent"), s.walk_in_buffer_percent, 100);
    // A month at least: a purge never removes a family the day its last student left.
    check_count(tr("months to keep families who left"), s.keep_left_families_months, 120);
    if (s.keep_left_families_months < 1)
        throw ValidationError(tr("months to keep families who left"), tr("keep them at least one month"));
    check_count(tr("months to keep meal notes"), s.keep_event_notes_months, 120);
    check_count(tr("months to keep contact notes"), s.keep_contact_notes_months, 120);
    if (s.keep_contact_notes_months < 1)
        throw ValidationError(tr("months to keep contact notes"), tr("keep them at least one month"));
    if (s.keep_event_notes_months < 1)
        throw ValidationError(tr("months to keep meal notes"), tr("keep them at least one month"));
    if (s.clock != "language" && s.clock != "12" && s.clock != "24")
        throw ValidationError(tr("clock"), tr("{0} is not 12, 24 or language", {quoted(s.clock)}));
    check_text(tr("mail server"), s.mail.host, limits::kShortText);
    if (s.mail.host.find_first_of(" /:@") != std::string::npos)
        throw ValidationError(tr("mail server"), tr("{0} is not a server's name: give only its name, such as "
                                                    "mail.school.org",
                                                    {quoted(s.mail.host)}));
    if (s.mail.port < 0 || s.mail.port > 65535)
        throw ValidationError(tr("mail server port"), tr("{0} is not a port number (1 to 65535)", {s.mail.port}));
    if (s.mail.tls != "none" && s.mail.tls != "starttls" && s.mail.tls != "tls")
        throw ValidationError(tr("mail server security"), tr("{0} is not none, starttls or tls", {quoted(s.mail.tls)}));
    check_text(tr("mail server login"), s.mail.user, limits::kShortText);
    check_text(tr("school's e-mail address"), s.mail.from_address, limits::kShortText);
    if (!s.mail.from_address.empty() && !looks_like_email(s.mail.from_address))
        throw ValidationError(tr("school's e-mail address"),
                              tr("{0} is not an e-mail address", {quoted(s.mail.from_address)}));
    if (s.mail.per_minute < 1 || s.mail.per_minute > 10000)
        throw ValidationError(tr("messages a minute"), tr("{0} is not between 1 and 10000", {s.mail.per_minute}));
    if (s.paper != "letter" && s.paper != "a4")
        throw ValidationError(tr("paper"), tr("{0} is not letter or a4", {quoted(s.paper)}));
    for (const auto& [lang, labels] : s.label_overrides) {
        check_language(tr("label language"), lang);
        for (const auto& [key, text] : labels) {
            // A message's body is paragraphs (core/family_message.h).
            if (key.size() > 5 && key.compare(key.size() - 5, 5, "_body") == 0)
                check_multiline_text(tr("label {0}", {lang + "." + key}), text, limits::kLongText);
            else
                check_text(tr("label {0}", {lang + "." + key}), text, limits::kName);
        }
    }
    for (const auto& b : s.childcare_bands) {
        if (b.min_age < 0 || b.max_age < b.min_age)
            throw ValidationError(tr("childcare band"), tr("ages {0}-{1} are not a range", {b.min_age, b.max_age}));
        // 99 is how a band says "and older" (6-99).
        if (b.max_age > 99)
            throw ValidationError(tr("childcare band"), tr("ages {0}-{1} go past 99 (write 6-99 for \"6 and older\")",
                                                           {b.min_age, b.max_age}));
        check_count(tr("children per caregiver"), b.children_per_caregiver, 100);
        if (b.children_per_caregiver < 1)
            throw ValidationError(tr("childcare band"), tr("needs at least one child per caregiver"));
    }
}

void validate(const Event& e) {
    check_translations(e.texts, {tr("event title"), tr("event language"), tr("event description")});
    check_date(tr("event date"), e.date);
    check_time_range(e.start_time, e.end_time, tr("event start"), tr("event end"));
    check_text(tr("place"), e.place, limits::kName);
    for (const auto& [lang, place] : e.places) {
        check_language(tr("event language"), lang);
        check_text(tr("{0} ({1})", {tr("place"), lang}), place, limits::kName);
    }
    if (!e.rsvp_deadline.empty()) {
        check_date(tr("RSVP deadline"), e.rsvp_deadline);
        if (days_between(e.rsvp_deadline, e.date) < 0)
            throw ValidationError(tr("RSVP deadline"), tr("{0} is after the event on {1}", {e.rsvp_deadline, e.date}));
    }
    if (e.childcare && (e.childcare_min_age < 0 || e.childcare_max_age < e.childcare_min_age))
        throw ValidationError(tr("childcare ages"), tr("minimum {0} and maximum {1} are not a range",
                                                       {e.childcare_min_age, e.childcare_max_age}));
}

void validate(const Room& r) {
    check_text(tr("room name"), r.name, limits::kName, true);
    check_count(tr("room capacity"), r.capacity, 10000);
}

void validate_room_names(const std::map<std::string, std::string>& names) {
    for (const auto& [lang, name] : names) {
        check_language(tr("room language"), lang);
        check_text(tr("{0} ({1})", {tr("room name"), lang}), name, limits::kName);
    }
}

void validate(const Round& r) {
    if (r.number < 1 || r.number > 20) throw ValidationError(tr("round number"), tr("must be between 1 and 20"));
    check_time_range(r.start_time, r.end_time, tr("round start"), tr("round end"));
}

void validate(const Workshop& w) {
    check_translations(w.texts, {tr("workshop title"), tr("workshop language"), tr("workshop description")});
    if (w.round_id <= 0) throw ValidationError(tr("workshop round"), tr("is required"));
    check_text(tr("grade band"), w.grade_band, limits::kShortText);
    check_count(tr("workshop capacity"), w.capacity, 10000);
    check_multiline_text(tr("materials"), w.materials, limits::kLongText);
    if (w.languages.empty()) throw ValidationError(tr("workshop languages"), tr("name at least one language"));
    for (const auto& l : w.languages) check_language(tr("workshop languages"), l);
}

void validate(const Person& p) {
    check_text(tr("person name"), p.name, limits::kName, true);
    check_text(tr("phone"), p.phone, limits::kShortText);
    check_text(tr("email"), p.email, limits::kName);
    for (const auto& l : p.languages) check_language(tr("languages spoken"), l);
}

void validate(const VolunteerRole& r) { check_text(tr("role name"), r.name, limits::kName); }

void validate(const Shift& s) {
    check_time_range(s.start_time, s.end_time, tr("shift start"), tr("shift end"));
    if (s.needed < 1 || s.needed > 500) throw ValidationError(tr("volunteers needed"), tr("must be between 1 and 500"));
}

void validate(const Guardian& g) {
    check_text(tr("guardian name"), g.name, limits::kName, true);
    check_text(tr("guardian phone"), g.phone, limits::kShortText);
    check_text(tr("guardian email"), g.email, limits::kName);
    check_language(tr("guardian language"), g.language);
}

void validate(const Student& s) {
    check_text(tr("student number"), s.student_number, limits::kShortText);
    check_text(tr("student first name"), s.first_name, limits::kName);
    check_text(tr("student last name"), s.last_name, limits::kName);
    if (trim(s.first_name).empty() && trim(s.last_name).empty())
        throw ValidationError(tr("student name"), tr("is required"));
    check_text(tr("grade"), s.grade, limits::kShortText);
    check_text(tr("homeroom"), s.homeroom, limits::kName);
}

void validate(const Household& h) {
    check_text(tr("family code"), h.code, limits::kShortText);
    check_multiline_text(tr("address"), h.address, limits::kLongText);
    check_language(tr("household language"), h.language);
    check_multiline_text(tr("notes"), h.notes, limits::kLongText);
    if (h.guardians.empty() && h.students.empty())
        throw ValidationError(tr("household"), tr("needs at least one guardian or student"));
    for (const auto& g : h.guardians) validate(g);
    for (const auto& s : h.students) validate(s);
}

void validate(const Rsvp& r) {
    check_count(tr("adults"), r.adults, limits::kMaxPeoplePerHousehold);
    check_count(tr("children"), static_cast<int>(r.child_ages.size()), limits::kMaxPeoplePerHousehold);
    for (int age : r.child_ages)
        if (age < 0 || age > limits::kMaxAge)
            throw ValidationError(tr("child ages"), tr("{0} is not a child's age", {age}));
    // Every child in childcare must be one of the children coming.
    std::multiset<int> coming(r.child_ages.begin(), r.child_ages.end());
    for (int age : r.childcare_ages) {
        auto it = coming.find(age);
        if (it == coming.end())
            throw ValidationError(tr("childcare"),
                                  tr("a child aged {0} needs childcare but is not among the children coming", {age}));
        coming.erase(it);
    }
    if (r.status == RsvpStatus::Yes && r.people() == 0)
        throw ValidationError(tr("RSVP"), tr("a 'yes' needs at least one person coming"));
    int meals = 0;
    for (const auto& m : r.meals) {
        check_count(tr("meals"), m.count, limits::kMaxPeoplePerHousehold);
        check_text(tr("dietary note"), m.note, limits::kName);
        if (m.need == MealNeed::Allergy && trim(m.note).empty())
            throw ValidationError(tr("dietary note"), tr("say what the allergy is"));
        meals += m.count;
    }
    if (meals > r.people())
        throw ValidationError(tr("meals"), tr("{0} meals for {1} people coming", {meals, r.people()}));
    std::set<Id> rounds;
    for (const auto& p : r.picks)
        if (!rounds.insert(p.round_id).second)
            throw ValidationError(tr("workshop picks"), tr("two workshops picked in the same round"));
    if (!r.interpreter_language.empty()) check_language(tr("interpreter language"), r.interpreter_language);
}

void validate(const CheckIn& c) {
    check_count(tr("adults present"), c.adults, limits::kMaxPeoplePerHousehold);
    check_count(tr("children present"), c.children, limits::kMaxPeoplePerHousehold);
    if (c.adults + c.children == 0) throw ValidationError(tr("check-in"), tr("at least one person must be present"));
    check_text(tr("station"), c.station, limits::kShortText);
}

void validate(const Headcount& h) {
    check_text(tr("headcount label"), h.label, limits::kName, true);
    check_count(tr("headcount"), h.count, 100000);
}

void validate(const ContactEntry& c) {
    check_date(tr("contact date"), c.on);
    check_text(tr("made by"), c.staff, limits::kName, true);
    check_language(tr("contact language"), c.language);
    check_text(tr("interpreter"), c.interpreter, limits::kName);
    // A short note: the log is for keeping in touch, not a case file.
    check_multiline_text(tr("contact note"), c.note, 500);
}

void validate(const Evaluation& e) {
    check_language(tr("form language"), e.language);
    check_text(tr("grade band"), e.grade_band, 20);
    for (int a : e.answers)
        if (a < 0 || a > kFaces) throw ValidationError(tr("answers"), tr("{0} is not an answer from 1 to 3", {a}));
    auto in_range = [](const Text& field, const std::vector<int>& numbers, int highest) {
        for (int n : numbers)
            if (n < 1 || n > highest)
                throw ValidationError(field, tr("{0} is not a number from 1 to {1}", {n, highest}));
    };
    in_range(tr("barriers"), e.barriers, kBarriers);
    in_range(tr("best days"), e.best_days, kDays);
    in_range(tr("best times"), e.best_times, kTimes);
    for (const auto& [round, workshop] : e.favourites)
        if (round < 1 || workshop < 1)
            throw ValidationError(tr("favourite workshops"),
                                  tr("round {0}, workshop {1} is not on the form", {round, workshop}));
    check_text(tr("workshop wish"), e.topic, 500);
    // Everything a family wrote, kept: a comment of a full page is still
    // shorter than this.
    check_multiline_text(tr("comment"), e.comment, limits::kLongText);
}

void validate(const CommunityResource& r) {
    check_text(tr("resource name"), r.name, limits::kName, true);
    check_multiline_text(tr("address"), r.address, 500);
    check_text(tr("hours"), r.hours, limits::kShortText);
    check_text(tr("phone"), r.phone, 40);
    for (const auto& code : r.languages) check_language(tr("languages served"), code);
    check_multiline_text(tr("notes"), r.notes, 500);
}

}  // namespace fn
