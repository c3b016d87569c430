#include "reports/backpack_mail.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <set>

#include "core/labels.h"

#include "ops/demo_school.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/print_ops.h"
#include "ops/settings_ops.h"
#include "print/print_document.h"
#include "reports/pdf_tools.h"
#include "support/fixtures.h"
#include "support/plan_fixtures.h"

using namespace fn;
using fn::testing::DbTest;

namespace {
Id family(store::Database& db, const std::string& guardian, const std::string& last, const std::string& lang,
          std::vector<std::pair<std::string, std::string>> students) {  // (first name, grade:homeroom)
    Household h;
    h.language = lang;
    h.guardians.push_back({0, guardian, "", "", ContactMethod::Paper, lang});
    for (const auto& [first, where] : students) {
        auto colon = where.find(':');
        h.students.push_back({0, "", first, last, where.substr(0, colon), where.substr(colon + 1), ""});
    }
    return ops::add_household(db, h);
}
}  // namespace

TEST_F(DbTest, OneFlyerPerHouseholdByHomeroomInItsLanguageWithQrCodes) {
    auto e = fn::testing::sample_event();
    e.rsvp_deadline = "2026-11-28";
    Id ev = ops::create_event(db, e);
    Id nunez = family(db, "Rosa Núñez", "Núñez", "es", {{"Ana", "3:Room 12"}, {"Leo", "K:Room 2"}});
    family(db, "Trần Thị Lan", "Trần", "vi", {{"Bảo", "K:Room 2"}});
    family(db, "Jamal Carter", "Carter", "en", {{"Tanya", "1:Room 5"}});
    family(db, "Abebe Kebede", "Kebede", "am", {{"Liya", "1:Room 5"}});
    Household no_students;
    no_students.guardians.push_back({0, "Staff Volunteer", "", "", ContactMethod::Paper, "en"});
    ops::add_household(db, no_students);

    auto mail = ops::load_backpack_mail(db, ev, true);
    ASSERT_EQ(mail.bundles.size(), 2u);
    EXPECT_EQ(mail.bundles[0].homeroom, "Room 2");  // Leo (K) carries the Núñez flyer, not Ana (3rd grade)
    ASSERT_EQ(mail.bundles[0].flyers.size(), 2u);
    EXPECT_EQ(mail.bundles[0].flyers[0].family_name, "Núñez");  // sorted by student: Núñez Leo < Trần Bảo
    const auto& invitation = mail.invitations.at(mail.bundles[0].flyers[0].invitation);
    EXPECT_EQ(invitation.sides[0].language, "es");
    EXPECT_EQ(invitation.sides[1].language, "en");
    EXPECT_EQ(mail.bundles[0].flyers[0].family_code, ops::load_household(db, nunez).code);
    EXPECT_EQ(mail.instead.english.at("am"), 1);  // no Amharic labels yet: English, and said so

    auto path = dir.file("backpack.pdf");
    reports::write_backpack_mail(mail, reports::PaperSize::Letter, path);
    EXPECT_EQ(fn::testing::pdf_pages(path), 6);  // 2 cover pages + 4 flyers
    std::string text = fn::testing::pdf_text(path);
    EXPECT_NE(text.find("Homeroom: Room 2"), std::string::npos);
    EXPECT_NE(text.find("2 flyers to hand out"), std::string::npos);
    EXPECT_NE(text.find("Họ của gia đình / Family name"), std::string::npos);
    EXPECT_NE(text.find(ops::load_household(db, nunez).code), std::string::npos);
    // Each flyer's QR code reads back, by a barcode reader, as its family's
    // code (the door scans it). Cover pages carry none.
    std::set<std::string> codes;
    for (const auto& bundle : mail.bundles)
        for (const auto& f : bundle.flyers) codes.insert(f.family_code);
    std::set<std::string> scanned;
    for (int page = 1; page <= 6; ++page) {
        std::string png = dir.file("page" + std::to_string(page));
        fn::testing::run("pdftoppm -png -r 150 -singlefile -f " + std::to_string(page) + " -l " + std::to_string(page) +
                         " '" + path + "' '" + png + "'");
        std::string read = fn::testing::run("zbarimg -q --raw '" + png + ".png' || true");
        if (!read.empty()) scanned.insert(read.substr(0, read.find('\n')));
    }
    EXPECT_EQ(scanned, codes);
}

