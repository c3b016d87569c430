// A roster's language cell as schools and SIS exports write it: names in
// English, Spanish or the language itself, ISO 639-1/2/3 codes, BCP 47
// tags, and the names ICU does not use (Farsi, Creole, Mandarin).
#include "core/languages.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

using fn::language_code;

TEST(RosterLanguages, NamesInSeveralLanguagesCodesAndTagsAreRead) {
    const std::vector<std::pair<std::string, std::string>> read = {
        {"Spanish", "es"},        {"Español", "es"},        {"ESPANOL", "es"},      {"spa", "es"},
        {"Inglés", "en"},         {"English", "en"},        {"eng", "en"},          {"Farsi", "fa"},
        {"Persian", "fa"},        {"فارسی", "fa"},          {"fa", "fa"},           {"fa-AF", "prs"},
        {"Dari", "prs"},          {"prs", "prs"},           {"Turkish", "tr"},      {"German", "de"},
        {"Alemán", "de"},         {"Hebrew", "he"},         {"Tigrinya", "ti"},     {"Marshallese", "mh"},
        {"中文", "zh"},           {"Mandarin", "zh"},       {"zh-Hant", "zh-hant"}, {"zh_TW", "zh-hant"},
        {"Tiếng Việt", "vi"},     {"Vietnamese", "vi"},     {"Af-Soomaali", "so"},  {"Somali", "so"},
        {"Kreyòl Ayisyen", "ht"}, {"Haitian Creole", "ht"}, {"es-419", "es"},       {"pt_BR", "pt"},
        {"Tamil", "ta"},          {"தமிழ்", "ta"},           {"Amharic", "am"},      {"አማርኛ", "am"},
        {"Hmong", "hmn"},         {"Karen", "kar"},         {" Arabic ", "ar"},     {"العربية", "ar"},
    };
    for (const auto& [typed, code] : read) EXPECT_EQ(language_code(typed).value_or("(none)"), code) << typed;
}

TEST(RosterLanguages, WhatIsNotALanguageIsNotGuessed) {
    // Not valid UTF-8 (found by fuzzing: it threw instead of saying nothing).
    EXPECT_FALSE(language_code("f\xff\xff"
                               "a-AF")
                     .has_value());
    for (const char* typed : {"Other", "Unknown", "", "  ", "xx", "Spanglish", "42"})
        EXPECT_FALSE(language_code(typed).has_value()) << typed << " -> " << language_code(typed).value_or("");
}

TEST(LanguageCodes, OnlyACodeReadAsItselfIsOne) {
    for (const char* code : {"en", "es", "fa", "prs", "hmn", "kar", "zh-hant", "so", "ti", "mh"})
        EXPECT_TRUE(fn::is_language_code(code)) << code;
    // Two letters that are no language, a name, an upper-case code, a withdrawn one.
    for (const char* code : {"xx", "qq", "spanish", "farsi", "ES", "iw", "", "e", "es_419", "es-419"})
        EXPECT_FALSE(fn::is_language_code(code)) << code;
}

TEST(LanguageCodes, EachLanguageIsNamedInItselfForAFamilyToPointAt) {
    EXPECT_EQ(fn::language_in_itself("es"), "Español");
    EXPECT_EQ(fn::language_in_itself("vi"), "Tiếng Việt");
    EXPECT_EQ(fn::language_in_itself("fa"), "فارسی");
    EXPECT_EQ(fn::language_in_itself("ru"), "Русский");
    EXPECT_EQ(fn::language_in_itself("zh-hant"), "中文（繁體）");
    // ICU's data has none (or a French one): the community's own name.
    EXPECT_EQ(fn::language_in_itself("ht"), "Kreyòl ayisyen");
    EXPECT_EQ(fn::language_in_itself("hmn"), "Hmoob");
    // Nothing known at all: the code, as typed.
    EXPECT_EQ(fn::language_in_itself("mam"), "mam");
}

TEST(LanguageCodes, ACodeIsNamedForTheReader) {
    EXPECT_EQ(fn::language_name("ht"), "Haitian Creole (ht)");
    EXPECT_EQ(fn::language_name_in("en", "es"), "inglés");
    EXPECT_EQ(fn::language_name("xx"), "xx");
}
