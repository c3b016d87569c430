// Every printed document, through the same entry point as the CLI and the
// app, for a school whose families write their names in many scripts:
// none fails, the names are on the paper (and searchable), pages are
// numbered, nothing a family reads is under 9 pt, and dates read as people
// write them in English, Spanish and Chinese.
#include <gtest/gtest.h>

#include <regex>

#include "core/document_texts.h"
#include "ops/demo_school.h"
#include "ops/print_ops.h"
#include "ops/door_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/rsvp_ops.h"
#include "print/print_document.h"
#include "reports/pdf_document.h"
#include "reports/pdf_tools.h"
#include "reports/type_size.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;
using printing::DocumentKind;

namespace {

constexpr Id kPastEvent = 1;    // the demo's family night that already happened
constexpr Id kComingEvent = 2;  // the next one, with RSVPs

struct Family {
    const char* guardian;
    const char* student;  // "First Last:grade:homeroom"
    const char* language;
};
// Arabic, Farsi and Urdu (Arabic script, right to left), Korean, Nepali
// (Devanagari), Chinese, Vietnamese, and an emoji no font draws.
const Family kFamilies[] = {
    {"فاطمة الزهراء", "Omar Haddad:2:Ms. Rivera", "ar"}, {"زهرا رضایی", "Dariush Rezaei:3:Ms. Lee", "fa"},
    {"عائشہ خان", "Bilal Khan:1:Ms. Lee", "ur"},         {"김민준", "서연 김:1:Mr. Park", "ko"},
    {"राम शर्मा", "Sita Sharma:3:Ms. Lee", "ne"},         {"王小明", "Mei Wang:4:Ms. Chen", "zh"},
    {"Trần Thị Lan", "Bảo Trần:5:Ms. Lee", "vi"},        {"Ayaan 🙂 Warsame", "Hodan Warsame:1:Ms. Lee", "so"},
};

class EveryDocument : public DbTest {
protected:
    void SetUp() override {
        ops::DemoOptions demo;
        demo.households = 40;
        demo.today = "2026-09-01";
        ops::create_demo_school(db, demo);
        for (const auto& f : kFamilies) {
            Household h;
            h.language = f.language;
            h.guardians.push_back({0, f.guardian, "", "", ContactMethod::Paper, f.language});
            h.students.push_back(parse_student_spec(f.student));
            Id id = ops::add_household(db, h);
            Rsvp yes;
            yes.event_id = kComingEvent;
            yes.household_id = id;
            yes.adults = 1;
            yes.child_ages = {6};
            yes.childcare_ages = {6};
            ops::record_rsvp(db, yes);
            ops::check_in(db, kPastEvent, id, 1, 1);
        }
    }

    // Prints `kind` and returns the file; fails the test if printing throws.
    std::string print(DocumentKind kind, Id event, std::vector<std::string> languages = {"en"}) {
        printing::PrintOptions options;
        options.languages = std::move(languages);
        std::string path =
            dir.file(std::string(printing::document_info(kind).file_stem) + "-" + options.languages[0] + ".pdf");
        try {
            last_ = printing::print_document(db, event, kind, path, options);
        } catch (const std::exception& e) {
            ADD_FAILURE() << printing::document_info(kind).title << ": " << e.what();
        }
        return path;
    }

    static std::string page_text(const std::string& pdf, int page) {
        return fn::testing::run("pdftotext -layout -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" +
                                pdf + "' -");
    }

    // Latin words (one font, so their box height is proportional to their size) under 9 pt.
    std::vector<std::string> under_nine_points(const std::string& pdf) {
        static const std::regex latin("^[A-Za-z0-9.,:;/()'&!?-]+$");
        double nine = fn::testing::latin_word_height(dir.file("calibrate.pdf"), 9) - 0.05;
        std::vector<std::string> small;
        int seen = 0;
        for (const auto& w : fn::testing::words_with_heights(pdf, 1, fn::testing::pdf_pages(pdf))) {
            if (!std::regex_match(w.text, latin)) continue;
            ++seen;
            if (w.height < nine) small.push_back(w.text + " (page " + std::to_string(w.page) + ")");
        }
        EXPECT_GT(seen, 20) << pdf;
        return small;
    }

    printing::PrintResult last_;
};

}  // namespace

