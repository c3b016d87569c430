#include "core/rules/door_match.h"

#include <algorithm>
#include <tuple>

#include "core/text.h"

namespace fn {
namespace {

std::vector<std::string> name_key(const std::string& name) {
    auto words = search_tokens(name);
    std::sort(words.begin(), words.end());
    return words;
}

bool same_name(const std::string& a, const std::string& b) {
    auto ka = name_key(a);
    return !ka.empty() && ka == name_key(b);
}

}  // namespace

bool likely_same_family(const Household& existing, const Household& typed) {
    for (const auto& t : typed.guardians) {
        std::string phone = digits_only(t.phone);
        for (const auto& g : existing.guardians) {
            if (same_name(g.name, t.name)) return true;
            if (phone.size() >= 7 && digits_only(g.phone) == phone) return true;
        }
    }
    for (const auto& t : typed.students)
        for (const auto& s : existing.students)
            if (same_name(s.first_name + " " + s.last_name, t.first_name + " " + t.last_name)) return true;
    return false;
}

NameMatch match_quality(const Household& h, const std::vector<std::string>& typed_words,
                        const std::string& typed_code) {
    if (!typed_code.empty() && h.code == typed_code) return NameMatch::Code;
    for (const auto& g : h.guardians)
        if (words_start_name(typed_words, {g.name})) return NameMatch::Guardian;
    for (const auto& s : h.students)
        if (words_start_name(typed_words, {s.first_name, s.last_name})) return NameMatch::Student;
    return NameMatch::Mixed;
}

void rank_door_candidates(std::vector<DoorCandidate>& candidates) {
    std::vector<std::string> names;
    names.reserve(candidates.size());
    for (const auto& c : candidates) names.push_back(fold_for_search(c.household.family_name()));
    std::vector<std::size_t> order(candidates.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    auto key = [&](std::size_t i) {
        const auto& c = candidates[i];
        // Code, then expected, then the better match, then the name.
        return std::tuple<int, int, int, const std::string&>(c.match == NameMatch::Code ? 0 : 1, c.expected() ? 0 : 1,
                                                             -static_cast<int>(c.match), names[i]);
    };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    std::vector<DoorCandidate> sorted;
    sorted.reserve(candidates.size());
    for (std::size_t i : order) sorted.push_back(std::move(candidates[i]));
    candidates = std::move(sorted);
}

DoorEnter decide_door_enter(const std::vector<DoorCandidate>& ranked, std::optional<std::size_t> picked_row) {
    if (ranked.empty()) return {};
    if (picked_row && *picked_row < ranked.size()) return {DoorEnter::Kind::TakeRow, *picked_row, 0};
    if (ranked.front().match == NameMatch::Code) return {DoorEnter::Kind::TakeRow, 0, 0};
    int waiting = 0;
    std::size_t first_waiting = 0;
    for (std::size_t i = 0; i < ranked.size(); ++i)
        if (ranked[i].expected() && !ranked[i].arrived_at && waiting++ == 0) first_waiting = i;
    if (waiting > 1) return {DoorEnter::Kind::Choose, 0, waiting};
    return {DoorEnter::Kind::TakeRow, waiting == 1 ? first_waiting : 0, 0};
}

}  // namespace fn
