#include "core/evaluation.h"

#include <algorithm>
#include <cctype>

#include "core/enum_names.h"
#include "core/errors.h"

namespace fn {
namespace {

constexpr EnumNames<EvaluationKind, 2> kKinds{{{EvaluationKind::Form, "form"}, {EvaluationKind::Slip, "slip"}}};

bool is_blank_mark(char c) { return c == '-' || c == '0' || c == '.'; }
bool is_separator(char c) { return c == ' ' || c == ',' || c == '\t'; }

// The items of a typed list: split at spaces and commas when it has any,
// else one item per character ("137").
std::vector<std::string> items_of(const std::string& typed) {
    std::vector<std::string> items;
    const bool separated = std::any_of(typed.begin(), typed.end(), is_separator);
    std::string item;
    for (char c : typed) {
        if (separated && is_separator(c)) {
            if (!item.empty()) items.push_back(item);
            item.clear();
        } else if (separated) {
            item += c;
        } else {
            items.emplace_back(1, c);
        }
    }
    if (!item.empty()) items.push_back(item);
    return items;
}

// A whole number written with digits only, else -1.
int number_of(const std::string& item) {
    if (item.empty() || item.size() > 3 ||
        !std::all_of(item.begin(), item.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return -1;
    return std::stoi(item);
}

}  // namespace

std::string to_string(EvaluationKind v) { return enum_to_string(kKinds, v); }
EvaluationKind parse_evaluation_kind(const std::string& s) { return enum_from_string(kKinds, s, "kind of form"); }

const std::array<const char*, kQuestions>& question_keys() {
    static const std::array<const char*, kQuestions> keys{"welcome", "learned", "language", "time", "again"};
    return keys;
}

const std::array<const char*, kBarriers>& barrier_keys() {
    static const std::array<const char*, kBarriers> keys{"work",     "time",  "transport", "childcare",
                                                         "language", "heard", "other"};
    return keys;
}

const std::array<const char*, kTimes>& time_keys() {
    static const std::array<const char*, kTimes> keys{"morning", "afternoon", "evening"};
    return keys;
}

std::array<int, kQuestions> parse_answers(const Text& field, const std::string& typed) {
    std::array<int, kQuestions> answers{};
    auto items = items_of(typed);
    if (items.size() > static_cast<std::size_t>(kQuestions))
        throw ValidationError(field, tr("{0} has {1} answers; the form has {2} questions",
                                        {quoted(typed), static_cast<int>(items.size()), kQuestions}));
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& item = items[i];
        if (item.size() == 1 && is_blank_mark(item[0])) continue;
        int n = number_of(item);
        if (n < 1 || n > kFaces)
            throw ValidationError(field, tr("answer {0} is {1}: type 1, 2 or 3 (the faces from left to right), or - "
                                            "when none is ticked",
                                            {static_cast<int>(i + 1), quoted(item)}));
        answers[i] = n;
    }
    return answers;
}

std::vector<int> parse_ticked(const Text& field, const std::string& typed, int highest) {
    std::vector<int> numbers;
    for (const auto& item : items_of(typed)) {
        int n = number_of(item);
        if (n < 1 || n > highest)
            throw ValidationError(field, tr("{0} is not a number from 1 to {1}", {quoted(item), highest}));
        if (std::find(numbers.begin(), numbers.end(), n) != numbers.end())
            throw ValidationError(field, tr("{0} is typed twice", {n}));
        numbers.push_back(n);
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

std::vector<int> parse_favourites(const Text& field, const std::string& typed) {
    std::vector<int> per_round;
    for (const auto& item : items_of(typed)) {
        if (item.size() == 1 && is_blank_mark(item[0])) {
            per_round.push_back(0);
            continue;
        }
        int n = number_of(item);
        if (n < 1)
            throw ValidationError(
                field, tr("{0} is not a workshop number (type - for a round with none ticked)", {quoted(item)}));
        per_round.push_back(n);
    }
    return per_round;
}

std::string answers_text(const std::array<int, kQuestions>& answers) {
    std::string out;
    for (int a : answers) out += (out.empty() ? "" : " ") + (a == 0 ? std::string("-") : std::to_string(a));
    return out;
}

std::string favourites_text(const std::vector<std::pair<int, int>>& favourites) {
    int rounds = 0;
    for (const auto& [round, workshop] : favourites) rounds = std::max(rounds, round);
    std::vector<int> per_round(static_cast<std::size_t>(rounds), 0);
    for (const auto& [round, workshop] : favourites)
        if (round >= 1) per_round[static_cast<std::size_t>(round - 1)] = workshop;
    std::string out;
    for (int n : per_round) out += (out.empty() ? "" : " ") + (n ? std::to_string(n) : std::string("-"));
    return out;
}

std::string ticked_text(const std::vector<int>& numbers) {
    std::string out;
    for (int n : numbers) out += (out.empty() ? "" : " ") + std::to_string(n);
    return out;
}

}  // namespace fn
