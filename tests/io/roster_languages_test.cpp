// A roster's language cell as schools and SIS exports write it: names in
// English, Spanish or the language itself, ISO 639-1/2/3 codes, BCP 47
// tags, and the names ICU does not use (Farsi, Creole, Mandarin).
#include "io/roster_languages.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

using fn::io::language_code;

TEST(RosterLanguages, NamesInSeveralLanguagesCodesAndTagsAreRead) {
    const std::vector<std::pair<std::string, std::string>> read = {
        {"Spanish", "es"},        {"Español", "es"},         {"ESPANOL", "es"},     {"spa", "es"},
        {"Inglés", "en"},         {"English", "en"},         {"eng", "en"},         {"Farsi", "fa"},
        {"Persian", "fa"},        {"فارسی", "fa"},           {"fa", "fa"},          {"fa-AF", "prs"},
        {"Dari", "prs"},          {"prs", "prs"},            {"Turkish", "tr"},     {"German", "de"},
        {"Alemán", "de"},         {"Hebrew", "he"},          {"Tigrinya", "ti"},    {"Marshallese", "mh"},
        {"中文", "zh"},           {"Mandarin", "zh"},        {"zh-Hant", "zh-hant"}, {"zh_TW", "zh-hant"},
        {"Tiếng Việt", "vi"},     {"Vietnamese", "vi"},      {"Af-Soomaali", "so"}, {"Somali", "so"},
        {"Kreyòl Ayisyen", "ht"}, {"Haitian Creole", "ht"},  {"es-419", "es"},      {"pt_BR", "pt"},
        {"Tamil", "ta"},          {"தமிழ்", "ta"},           {"Amharic", "am"},     {"አማርኛ", "am"},
        {"Hmong", "hmn"},         {"Karen", "kar"},          {" Arabic ", "ar"},    {"العربية", "ar"},
    };
    for (const auto& [typed, code] : read) EXPECT_EQ(language_code(typed).value_or("(none)"), code) << typed;
}

TEST(RosterLanguages, WhatIsNotALanguageIsNotGuessed) {
    // Not valid UTF-8 (found by fuzzing: it threw instead of saying nothing).
    EXPECT_FALSE(language_code("f\xff\xff" "a-AF").has_value());
    for (const char* typed : {"Other", "Unknown", "", "  ", "xx", "Spanglish", "42"})
        EXPECT_FALSE(language_code(typed).has_value()) << typed << " -> " << language_code(typed).value_or("");
}
