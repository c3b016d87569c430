// Small derived values on model types.
#include "core/event.h"
#include "core/household.h"
#include "core/rsvp.h"

namespace fn {
namespace {
std::string pick_title(const Translations& texts, const std::string& lang) {
    if (auto it = texts.find(lang); it != texts.end()) return it->second.title;
    if (auto it = texts.find("en"); it != texts.end()) return it->second.title;
    return texts.empty() ? std::string() : texts.begin()->second.title;
}

std::string last_word(const std::string& name) {
    auto end = name.find_last_not_of(' ');
    if (end == std::string::npos) return {};
    auto start = name.find_last_of(' ', end);
    return name.substr(start == std::string::npos ? 0 : start + 1, end - (start == std::string::npos ? 0 : start + 1) + 1);
}
}  // namespace

std::string Event::title(const std::string& lang) const { return pick_title(texts, lang); }
std::string Workshop::title(const std::string& lang) const { return pick_title(texts, lang); }

std::string Household::family_name() const {
    for (const auto& s : students)
        if (!s.last_name.empty()) return s.last_name;
    for (const auto& g : guardians)
        if (!g.name.empty()) return last_word(g.name);
    return {};
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

}  // namespace fn