TEST_F(EveryDocument, EveryDocumentPrintsForFamiliesWritingInManyScripts) {
    const std::vector<std::pair<DocumentKind, Id>> documents = {
        {DocumentKind::Flyer, kComingEvent},          {DocumentKind::BackpackMail, kComingEvent},
        {DocumentKind::SignInSheet, kComingEvent},    {DocumentKind::WorkshopSignInSheets, kComingEvent},
        {DocumentKind::HeadcountSheet, kComingEvent}, {DocumentKind::VolunteerSchedule, kComingEvent},
        {DocumentKind::RoomSigns, kComingEvent},      {DocumentKind::PresenterRosters, kComingEvent},
        {DocumentKind::FamilyBadges, kComingEvent},   {DocumentKind::VolunteerBadges, kComingEvent},
        {DocumentKind::PickupTags, kComingEvent},     {DocumentKind::AttendanceReport, kPastEvent},
        {DocumentKind::EvaluationForms, kPastEvent},  {DocumentKind::BarrierSlips, kPastEvent},
        {DocumentKind::BarriersReport, kPastEvent},   {DocumentKind::ResourcesHandout, kPastEvent},
        {DocumentKind::EvidenceBinder, kPastEvent},   {DocumentKind::PhoneTree, kComingEvent}};
    ASSERT_EQ(documents.size(), printing::document_catalog().size());
    for (const auto& [kind, event] : documents) {
        std::string pdf = print(kind, event);
        EXPECT_GT(fn::testing::pdf_pages(pdf), 0) << printing::document_info(kind).title;
        if (kind == DocumentKind::SignInSheet) {
            // Only the emoji cannot be drawn: said, and shown as [?] where it belongs.
            ASSERT_EQ(last_.unprinted.size(), 1u);
            EXPECT_EQ(last_.unprinted[0], "Ayaan 🙂 Warsame");
        }
    }
}

TEST_F(EveryDocument, TheNamesAreOnThePaperAndSearchable) {
    std::string signin = fn::testing::pdf_text(print(DocumentKind::SignInSheet, kComingEvent));
    for (const char* name : {"فاطمة الزهراء", "زهرا رضایی", "عائشہ خان", "김민준", "राम शर्मा", "王小明", "Trần Thị Lan",
                             "Ayaan [?] Warsame"})
        EXPECT_NE(signin.find(name), std::string::npos) << name;
    // Filed under the family name as Vietnamese families write it: Trần, not Lan.
    EXPECT_TRUE(std::regex_search(signin, std::regex("\nTrần +Parent/guardian\n *Trần Thị Lan"))) << signin;

    std::string badges = fn::testing::pdf_text(print(DocumentKind::FamilyBadges, kComingEvent));
    // Each person's own given name large, their own family name under it
    // (राम, शर्मा: the child's roster name is written Sharma).
    for (const char* name : {"김민준", "王小明", "Thị Lan"}) EXPECT_NE(badges.find(name), std::string::npos) << name;
    EXPECT_TRUE(std::regex_search(badges, std::regex("\nराम [^\n]*\nशर्मा"))) << badges;

    std::string attendance = fn::testing::pdf_text(print(DocumentKind::AttendanceReport, kPastEvent));
    for (const char* name : {"فاطمة الزهراء", "김민준", "राम शर्मा", "王小明", "Trần Thị Lan"})
        EXPECT_NE(attendance.find(name), std::string::npos) << name;

    // Each backpack flyer names the child it goes home with.
    std::string backpack = fn::testing::pdf_text(print(DocumentKind::BackpackMail, kComingEvent));
    for (const char* child : {"Omar Haddad (2, Ms. Rivera)", "서연 김 (1, Mr. Park)", "Bảo Trần (5, Ms. Lee)"})
        EXPECT_NE(backpack.find(child), std::string::npos) << child;
}

TEST_F(EveryDocument, DocumentsFiledAsOneArePageNumberedOnEveryPage) {
    for (auto [kind, event] : {std::pair{DocumentKind::SignInSheet, kComingEvent},
                               {DocumentKind::AttendanceReport, kPastEvent},
                               {DocumentKind::EvidenceBinder, kPastEvent}}) {
        std::string pdf = print(kind, event);
        int pages = fn::testing::pdf_pages(pdf);
        ASSERT_GT(pages, 1) << printing::document_info(kind).title;
        for (int p = 1; p <= pages; ++p)
            EXPECT_NE(page_text(pdf, p).find("Page " + std::to_string(p) + " of " + std::to_string(pages)),
                      std::string::npos)
                << printing::document_info(kind).title << ", page " << p;
    }
}

