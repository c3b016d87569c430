#include "reports/sign_in_sheet.h"

#include <gtest/gtest.h>

#include <regex>

#include "core/errors.h"
#include "ops/door_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/print_ops.h"
#include "ops/rsvp_ops.h"
#include "reports/pdf_tools.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::TempDir;

namespace {
SignInSheet sheet_with(int families) {
    SignInSheet s;
    s.heading.school_name = "Lincoln Elementary School";
    s.heading.event_title = "Family Literacy Night";
    s.heading.date = "2026-12-03";
    s.heading.start_time = "17:30";
    s.heading.end_time = "19:30";
    s.heading.place = "Cafeteria";
    const char* names[][2] = {{"Núñez", "Rosa Núñez, Luis Núñez"},
                              {"Trần", "Trần Thị Lan, Nguyễn Văn Hùng"},
                              {"王", "王美玲"},
                              {"Иванова", "Ольга Иванова"},
                              {"Warsame", "Hodan Warsame"}};
    for (int i = 0; i < families; ++i) s.rows.push_back({names[i % 5][0], names[i % 5][1], 1 + i % 2, i % 4});
    s.blank_rows = 10;
    return s;
}
}  // namespace

TEST(SignInSheet, PagesRepeatTheHeaderAndCountPages) {
    TempDir dir;
    auto path = dir.file("signin.pdf");
    reports::write_sign_in_sheet(sheet_with(60), reports::PaperSize::Letter, path);
    int pages = fn::testing::pdf_pages(path);
    EXPECT_EQ(pages, 4);  // 60 families + 10 blank rows at 24 rows a page
    std::string text = fn::testing::pdf_text(path);
    EXPECT_NE(text.find("Thursday, December 3, 2026"), std::string::npos) << "the date as staff read it";
    EXPECT_NE(text.find("Page 1 of 4"), std::string::npos);
    EXPECT_NE(text.find("Page 4 of 4"), std::string::npos);
    std::size_t headers = 0;
    for (auto at = text.find("Signature"); at != std::string::npos; at = text.find("Signature", at + 1)) ++headers;
    EXPECT_EQ(headers, 4u);
    for (const char* name : {"Núñez", "Trần Thị Lan", "Nguyễn Văn Hùng", "王美玲", "Ольга Иванова", "Walk-ins"})
        EXPECT_NE(text.find(name), std::string::npos) << name;
}

TEST(SignInSheet, FontsAreEmbedded) {
    TempDir dir;
    auto path = dir.file("signin.pdf");
    reports::write_sign_in_sheet(sheet_with(5), reports::PaperSize::A4, path);
    std::string fonts = fn::testing::pdf_fonts(path);
    EXPECT_NE(fonts.find("NotoSans-Regular"), std::string::npos) << fonts;
    EXPECT_NE(fonts.find("UMing"), std::string::npos) << fonts;
    EXPECT_EQ(fonts.find(" no "), std::string::npos) << "a font is not embedded:\n" << fonts;
    EXPECT_NE(fn::testing::run("pdfinfo '" + path + "'").find("595.276 x 841.89"), std::string::npos);  // A4
}

TEST(SignInSheet, LongNamesShrinkOrAreCutInsideTheirCell) {
    TempDir dir;
    auto s = sheet_with(1);
    s.rows[0].family_name = std::string(200, 'W');
    auto path = dir.file("long.pdf");
    reports::write_sign_in_sheet(s, reports::PaperSize::Letter, path);
    std::string text = fn::testing::pdf_text(path);
    EXPECT_NE(text.find("WWWW"), std::string::npos);
    EXPECT_NE(text.find("\xE2\x80\xA6"), std::string::npos);  // ellipsis: cut, not run into the next column
}

// No document fails for one name: every script a font on the machine has is
// printed (Hangul from a Korean TrueType font, symbols, Arabic and Devanagari
// shaped by HarfBuzz, right to left where they read so), searchable in the
// PDF; only what no font can draw (here a CJK Extension-B character) shows
// as [?], and is reported, while every other name prints.
TEST(SignInSheet, EveryScriptPrintsAndWhatCannotIsShownAndReported) {
    TempDir dir;
    auto s = sheet_with(5);
    s.rows.push_back({"الزهراء", "فاطمة الزهراء", 1, 0});
    s.rows.push_back({"Haddad", "Omar Haddad, عمر حداد 2", 1, 0});  // an Arabic name inside a Latin line
    s.rows.push_back({"김", "김민준", 1, 1});
    s.rows.push_back({"Sharma", "राम शर्मा", 1, 0});
    s.rows.push_back({"Yoshino", "𠮷野 家", 1, 0});
    s.rows.push_back({"Star", "Star ★ Person \u200Eand\u00ADco", 2, 0});
    std::string path = dir.file("scripts.pdf");
    auto unprinted = reports::write_sign_in_sheet(s, reports::PaperSize::Letter, path);
    EXPECT_EQ(unprinted, (reports::UnprintedTexts{"𠮷野 家"}));
    std::string text = fn::testing::pdf_text(path);
    for (const char* name : {"Hodan Warsame", "王美玲", "Ольга Иванова", "김민준", "Star ★ Person andco", "[?]野 家",
                             "فاطمة الزهراء", "राम शर्मा", "عمر حداد"})
        EXPECT_NE(text.find(name), std::string::npos) << name << " missing in:\n" << text;
    std::string fonts = fn::testing::pdf_fonts(path);
    EXPECT_NE(fonts.find("Nanum"), std::string::npos) << fonts;      // Hangul from a Korean font
    EXPECT_NE(fonts.find("NotoNaskh"), std::string::npos) << fonts;  // Arabic in Naskh style (its text layer)
}

