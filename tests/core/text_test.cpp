#include "core/text.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/errors.h"

using namespace fn;

TEST(Fold, RemovesAccentsAndCase) {
    EXPECT_EQ(fold_for_search("Núñez"), "nunez");
    EXPECT_EQ(fold_for_search("Trần"), "tran");
    EXPECT_EQ(fold_for_search("NGUYỄN"), "nguyen");
    EXPECT_EQ(fold_for_search("Đặng"), "dang");
    EXPECT_EQ(fold_for_search("Groß"), "gross");
    EXPECT_EQ(fold_for_search("Иванова"), "иванова");
    EXPECT_EQ(fold_for_search("王小明"), "王小明");
}

TEST(Fold, TokensSplitOnSpacesAndHyphensAndJoinApostrophes) {
    EXPECT_EQ(search_tokens("María-José O'Brien  Núñez"),
              (std::vector<std::string>{"maria", "jose", "obrien", "nunez"}));
    EXPECT_TRUE(search_tokens("  --  ").empty());
}

// The door's in-place check agrees with the words search_tokens makes, for
// ASCII names (read in place) and others (through search_tokens).
TEST(Fold, TypedWordsStartANamesWordsAsTheTokensSay) {
    const std::vector<std::string> names = {
        "Mary O'Brien-Smith", "D'Angelo  jr.", "ANA LUCIA", "Jo 3rd", "'", "Núñez Ana",
        "Trần Thị Đào",       "محمد الزهراء",  "김민준",    "R2-D2",  ""};
    const std::vector<std::vector<std::string>> typed = {
        {"ob"},      {"obr", "m"}, {"smi"},     {"dan"},           {"jr"},        {"a"},    {"ana", "l"}, {"3"},
        {"3rd"},     {"o"},        {"nu"},      {"dao"},           {"tran", "t"}, {"محمد"}, {"김"},       {"d2"},
        {"r2", "d"}, {"x"},        {"ob", "x"}, {"mary", "obrien"}};
    for (const auto& name : names) {
        auto words = search_tokens(name);
        for (const auto& t : typed) {
            bool expected = std::all_of(t.begin(), t.end(), [&](const std::string& w) {
                return std::any_of(words.begin(), words.end(),
                                   [&](const std::string& n) { return n.rfind(w, 0) == 0; });
            });
            EXPECT_EQ(words_start_name(t, {name}), expected) << name << " / " << t[0];
        }
    }
    EXPECT_TRUE(words_start_name({"ana", "gar"}, {"Ana", "García"})) << "words of several parts, one not ASCII";
    EXPECT_TRUE(words_start_name({"gar", "ana"}, {"Ana", "Garcia"}));
    EXPECT_FALSE(words_start_name({"anag"}, {"Ana", "Garcia"})) << "a word does not run into the next part";
    EXPECT_FALSE(words_start_name({}, {"Ana"}));
}

TEST(Text, AcceptsNamesInAnyScript) {
    EXPECT_NO_THROW(check_text(tr("name"), "Nguyễn Thị Minh Khai", 200, true));
    EXPECT_NO_THROW(check_text(tr("name"), "محمد عبد الله", 200, true));
    EXPECT_NO_THROW(check_text(tr("name"), "陈美玲", 200, true));
}

TEST(Text, RejectsHostileInputWithTheFieldNamed) {
    EXPECT_THROW(check_text(tr("name"), "a\x01b", 200), ValidationError);
    EXPECT_THROW(check_text(tr("name"), "line\nbreak", 200), ValidationError);
    EXPECT_NO_THROW(check_multiline_text(tr("notes"), "line\nbreak", 200));
    EXPECT_THROW(check_text(tr("name"), "evil\xE2\x80\xAEgnp.exe", 200), ValidationError);  // U+202E
    EXPECT_THROW(check_text(tr("name"), "bad \xC3\x28 utf8", 200), ValidationError);
    EXPECT_THROW(check_text(tr("name"), std::string(10000, 'x'), 200), ValidationError);
    EXPECT_THROW(check_text(tr("name"), "   ", 200, true), ValidationError);
    try {
        check_text(tr("guardian name"), std::string(10000, 'x'), 200);
    } catch (const ValidationError& e) {
        EXPECT_EQ(std::string(e.what()), "guardian name: is 10000 characters long; the limit is 200");
    }
}

TEST(Text, CountsCodePointsNotBytes) {
    EXPECT_EQ(utf8_length("Trần"), 4u);
    EXPECT_NO_THROW(check_text(tr("name"), "ñññññ", 5));
    EXPECT_THROW(check_text(tr("name"), "ññññññ", 5), ValidationError);
}

TEST(Text, DigitsOnlyAndTrim) {
    EXPECT_EQ(digits_only("(555) 010-2345"), "5550102345");
    EXPECT_EQ(trim("  a b \r\n"), "a b");
}

TEST(Text, IntListsAsTypedOnSlips) {
    EXPECT_EQ(parse_int_list(tr("ages"), "4,7"), (std::vector<int>{4, 7}));
    EXPECT_EQ(parse_int_list(tr("ages"), " 4 , 7 "), (std::vector<int>{4, 7}));
    EXPECT_TRUE(parse_int_list(tr("ages"), "").empty());
    try {
        parse_int_list(tr("children's ages"), "4,x");
        FAIL();
    } catch (const ValidationError& e) {
        EXPECT_EQ(e.field(), "children's ages");
    }
}