TEST_F(EveryDocument, NothingAFamilyReadsIsUnderNinePoints) {
    for (auto [kind, languages] : {std::pair{DocumentKind::Flyer, std::vector<std::string>{"es", "en"}},
                                   {DocumentKind::Flyer, {"ar", "en"}},
                                   {DocumentKind::BackpackMail, {"en"}},
                                   {DocumentKind::SignInSheet, {"en"}},
                                   {DocumentKind::WorkshopSignInSheets, {"en"}},
                                   {DocumentKind::FamilyBadges, {"en"}},
                                   {DocumentKind::PickupTags, {"en"}},
                                   {DocumentKind::RoomSigns, {"en"}}}) {
        auto small = under_nine_points(print(kind, kComingEvent, languages));
        EXPECT_TRUE(small.empty()) << printing::document_info(kind).title << " " << languages[0] << ": "
                                   << ::testing::PrintToString(small);
    }
    // The numbers beside the tick boxes included: families see them too.
    for (auto kind : {DocumentKind::EvaluationForms, DocumentKind::BarrierSlips, DocumentKind::ResourcesHandout}) {
        auto small = under_nine_points(print(kind, kPastEvent));
        EXPECT_TRUE(small.empty()) << printing::document_info(kind).title << ": " << ::testing::PrintToString(small);
    }
}

TEST_F(EveryDocument, DatesReadAsPeopleWriteThemInEnglishSpanishAndChinese) {
    // The demo's coming night, planned from September 1: Friday, September 11, 2026.
    ASSERT_EQ(ops::load_event_plan(db, kComingEvent).event.date, "2026-09-11");
    std::string en = fn::testing::pdf_text(print(DocumentKind::Flyer, kComingEvent, {"en"}));
    std::string es = fn::testing::pdf_text(print(DocumentKind::Flyer, kComingEvent, {"es"}));
    std::string zh = fn::testing::pdf_text(print(DocumentKind::Flyer, kComingEvent, {"zh"}));
    EXPECT_NE(en.find("Friday, September 11"), std::string::npos) << en;
    EXPECT_NE(es.find("viernes, 11 de septiembre"), std::string::npos) << es;
    EXPECT_NE(zh.find("9月11日星期五"), std::string::npos) << zh;
    for (const auto* text : {&en, &es, &zh}) EXPECT_EQ(text->find("2026-09-11"), std::string::npos);
}

TEST_F(EveryDocument, WhatFamiliesFillInOrKeepIsInTheirLanguage) {
    // The evaluation form once per language the invitations went out in.
    std::string binder = fn::testing::pdf_text(print(DocumentKind::EvidenceBinder, kPastEvent));
    for (const char* title : {"Family evaluation", "Evaluación de las familias", "تقييم الأسرة", "ارزیابی خانواده",
                              "가족 평가", "परिवारको मूल्याङ्कन", "家庭评估表", "Phiếu đánh giá của gia đình"})
        EXPECT_NE(binder.find(title), std::string::npos) << title;
    // Pickup tags carry what they are for in the family's language.
    std::string tags = fn::testing::pdf_text(print(DocumentKind::PickupTags, kComingEvent));
    for (const char* words : {"어린이 - 아이가 지니고 있어요", "PHỤ HUYNH - xuất trình khi đón trẻ",
                              "CHILD - keep on the child", "김 가족", "Trần, 6 tuổi"})
        EXPECT_NE(tags.find(words), std::string::npos) << words;
    // The sign-in sheet's headings in English and the language most of its families read besides.
    auto sheet = ops::load_sign_in_sheet(db, kComingEvent);
    ASSERT_FALSE(sheet.second_language.empty());
    std::string signin = fn::testing::pdf_text(print(DocumentKind::SignInSheet, kComingEvent));
    EXPECT_NE(signin.find(document_text(sheet.second_language, "signin_signature")), std::string::npos)
        << sheet.second_language;
    EXPECT_NE(signin.find("Signature"), std::string::npos);
    // The role boxes' words in that language, once under the heading.
    for (const char* key : {"signin_parent", "signin_staff", "signin_community"})
        EXPECT_NE(signin.find(document_text(sheet.second_language, key)), std::string::npos) << key;
}

TEST_F(EveryDocument, EachFamilysFlyerIsOneSheetOfPaper) {
    // Two languages side by side, a QR code and the child's name on the slip, nothing under 9 pt:
    // still one page a family for an evening of two rounds (one cover page per homeroom bundle).
    std::string pdf = print(DocumentKind::BackpackMail, kComingEvent);
    ASSERT_GT(last_.figures["flyers"], 40);
    EXPECT_EQ(fn::testing::pdf_pages(pdf), last_.figures["flyers"] + last_.figures["bundles"]);
}