// Once a school has typed every label of a language, its families get flyers
// in it, like a built-in language (Somali and Arabic are built in now).
TEST_F(DbTest, ALanguageWhoseLabelsTheSchoolTypedReachesItsFamilies) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    family(db, "Abebe Kebede", "Kebede", "am", {{"Liya", "1:Room 5"}});
    family(db, "Hodan Warsame", "Warsame", "so", {{"Ayaan", "1:Room 5"}});
    family(db, "فاطمة الزهراء", "الزهراء", "ar", {{"Omar", "2:Room 7"}});
    auto english_first = ops::load_backpack_mail(db, ev, false);
    EXPECT_EQ(english_first.instead.english.count("am"), 1u);
    EXPECT_EQ(english_first.instead.english.count("so"), 0u);
    EXPECT_EQ(english_first.instead.english.count("ar"), 0u);
    for (const auto& key : label_keys()) ops::set_label(db, "am", key, "ቃል " + key);  // every label, typed
    auto mail = ops::load_backpack_mail(db, ev, false);
    EXPECT_TRUE(mail.instead.english.empty());
    std::set<std::string> languages;
    for (const auto& bundle : mail.bundles)
        for (const auto& flyer : bundle.flyers)
            languages.insert(mail.invitations.at(flyer.invitation).sides.front().language);
    EXPECT_EQ(languages, (std::set<std::string>{"am", "ar", "so"}));
    EXPECT_FALSE(labels_reviewed("so"));  // written for this release: the settings say so
    EXPECT_TRUE(labels_reviewed("es"));
    auto path = dir.file("backpack.pdf");
    reports::write_backpack_mail(mail, reports::PaperSize::Letter, path);
    std::string text = fn::testing::pdf_text(path);
    EXPECT_NE(text.find("ቃል free_dinner"), std::string::npos);
    EXPECT_NE(text.find("Casho bilaash ah"), std::string::npos);
}

// Forty flyers from one template: every page shows the whole invitation and
// its own family's code, while the file holds the invitation once (a shared
// content stream), not forty times.
TEST_F(DbTest, ABatchOfFlyersStoresTheirSharedInvitationOnce) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    fn::testing::add_round_with_workshop(db, ev, "Math games");
    for (int i = 0; i < 40; ++i)
        family(db, "Rosa Núñez " + std::to_string(i), "Núñez", "es", {{"Ana" + std::to_string(i), "3:Room 12"}});
    auto mail = ops::load_backpack_mail(db, ev, true);
    ASSERT_EQ(mail.bundles.size(), 1u);
    ASSERT_EQ(mail.bundles[0].flyers.size(), 40u);
    std::vector<std::string> codes;
    for (const auto& flyer : mail.bundles[0].flyers) codes.push_back(flyer.family_code);
    auto batch = dir.file("batch.pdf"), single = dir.file("single.pdf");
    reports::write_backpack_mail(mail, reports::PaperSize::Letter, batch);
    mail.bundles[0].flyers.resize(1);
    reports::write_backpack_mail(mail, reports::PaperSize::Letter, single);
    for (int page : {2, 21, 41}) {  // after the bundle's cover page
        std::string text = fn::testing::run("pdftotext -f " + std::to_string(page) + " -l " + std::to_string(page) +
                                            " '" + batch + "' - 2>/dev/null");
        EXPECT_NE(text.find("Cena gratis para toda la familia"), std::string::npos) << page << "\n" << text;
        EXPECT_NE(text.find("Math games"), std::string::npos) << page;
        EXPECT_NE(text.find("Family code:"), std::string::npos) << page << "\n" << text;
        EXPECT_NE(text.find(codes[static_cast<std::size_t>(page - 2)]), std::string::npos) << page << "\n" << text;
    }
    // Each page lists its content streams ("/Contents [ 42 0 R 35 0 R 44 0 R ]"): the shared one
    // appears on all forty flyer pages (drawn on the first, placed on the others).
    std::ifstream in(batch, std::ios::binary);
    std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::map<std::string, int> pages_using;
    std::regex contents(R"(/Contents \[([^\]]*)\])"), reference(R"((\d+) 0 R)");
    for (auto page = std::sregex_iterator(raw.begin(), raw.end(), contents); page != std::sregex_iterator(); ++page) {
        std::string list = (*page)[1];
        for (auto ref = std::sregex_iterator(list.begin(), list.end(), reference); ref != std::sregex_iterator(); ++ref)
            ++pages_using[(*ref)[1]];
    }
    int most = 0;
    for (const auto& [object, pages] : pages_using) most = std::max(most, pages);
    EXPECT_EQ(most, 40) << "the invitation is not shared between the flyers";
}

// BCP 47 lookup: a Dari family reads the Persian flyer (FamilyNight prints
// Persian), and the coordinator is told which families got which language.
TEST_F(DbTest, ADariFamilyGetsThePersianFlyerAndItIsSaid) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    family(db, "Zahra Rahimi", "Rahimi", "prs", {{"Omid", "2:Room 4"}});
    family(db, "Abebe Kebede", "Kebede", "am", {{"Liya", "1:Room 5"}});
    // And a family whose roster said "Other": English meanwhile, counted.
    Id other = family(db, "Mam Family", "Mam", "en", {{"Ixchel", "1:Room 5"}});
    Household h = ops::load_household(db, other);
    h.language_to_confirm = "Other";
    ops::update_household(db, h);
    auto mail = ops::load_backpack_mail(db, ev, true);
    ASSERT_EQ(mail.bundles.size(), 2u);
    EXPECT_EQ(mail.instead.to_confirm, 1);
    const auto& rahimi = mail.bundles[0].homeroom == "Room 4" ? mail.bundles[0].flyers[0] : mail.bundles[1].flyers[0];
    EXPECT_EQ(mail.invitations.at(rahimi.invitation).sides[0].language, "fa");
    ASSERT_EQ(mail.instead.nearest.count("prs"), 1u);
    EXPECT_EQ(mail.instead.nearest.at("prs").printed, "fa");
    EXPECT_EQ(mail.instead.nearest.at("prs").households, 1);
    EXPECT_EQ(mail.instead.english.count("prs"), 0u) << "not English: Persian";
    EXPECT_EQ(mail.instead.english.at("am"), 1);
    auto result = printing::print_document(db, ev, printing::DocumentKind::BackpackMail, dir.file("b.pdf"), {});
    EXPECT_NE(result.summary.find("1 households speak 'prs': their flyers are in 'fa', the nearest language printed"),
              std::string::npos)
        << result.summary;
    EXPECT_NE(result.summary.find("1 households' language is still to be confirmed"), std::string::npos)
        << result.summary;
}