// Brackets inside right-to-left text are mirrored: an Arabic name with its
// grade in parentheses reads "(7)", not ")7(".
TEST(SignInSheet, BracketsInRightToLeftTextAreMirrored) {
    TempDir dir;
    auto s = sheet_with(1);
    s.rows.push_back({"رضایی", "علی رضایی (7)", 1, 0});
    std::string path = dir.file("brackets.pdf");
    reports::write_sign_in_sheet(s, reports::PaperSize::Letter, path);
    std::string text = fn::testing::pdf_text(path);
    EXPECT_NE(text.find("(7)"), std::string::npos) << text;
    EXPECT_EQ(text.find(")7("), std::string::npos) << text;
}

using fn::testing::DbTest;

TEST_F(DbTest, SheetFromTheDatabaseShowsNamesButNoPhonesOrAddresses) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    for (auto [guardian, last] :
         {std::pair{"Rosa Núñez", "Núñez"}, {"Jamal Carter", "Carter"}, {"Ana Ávila", "Ávila"}}) {
        auto h = fn::testing::sample_household(guardian, "Kid", last);
        h.guardians[0].phone = "(555) 867-5309";
        h.address = "12 Elm St, Springfield";
        Rsvp r;
        r.event_id = ev;
        r.household_id = ops::add_household(db, h);
        r.adults = 2;
        ops::record_rsvp(db, r);
    }
    auto sheet = ops::load_sign_in_sheet(db, ev, 5);
    ASSERT_EQ(sheet.rows.size(), 3u);
    EXPECT_EQ(sheet.rows[0].family_name, "Ávila");  // accents ignored in the order
    EXPECT_EQ(sheet.rows[1].family_name, "Carter");
    auto path = dir.file("signin.pdf");
    reports::write_sign_in_sheet(sheet, reports::PaperSize::Letter, path);
    std::string text = fn::testing::pdf_text(path);
    EXPECT_NE(text.find("Rosa Núñez"), std::string::npos);
    EXPECT_FALSE(std::regex_search(text, std::regex(R"(\d{3}\D{0,2}\d{3}\D?\d{4})"))) << text;
    EXPECT_EQ(text.find("Elm St"), std::string::npos);
}

TEST_F(DbTest, WorkshopSheetsListTheSeatedHouseholdsPerRoomAndRound) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Id round = ops::add_round(db, {0, ev, 1, "18:00", "18:40"});
    Id room = ops::add_room(db, {0, ev, "Library", 2});
    Workshop w;
    w.event_id = ev;
    w.round_id = round;
    w.room_id = room;
    w.texts["en"] = {"Math games", ""};
    Id ws = ops::add_workshop(db, w);
    w.room_id = 0;
    w.texts["en"] = {"Story time", ""};
    ops::add_workshop(db, w);
    for (auto name : {"Rosa Núñez", "Jamal Carter", "Lan Trần"}) {
        Rsvp r;
        r.event_id = ev;
        r.household_id = ops::add_household(db, fn::testing::sample_household(name, "Kid", "X"));
        r.adults = 1;
        r.picks = {{0, ws}};
        ops::record_rsvp(db, r);  // the third one waits: 2 seats
    }
    auto sheets = ops::load_workshop_sign_in_sheets(db, ev, 3);
    ASSERT_EQ(sheets.size(), 2u);
    EXPECT_EQ(sheets[0].rows.size(), 2u);
    EXPECT_NE(sheets[0].subtitle.find("Math games"), std::string::npos);
    EXPECT_NE(sheets[0].subtitle.find("Library"), std::string::npos);
    EXPECT_TRUE(sheets[1].rows.empty());
    auto path = dir.file("workshops.pdf");
    reports::write_sign_in_sheets(sheets, reports::PaperSize::Letter, path);
    std::string text = fn::testing::pdf_text(path);
    EXPECT_NE(text.find("Jamal Carter"), std::string::npos);
    EXPECT_EQ(text.find("Lan Trần"), std::string::npos);  // waitlisted, not seated
    EXPECT_NE(text.find("Workshop: Story time"), std::string::npos);
    EXPECT_EQ(fn::testing::pdf_pages(path), 2);
    EXPECT_NE(text.find("Page 1 of 1"), std::string::npos);  // each sheet numbered on its own
}

// A guardian list mixing scripts reads in the order typed: each name in its
// own direction, the list in the sheet's. The row comes from the household
// as the sheet's operation builds it (Household::guardian_names_for_paper).
TEST(SignInSheet, AGuardianListMixingHebrewAndLatinReadsInTheOrderTyped) {
    TempDir dir;
    SignInSheet s = sheet_with(0);
    Household h;
    h.guardians.push_back({0, "יצחק כהן", "", "", ContactMethod::Paper, "he"});
    h.guardians.push_back({0, "Rivka Cohen", "", "", ContactMethod::Paper, "he"});
    s.rows.push_back({"Cohen", h.guardian_names_for_paper(), 2, 1});
    auto path = dir.file("signin.pdf");
    reports::write_sign_in_sheet(s, reports::PaperSize::Letter, path);
    // poppler gives the line left to right: the Hebrew name first (its words
    // read right to left, as pdftotext marks with RLE/PDF), then ", Rivka Cohen".
    const std::string text = fn::testing::pdf_text(path);
    EXPECT_TRUE(std::regex_search(text, std::regex("יצחק כהן\\S*, Rivka Cohen"))) << text;
    EXPECT_EQ(text.find("Rivka Cohen ,"), std::string::npos) << "the list took the Hebrew name's direction";
}
