#include "core/family_names.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <vector>

namespace fn {
namespace {

std::vector<std::string> words_of(const std::string& name) {
    std::vector<std::string> words;
    std::string word;
    for (char c : name) {
        if (c == ' ' || c == '\t') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) out += (out.empty() ? "" : " ") + words[i];
    return out;
}

// Words that belong to the family name that follows them. Compared in
// lower case but with accents kept: the Vietnamese middle name "Văn" is no "van".
bool is_particle(const std::string& word) {
    static constexpr std::array<std::string_view, 20> kParticles{"de",  "del", "dela", "della", "la",  "le", "van",
                                                                 "von", "der", "den",  "da",    "das", "do", "dos",
                                                                 "di",  "al",  "el",   "bin",   "ibn", "st."};
    std::string lower = word;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (auto p : kParticles)
        if (lower == p) return true;
    return false;
}

// The most common Vietnamese family names; with one of them first, the name
// is written the Vietnamese way (family name, middle name, given name).
bool is_vietnamese_family_name(const std::string& word) {
    static constexpr std::array<std::string_view, 16> kNames{"Nguyễn", "Trần", "Lê",    "Phạm", "Hoàng", "Huỳnh",
                                                             "Phan",   "Vũ",   "Võ",    "Đặng", "Bùi",   "Đỗ",
                                                             "Hồ",     "Ngô",  "Dương", "Lý"};
    for (auto n : kNames)
        if (word == n) return true;
    return false;
}

}  // namespace

bool carries_family_name(const std::string& full_name, const std::string& family) {
    auto words = words_of(full_name), family_words = words_of(family);
    if (family_words.empty() || words.size() < family_words.size()) return false;
    if (words.size() == family_words.size()) return words == family_words;
    if (std::equal(family_words.rbegin(), family_words.rend(), words.rbegin())) return true;
    return family_words.size() == 1 && words.front() == family_words.front() &&
           is_vietnamese_family_name(words.front());
}

std::string first_word(const std::string& full_name) {
    auto words = words_of(full_name);
    return words.empty() ? "" : words.front();
}

bool patronymic_naming_language(const std::string& language_code) {
    static constexpr std::array<std::string_view, 8> kLanguages{"am", "ti", "om", "so", "ta", "ms", "is", "mn"};
    for (auto l : kLanguages)
        if (language_code == l) return true;
    return false;
}

bool family_name_first_language(const std::string& language_code) {
    static constexpr std::array<std::string_view, 7> kLanguages{"zh", "zh-hant", "ko", "ja", "vi", "hu", "km"};
    for (auto l : kLanguages)
        if (language_code == l) return true;
    return false;
}

NameParts split_name(const std::string& full_name) {
    auto words = words_of(full_name);
    if (words.empty()) return {};
    if (words.size() == 1) return {"", words[0]};
    // "Nguyễn Thị Hương", but not "Hương Nguyễn" (family name last, as in English).
    if (is_vietnamese_family_name(words.front()) && !is_vietnamese_family_name(words.back()))
        return {joined(words, 1, words.size()), words.front()};
    std::size_t start = words.size() - 1;
    while (start > 1 && is_particle(words[start - 1])) --start;
    return {joined(words, 0, start), joined(words, start, words.size())};
}

}  // namespace fn