TEST(PaperLanguage, FollowsBcp47LookupThenEnglish) {
    const std::vector<std::string> printable{"en", "es", "fa", "zh"};
    EXPECT_EQ(paper_language("prs", printable), "fa");
    EXPECT_EQ(paper_language("pes", printable), "fa");
    EXPECT_EQ(paper_language("zh-hant", printable), "zh");
    EXPECT_EQ(paper_language("es-419", printable), "es");
    EXPECT_EQ(paper_language("am", printable), "en");
    EXPECT_EQ(paper_language("prs", {"en", "es"}), "en");
}

// A district's mail is written in parts of whole homerooms, each PDF saved
// and freed before the next (libharu keeps a document in memory until it is
// saved): the first part keeps the name asked for, the others follow it.
TEST_F(DbTest, ManyFlyersComeInPartsOfWholeHomerooms) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    for (int room = 1; room <= 3; ++room)
        for (int i = 0; i < 2; ++i)
            family(db, "Parent " + std::to_string(room) + std::to_string(i), "Family" + std::to_string(room * 10 + i),
                   "en", {{"Kid", "2:Room " + std::to_string(room)}});
    auto mail = ops::load_backpack_mail(db, ev, true);
    ASSERT_EQ(mail.bundles.size(), 3u);
    const auto path = dir.file("backpack.pdf");
    auto written = reports::write_backpack_mail(mail, reports::PaperSize::Letter, path, 3);
    ASSERT_EQ(written.files, (std::vector<std::string>{path, dir.file("backpack-2.pdf"), dir.file("backpack-3.pdf")}));
    for (std::size_t part = 0; part < 3; ++part) {
        EXPECT_EQ(fn::testing::pdf_pages(written.files[part]), 3) << "a cover page and its homeroom's two flyers";
        EXPECT_NE(fn::testing::pdf_text(written.files[part]).find("Homeroom: Room " + std::to_string(part + 1)),
                  std::string::npos);
    }
    // A homeroom larger than a part is split, each stretch with its cover.
    written = reports::write_backpack_mail(mail, reports::PaperSize::Letter, dir.file("small.pdf"), 1);
    ASSERT_EQ(written.files.size(), 6u);
    EXPECT_EQ(fn::testing::pdf_pages(written.files[1]), 2);
    EXPECT_NE(fn::testing::pdf_text(written.files[1]).find("Flyers 2-2 of the homeroom's 2 to hand out"),
              std::string::npos);
    // Under the limit: one file, as asked.
    written = reports::write_backpack_mail(mail, reports::PaperSize::Letter, dir.file("one.pdf"), 6);
    EXPECT_EQ(written.files, (std::vector<std::string>{dir.file("one.pdf")}));
    EXPECT_EQ(fn::testing::pdf_pages(dir.file("one.pdf")), 9);
}

// How big a run is, said before it starts: counted without loading a
// family, and what the written file then holds.
TEST_F(DbTest, TheSizeOfBackpackMailIsKnownBeforeItIsWritten) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    for (int room = 1; room <= 3; ++room)
        for (int i = 0; i < 2; ++i)
            family(db, "Parent " + std::to_string(room) + std::to_string(i), "Family" + std::to_string(room * 10 + i),
                   "en", {{"Kid", "2:Room " + std::to_string(room)}});
    auto size = printing::estimate_print(db, printing::DocumentKind::BackpackMail);
    EXPECT_EQ(size.pages, 9) << "six flyers and three homerooms' covers";
    EXPECT_EQ(size.files, 1);
    EXPECT_FALSE(size.very_large);
    const auto path = dir.file("estimated.pdf");
    printing::print_document(db, ev, printing::DocumentKind::BackpackMail, path);
    EXPECT_EQ(fn::testing::pdf_pages(path), size.pages);
    EXPECT_EQ(printing::estimate_print(db, printing::DocumentKind::SignInSheet).pages, 0) << "small: not counted";

    ops::DemoOptions demo;
    demo.households = 1200;
    fn::testing::TempDir big_dir;
    auto big = store::Database::open("sqlite3://" + big_dir.file("big.db"));
    ops::create_demo_school(big, demo);
    size = printing::estimate_print(big, printing::DocumentKind::BackpackMail);
    EXPECT_TRUE(size.very_large) << size.pages;
    EXPECT_GT(size.pages, 1000);
    EXPECT_EQ(size.sheets, size.pages);
}
