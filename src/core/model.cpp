// Small derived values on model types.
#include "core/event.h"
#include "core/household.h"
#include "core/rsvp.h"
#include "core/school.h"

#include <algorithm>
#include <charconv>
#include <tuple>

#include "core/errors.h"
#include "core/family_names.h"

namespace fn {
namespace {
std::string pick_title(const Translations& texts, const std::string& lang) {
    if (auto it = texts.find(lang); it != texts.end() && !it->second.title.empty()) return it->second.title;
    if (auto it = texts.find("en"); it != texts.end()) return it->second.title;
    return texts.empty() ? std::string() : texts.begin()->second.title;
}

}  // namespace

std::string Event::title(const std::string& lang) const { return pick_title(texts, lang); }

bool calendar_shows_differently(const Event& a, const Event& b) {
    auto shown = [](const Event& e) {
        return std::tie(e.kind, e.texts, e.date, e.start_time, e.end_time, e.place, e.places, e.status);
    };
    return shown(a) != shown(b);
}
std::string Workshop::title(const std::string& lang) const { return pick_title(texts, lang); }

Student parse_student_spec(const std::string& text) {
    Student s;
    auto first_colon = text.find(':');
    std::string name = text.substr(0, first_colon);
    // "Ana Dela Cruz" is Ana of the Dela Cruz family; a single word is a first name.
    auto parts = split_name(name);
    s.first_name = parts.given.empty() ? parts.family : parts.given;
    s.last_name = parts.given.empty() ? "" : parts.family;
    if (first_colon != std::string::npos) {
        auto second = text.find(':', first_colon + 1);
        s.grade =
            text.substr(first_colon + 1, second == std::string::npos ? std::string::npos : second - first_colon - 1);
        if (second != std::string::npos) s.homeroom = text.substr(second + 1);
    }
    return s;
}

ContactMethod default_contact(const Guardian& g) {
    if (!g.phone.empty()) return ContactMethod::Phone;
    if (!g.email.empty()) return ContactMethod::Email;
    return ContactMethod::Paper;
}

std::string Household::guardian_names(const std::string& separator) const {
    std::string out;
    for (const auto& g : guardians) out += (out.empty() ? "" : separator) + g.name;
    return out;
}

std::string given_names(const std::string& full_name, const std::string& family_name) {
    std::string name = full_name;
    auto trim_spaces = [](std::string s) {
        auto a = s.find_first_not_of(' '), b = s.find_last_not_of(' ');
        return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
    };
    name = trim_spaces(name);
    if (family_name.empty() || name == family_name) return name;
    if (name.size() > family_name.size() + 1 &&
        name.compare(name.size() - family_name.size(), family_name.size(), family_name) == 0 &&
        name[name.size() - family_name.size() - 1] == ' ')
        return trim_spaces(name.substr(0, name.size() - family_name.size()));
    if (name.size() > family_name.size() + 1 && name.compare(0, family_name.size(), family_name) == 0 &&
        name[family_name.size()] == ' ')
        return trim_spaces(name.substr(family_name.size()));
    return name;
}

std::string Household::guardian_names_for_paper() const {
    std::string out;
    for (const auto& g : guardians) out += (out.empty() ? "" : ", ") + ("\u2068" + g.name + "\u2069");
    return out;
}

bool Household::active() const {
    if (students.empty()) return true;
    for (const auto& s : students)
        if (s.left_on.empty()) return true;
    return false;
}

bool Household::named_by_guardians() const {
    // Only where the family's language names people that way: "Hana
    // Tesfaye, daughter of Tesfaye Bekele" looks just like "Ming Wang, son
    // of Wang Wei" written family name first.
    if (!family_name_as_written.empty() || guardians.empty() || !patronymic_naming_language(language)) return false;
    bool any_last_name = false;
    for (const auto& s : students) {
        if (s.last_name.empty()) continue;
        any_last_name = true;
        for (const auto& g : guardians)
            if (carries_family_name(g.name, s.last_name)) return false;  // a name handed down, shared
    }
    return any_last_name;
}

BadgeName badge_name(const std::string& person, const Household& household) {
    if (household.named_by_guardians()) {
        const std::string first = first_word(person);
        std::string rest = person.substr(std::min(person.size(), person.find(first) + first.size()));
        rest.erase(0, rest.find_first_not_of(' '));
        return {first, rest};
    }
    const std::string family = household.family_name();
    const std::string given = given_names(person, family);
    // The household's name ends the person's name ("Rosa Núñez"), or leads
    // it where names are written family name first ("Trần Thị Lan", "Wang Wei").
    const bool leads = first_word(person) == family && !carries_family_name(person, family);
    if (given != person &&
        (!leads || family_name_first_language(household.language) || split_name(person).family == family))
        return {given, family};
    // Not the household's family name ("Rosa Núñez" in the García family):
    // the person's own, split as names are (one word, or 刘伟: whole, large).
    const NameParts own = split_name(person);
    return own.given.empty() ? BadgeName{person, family} : BadgeName{own.given, own.family};
}

std::string Household::family_name() const {
    if (!family_name_as_written.empty()) return family_name_as_written;
    // The family name the students and a guardian share.
    for (const auto& s : students)
        for (const auto& g : guardians)
            if (!s.last_name.empty() && carries_family_name(g.name, s.last_name)) return s.last_name;
    if (named_by_guardians()) {
        std::string names;
        for (std::size_t i = 0; i < guardians.size() && i < 2; ++i) names += (i ? " and " : "") + guardians[i].name;
        return names;
    }
    for (const auto& s : students)
        if (!s.last_name.empty()) return s.last_name;
    for (const auto& g : guardians)
        if (auto family = split_name(g.name).family; !family.empty()) return family;
    return {};
}

std::string format_childcare_bands(const std::vector<ChildcareBand>& bands) {
    std::string out;
    for (const auto& b : bands)
        out += (out.empty() ? "" : ";") + std::to_string(b.min_age) + "-" + std::to_string(b.max_age) + ":" +
               std::to_string(b.children_per_caregiver);
    return out;
}

std::vector<ChildcareBand> parse_childcare_bands(const std::string& text) {
    std::vector<ChildcareBand> bands;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find(';', start);
        std::string item = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        ChildcareBand b;
        // Whole numbers that fit: sscanf("%d") would wrap 99999999999 to
        // another age without a word.
        const char* p = item.data();
        const char* end_of_item = item.data() + item.size();
        auto number = [&](int& out, char then) {
            auto [next, ec] = std::from_chars(p, end_of_item, out);
            if (ec != std::errc() || next == p) return false;
            p = next;
            if (then == 0) return p == end_of_item;
            if (p == end_of_item || *p != then) return false;
            ++p;
            return true;
        };
        if (!(number(b.min_age, '-') && number(b.max_age, ':') && number(b.children_per_caregiver, 0)))
            throw ValidationError(
                tr("childcare bands"),
                tr("{0} should look like 3-5:8 (ages 3 to 5, 8 children per caregiver)", {quoted(item)}));
        bands.push_back(b);
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return bands;
}

std::vector<MealLine> Rsvp::meal_lines() const {
    if (status != RsvpStatus::Yes) return {};
    std::vector<MealLine> lines = meals;
    int listed = 0;
    for (const auto& m : meals) listed += m.count;
    // Everyone not listed with a special need eats the plain meal.
    if (listed < people()) lines.push_back({MealNeed::None, people() - listed, {}});
    return lines;
}

namespace {

template <typename T>
std::vector<T> sorted(std::vector<T> v) {
    std::sort(v.begin(), v.end());
    return v;
}

std::vector<std::pair<Id, Id>> pick_pairs(const Rsvp& r) {
    std::vector<std::pair<Id, Id>> out;
    for (const auto& p : r.picks) out.emplace_back(p.round_id, p.workshop_id);
    return sorted(out);
}

std::vector<std::tuple<MealNeed, int, std::string>> meal_tuples(const Rsvp& r) {
    std::vector<std::tuple<MealNeed, int, std::string>> out;
    for (const auto& m : r.meals)
        if (m.count > 0) out.emplace_back(m.need, m.count, m.note);
    return sorted(out);
}

}  // namespace

std::vector<RsvpField> changed_fields(const Rsvp& before, const Rsvp& after) {
    std::vector<RsvpField> out;
    if (before.status != after.status) out.push_back(RsvpField::Status);
    if (before.adults != after.adults) out.push_back(RsvpField::Adults);
    if (sorted(before.child_ages) != sorted(after.child_ages)) out.push_back(RsvpField::ChildAges);
    if (sorted(before.childcare_ages) != sorted(after.childcare_ages)) out.push_back(RsvpField::ChildcareAges);
    if (pick_pairs(before) != pick_pairs(after)) out.push_back(RsvpField::Picks);
    if (meal_tuples(before) != meal_tuples(after)) out.push_back(RsvpField::Meals);
    if (before.interpreter_language != after.interpreter_language) out.push_back(RsvpField::Interpreter);
    if (before.source != after.source) out.push_back(RsvpField::Source);
    return out;
}

}  // namespace fn
