#include "reports/flyer.h"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <cstdio>
#include <fstream>
#include <regex>
#include <set>
#include <vector>

#include "core/errors.h"
#include "ops/event_ops.h"
#include "ops/print_ops.h"
#include "ops/settings_ops.h"
#include "ops/translation_ops.h"
#include "ops/volunteer_ops.h"
#include "core/labels.h"
#include "reports/pdf_document.h"
#include "reports/pdf_tools.h"
#include "reports/type_size.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

namespace {
Id planned_event(store::Database& db, int rounds, int workshops_per_round) {
    auto e = fn::testing::sample_event();
    e.rsvp_deadline = "2026-11-28";
    Id ev = ops::create_event(db, e);
    Id teacher = ops::add_person(db, {0, "Ms. Rivera", PersonRole::Teacher, "", "", {}});
    for (int r = 1; r <= rounds; ++r) {
        // Rounds one after another inside the event's 17:30-19:30.
        auto at = [](int minutes) {
            char hhmm[6];
            std::snprintf(hhmm, sizeof hhmm, "%02d:%02d", minutes / 60, minutes % 60);
            return std::string(hhmm);
        };
        const int length = 120 / rounds, start = 17 * 60 + 30 + (r - 1) * length;
        Id round = ops::add_round(db, {0, ev, r, at(start), at(start + length)});
        for (int k = 0; k < workshops_per_round; ++k) {
            Workshop w;
            w.event_id = ev;
            w.round_id = round;
            w.texts["en"] = {"Reading together, part " + std::to_string(r * 10 + k), ""};
            w.texts["es"] = {"Leer juntos, parte " + std::to_string(r * 10 + k), ""};
            if (k == 0 && r == 1) w.presenter_ids = {teacher};
            ops::add_workshop(db, w);
        }
    }
    return ev;
}
}  // namespace

TEST_F(DbTest, TwoLanguageFlyerHasBothTextsAndBilingualSlipLabels) {
    Id ev = planned_event(db, 2, 3);
    auto flyer = ops::load_flyer(db, ev, {"es", "en"});
    auto path = dir.file("flyer.pdf");
    reports::write_flyer(flyer, reports::PaperSize::Letter, path);
    EXPECT_EQ(fn::testing::pdf_pages(path), 1);
    std::string text = fn::testing::pdf_text(path);
    for (const char* s : {"Noche de Lectura", "Literacy Night", "Cena gratis para toda la familia",
                          "Free childcare for ages 0 to 12", "Leer juntos, parte 10", "Reading together, part 10",
                          "con Ms. Rivera", "Apellido de la familia / Family name",
                          // dates as families read them, in each side's language (ICU), not 2026-12-03
                          "jueves, 3 de diciembre", "17:30–20:00", "Thursday, December 3", "sábado, 28 de noviembre",
                          "Corte aquí y entréguelo al maestro de su hijo / Cut here"})
        EXPECT_NE(text.find(s), std::string::npos) << s;
    EXPECT_EQ(fn::testing::pdf_fonts(path).find(" no "), std::string::npos);
    EXPECT_EQ(text.find("2026-12-03"), std::string::npos) << "an ISO date on a family's flyer";
}

TEST_F(DbTest, AChineseFlyerSaysTheDateTheChineseWay) {
    Id ev = planned_event(db, 1, 1);
    auto path = dir.file("zh.pdf");
    reports::write_flyer(ops::load_flyer(db, ev, {"zh"}), reports::PaperSize::Letter, path);
    std::string text = fn::testing::pdf_text(path);
    EXPECT_NE(text.find("12月3日星期四"), std::string::npos) << text;
    EXPECT_NE(text.find("11月28日星期六"), std::string::npos) << text;  // the RSVP deadline
}

TEST_F(DbTest, ABigEventFlowsOntoMorePagesWithNothingUnderNinePointsAndTheSlipWhole) {
    Id ev = planned_event(db, 4, 12);  // 48 workshops
    auto path = dir.file("busy.pdf");
    reports::write_flyer(ops::load_flyer(db, ev, {"es", "en"}), reports::PaperSize::Letter, path);
    int pages = fn::testing::pdf_pages(path);
    ASSERT_GE(pages, 2);
    // Every workshop is listed, numbered within its round as on the slip.
    std::string text = fn::testing::pdf_text(path);
    for (const char* s : {"1. Reading together, part 10", "12. Reading together, part 51", "12. Leer juntos, parte 51"})
        EXPECT_NE(text.find(s), std::string::npos) << s;
    // The slip is whole on the last page: its heading, every round and its last line.
    std::string last = fn::testing::run("pdftotext -layout -f " + std::to_string(pages) + " -l " +
                                        std::to_string(pages) + " '" + path + "' -");
    for (const char* s : {"Cut here", "Family name", "Turno 1", "Turno 4", "Interpreter needed", "28 de noviembre"})
        EXPECT_NE(last.find(s), std::string::npos) << s << "\n" << last;
    // Nothing a family reads is under 9 points (Latin words: one font, calibrated).
    double nine = fn::testing::latin_word_height(dir.file("calibrate.pdf"), 9);
    ASSERT_GT(nine, 0);
    static const std::regex latin("^[A-Za-z0-9.,:/()]+$");
    int measured = 0;
    for (const auto& w : fn::testing::words_with_heights(path, 1, pages)) {
        if (!std::regex_match(w.text, latin)) continue;
        ++measured;
        EXPECT_GE(w.height, nine - 0.05) << "\"" << w.text << "\" on page " << w.page << " is under 9 pt";
    }
    EXPECT_GT(measured, 500);
}

TEST_F(DbTest, AnEmptyEventStillMakesACleanFlyer) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    auto path = dir.file("empty.pdf");
    reports::write_flyer(ops::load_flyer(db, ev, {"vi", "en"}), reports::PaperSize::A4, path);
    std::string text = fn::testing::pdf_text(path);
    EXPECT_NE(text.find("Bữa tối miễn phí cho cả gia đình"), std::string::npos) << text;
    EXPECT_EQ(text.find("Workshops for parents"), std::string::npos);
}

TEST_F(DbTest, LabelsComeFromCatalogsWithTheSchoolsOverrides) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    EXPECT_THROW(ops::load_flyer(db, ev, {"am"}), ValidationError);  // no Amharic catalog
    auto settings = ops::load_settings(db);
    settings.label_overrides["en"]["free_dinner"] = "Pizza and salad for everyone";
    ops::save_settings(db, settings);
    auto flyer = ops::load_flyer(db, ev, {"en"});
    EXPECT_EQ(flyer.sides[0].labels.at("free_dinner"), "Pizza and salad for everyone");
    EXPECT_EQ(flyer.sides[0].labels.at("adults"), "Adults");
}

TEST(PdfWrap, AChineseCommaOrStopNeverStartsALine) {
    reports::PdfDocument pdf(reports::PaperSize::Letter, "wrap");
    auto page = pdf.add_page();
    std::string zh = "家长讲座，晚餐，看护，阅读，数学。欢迎全家参加，谢谢。";
    for (double width = 30; width <= 200; width += 5) {
        auto lines = pdf.wrap(page, zh, width, 10);
        std::string joined;
        for (const auto& l : lines) {
            EXPECT_NE(l.rfind("，", 0), 0u) << width << ": " << l;
            EXPECT_NE(l.rfind("。", 0), 0u) << width << ": " << l;
            joined += l;
        }
        EXPECT_EQ(joined, zh);
    }
}

TEST(PdfWrap, ChineseBreaksBetweenCharactersAndLatinAtSpaces) {
    reports::PdfDocument pdf(reports::PaperSize::Letter, "wrap");
    auto page = pdf.add_page();
    std::string zh = "家长讲座为所有家庭提供免费晚餐和儿童看护，欢迎全家参加我们的阅读之夜活动。";
    auto lines = pdf.wrap(page, zh, 80, 10);
    ASSERT_GT(lines.size(), 2u);
    std::string joined;
    for (const auto& l : lines) {
        EXPECT_LE(pdf.measure(page, l, 10), 80.0) << l;
        joined += l;
    }
    EXPECT_EQ(joined, zh);
    auto latin = pdf.wrap(page, "Reading together at bedtime with your children", 90, 10);
    ASSERT_GT(latin.size(), 1u);
    for (const auto& l : latin) EXPECT_NE(l.back(), ' ');
    EXPECT_EQ(latin[0].find("Readin"), 0u);
}

// Thai, Lao, Khmer and Burmese write no spaces between words: lines break
// between words (ICU's dictionaries), never inside one nor between a letter
// and its vowel sign.
TEST(PdfWrap, ScriptsWithoutSpacesBreakBetweenWords) {
    reports::PdfDocument pdf(reports::PaperSize::Letter, "wrap");
    auto page = pdf.add_page();
    struct Case {
        const char* text;
        std::vector<std::string> words;  // the text's words, as its readers split it
    };
    const std::vector<Case> cases = {
        {"สวัสดีครับยินดีต้อนรับครอบครัว", {"สวัสดี", "ครับ", "ยินดี", "ต้อนรับ", "ครอบครัว"}},
        {"ສະບາຍດີຍິນດີຕ້ອນຮັບ", {"ສະບາຍດີ", "ຍິນດີ", "ຕ້ອນຮັບ"}},
        {"សួស្តីស្វាគមន៍គ្រួសារ", {"សួស្តី", "ស្វាគមន៍", "គ្រួសារ"}},
    };
    for (const auto& c : cases) {
        const std::string text = c.text;
        // Every place a word ends, as a byte offset.
        std::set<std::size_t> word_ends;
        std::size_t at = 0;
        for (const auto& w : c.words) word_ends.insert(at += w.size());
        for (double width = 30; width <= 140; width += 10) {
            auto lines = pdf.wrap(page, text, width, 10);
            std::string joined;
            for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
                joined += lines[i];
                // Inside a word only when the word alone is wider than the line.
                bool at_word_end = word_ends.count(joined.size()) > 0;
                bool word_too_wide = false;
                for (const auto& w : c.words) word_too_wide = word_too_wide || pdf.measure(page, w, 10) > width;
                EXPECT_TRUE(at_word_end || word_too_wide) << c.text << " at " << width << ": line " << lines[i];
            }
            joined += lines.back();
            EXPECT_EQ(joined, text);
        }
    }
}

TEST(PdfWrap, AWordWiderThanTheLineKeepsEachLetterWithItsMarks) {
    reports::PdfDocument pdf(reports::PaperSize::Letter, "wrap");
    auto page = pdf.add_page();
    // Tamil and Devanagari words broken at a narrow width: no line starts
    // with a vowel sign or virama.
    for (const std::string word : {"பெருமாள்வேலுசெல்வி", "रामशर्मासीतादेवी"}) {
        auto lines = pdf.wrap(page, word, 25, 10);
        ASSERT_GT(lines.size(), 1u) << word;
        for (const auto& l : lines) {
            utf8proc_int32_t cp = 0;
            utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(l.data()),
                             static_cast<utf8proc_ssize_t>(l.size()), &cp);
            auto category = utf8proc_category(cp);
            EXPECT_NE(category, UTF8PROC_CATEGORY_MN) << word << ": " << l;
            EXPECT_NE(category, UTF8PROC_CATEGORY_MC) << word << ": " << l;
        }
    }
}

TEST_F(DbTest, EveryLanguageOfTheSchoolPrintsWithItsOwnGlyphs) {
    // Event texts in the nine languages the schools we serve use; the PDF must
    // give every word back (pdftotext), stacked Vietnamese marks included.
    auto e = fn::testing::sample_event();
    e.texts["vi"] = {"Đêm Đọc Sách Gia Đình", "Bữa tối miễn phí"};
    e.texts["zh"] = {"家庭阅读之夜", "免费晚餐"};
    e.texts["ht"] = {"Swa Lekti pou Fanmi", "Manje gratis pou tout fanmi an"};
    e.texts["pt"] = {"Noite de Leitura em Família", "Jantar grátis"};
    e.texts["ru"] = {"Семейный вечер чтения", "Бесплатный ужин"};
    e.texts["so"] = {"Habeenka Akhriska Qoyska", "Cashada waa bilaash"};
    e.texts["tl"] = {"Gabi ng Pagbasa ng Pamilya", "Libreng hapunan"};
    e.texts["am"] = {"የቤተሰብ የንባብ ምሽት", "ነጻ እራት"};
    Id ev = ops::create_event(db, e);
    // Amharic has no built-in labels: the school adds its own wording.
    for (const auto& key : label_keys()) ops::set_label(db, "am", key, labels_for("en").at(key));
    for (const char* lang : {"en", "es", "vi", "zh", "ht", "pt", "ru", "so", "tl", "am"}) {
        auto flyer = ops::load_flyer(db, ev, {lang});
        auto path = dir.file(std::string("flyer-") + lang + ".pdf");
        reports::write_flyer(flyer, reports::PaperSize::Letter, path);
        std::string text = fn::testing::pdf_text(path);
        EXPECT_NE(text.find(e.title(lang)), std::string::npos) << lang << ":\n" << text;
        EXPECT_EQ(fn::testing::pdf_fonts(path).find(" no "), std::string::npos) << lang;
    }
    ops::set_label(db, "am", "adults", "");  // removing one label brings back the clear error
    EXPECT_THROW(ops::load_flyer(db, ev, {"am"}), ValidationError);
}

namespace {
// x of the first word `word` on page 1 (pdftotext -bbox): its left or right edge.
double word_edge(const std::string& pdf, const std::string& word, bool right) {
    std::string html = fn::testing::run("pdftotext -bbox -f 1 -l 1 '" + pdf + "' - 2>/dev/null");
    auto at = html.find(">" + word + "</word>");
    if (at == std::string::npos) return -1;
    auto start = html.rfind("<word", at);
    auto attr = html.find(right ? "xMax=\"" : "xMin=\"", start);
    return std::stod(html.substr(attr + 6));
}
}  // namespace

// An Arabic side is set flush right; an English or Spanish one flush left
// (the event's English title stands in for a title not given in Arabic).
TEST_F(DbTest, AnArabicSideOfAFlyerIsSetFromTheRight) {
    Id ev = planned_event(db, 1, 2);
    auto arabic = dir.file("ar.pdf"), spanish = dir.file("es.pdf");
    reports::write_flyer(ops::load_flyer(db, ev, {"ar", "en"}), reports::PaperSize::Letter, arabic);
    reports::write_flyer(ops::load_flyer(db, ev, {"es", "en"}), reports::PaperSize::Letter, spanish);
    std::string text = fn::testing::pdf_text(arabic);
    EXPECT_NE(text.find("عشاء مجاني لكل أفراد الأسرة"), std::string::npos) << text;  // the built-in Arabic labels
    // Letter, 40 pt margins and 20 pt between the sides: the first side spans 40 to 296 pt.
    const double first_side_right = (612.0 - 20.0) / 2;
    EXPECT_NEAR(word_edge(arabic, "Night", true), first_side_right, 1.0);  // the title, ending at the right edge
    EXPECT_GT(word_edge(arabic, "Literacy", false), 100.0);
    EXPECT_NEAR(word_edge(spanish, "Noche", false), 40.0, 1.0);  // a left-to-right side starts at the margin
}

// The school chooses how times are printed: each language's custom by
// default, or 12-hour or 24-hour everywhere.
TEST_F(DbTest, TimesOnAFlyerFollowTheSchoolsClockSetting) {
    Id ev = planned_event(db, 1, 1);
    auto times_on = [&](const std::string& clock) {
        auto settings = ops::load_settings(db);
        settings.clock = clock;
        ops::save_settings(db, settings);
        auto path = dir.file("clock-" + clock + ".pdf");
        reports::write_flyer(ops::load_flyer(db, ev, {"es", "en"}), reports::PaperSize::Letter, path);
        return fn::testing::pdf_text(path);
    };
    std::string custom = times_on("language");
    EXPECT_NE(custom.find("17:30–20:00"), std::string::npos) << custom;     // Spanish
    EXPECT_NE(custom.find("5:30 – 8:00 PM"), std::string::npos) << custom;  // English
    std::string twenty_four = times_on("24");
    EXPECT_NE(twenty_four.find("17:30–20:00"), std::string::npos);
    EXPECT_EQ(twenty_four.find("PM"), std::string::npos) << twenty_four;
    std::string twelve = times_on("12");
    EXPECT_EQ(twelve.find("17:30"), std::string::npos) << twelve;
    EXPECT_NE(twelve.find("5:30"), std::string::npos) << twelve;
    auto settings = ops::load_settings(db);
    settings.clock = "25";
    EXPECT_THROW(ops::save_settings(db, settings), ValidationError);
}

namespace {
// How much ink page 1 carries: 0 (white) to 1 (black), from a gray rendering.
double ink(const std::string& pdf, const std::string& scratch) {
    const auto page = fn::testing::render_gray(pdf, scratch);
    double sum = 0;
    for (unsigned char p : page.pixels) sum += 1.0 - p / 255.0;
    return page.pixels.empty() ? 0 : sum / static_cast<double>(page.pixels.size());
}
}  // namespace

// Chinese has no bold face on the machine: a bold heading is thickened, so
// it carries clearly more ink than the same words set regular.
TEST_F(DbTest, BoldChineseIsHeavierThanRegular) {
    double weight[2];
    for (bool bold : {false, true}) {
        auto path = dir.file(bold ? "bold.pdf" : "regular.pdf");
        reports::PdfDocument pdf(reports::PaperSize::Letter, "weights");
        auto page = pdf.add_page();
        for (int line = 0; line < 10; ++line)
            pdf.draw_text(page, 40, 700 - 40 * line, "家庭阅读之夜免费晚餐", 28, bold);
        pdf.save(path);
        weight[bold] = ink(path, dir.file(bold ? "bold" : "regular"));
    }
    EXPECT_GT(weight[1], weight[0] * 1.15) << "regular " << weight[0] << ", bold " << weight[1];
}

// Every Hangul syllable of a Korean flyer is drawn: 가 (the first syllable,
// in "가족", family) once printed blank because its font drew nothing.
TEST_F(DbTest, EveryHangulSyllableIsDrawn) {
    for (const char* syllable : {"가", "족", "김", "한", "글", "힣"}) {
        auto path = dir.file("hangul.pdf");
        reports::PdfDocument pdf(reports::PaperSize::Letter, "hangul");
        auto page = pdf.add_page();
        pdf.draw_text(page, 100, 400, syllable, 200);
        pdf.save(path);
        EXPECT_GT(ink(path, dir.file("hangul")), 0.01) << syllable << " printed blank";
    }
}

TEST_F(DbTest, EveryFontMapsItsTextToUnicodeWithoutAReaderWarning) {
    Id ev = planned_event(db, 1, 2);
    auto path = dir.file("zh_ar.pdf");
    reports::write_flyer(ops::load_flyer(db, ev, {"zh", "ar"}), reports::PaperSize::Letter, path);
    // Only poppler's complaints: stdout goes nowhere, stderr is read.
    std::string warnings = fn::testing::run("pdftotext '" + path + "' /dev/null 2>&1 1>/dev/null; true");
    EXPECT_EQ(warnings, "");
    std::string text = fn::testing::pdf_text(path);
    EXPECT_NE(text.find("12月3日星期四"), std::string::npos) << text;
    EXPECT_NE(text.find("Reading together"), std::string::npos) << text;
}

TEST_F(DbTest, TextsGivenInALanguageReachItsSideAndWhatFellBackToEnglishIsCounted) {
    Id ev = planned_event(db, 1, 2);  // workshops titled in English and Spanish, no rooms yet
    Id library = ops::add_room(db, {0, ev, "Library", 30});
    auto plan = ops::load_event_plan(db, ev);
    Workshop first = plan.workshops.front();
    first.room_id = library;
    ops::update_workshop(db, first);

    auto before = ops::load_flyer(db, ev, {"vi", "en"});
    EXPECT_TRUE(before.sides[0].in_english.title);
    EXPECT_TRUE(before.sides[0].in_english.place);
    EXPECT_EQ(before.sides[0].in_english.workshop_titles, 2);
    EXPECT_EQ(before.sides[0].in_english.room_names, 1);
    EXPECT_FALSE(before.sides[1].in_english.any()) << "English is never 'in English instead'";

    ops::translate_event(db, ev, "vi", {std::string("Đêm Đọc Sách"), std::nullopt, std::string("Nhà ăn")});
    ops::translate_workshop(db, first.id, "vi", {std::string("Cùng nhau đọc sách"), std::nullopt, std::nullopt});
    ops::translate_room(db, library, "vi", "Thư viện");
    EXPECT_THROW(ops::translate_workshop(db, first.id, "vi", {std::nullopt, std::nullopt, std::string("Phòng 1")}),
                 ValidationError);
    EXPECT_THROW(ops::translate_event(db, ev, "vi", {std::string(""), std::string("Mô tả"), std::nullopt}),
                 ValidationError)
        << "a description without a title in that language";

    auto after = ops::load_flyer(db, ev, {"vi", "en"});
    EXPECT_FALSE(after.sides[0].in_english.title);
    EXPECT_FALSE(after.sides[0].in_english.place);
    EXPECT_EQ(after.sides[0].in_english.workshop_titles, 1);
    EXPECT_EQ(after.sides[0].in_english.room_names, 0);
    auto path = dir.file("vi.pdf");
    reports::write_flyer(after, reports::PaperSize::Letter, path);
    std::string text = fn::testing::pdf_text(path);
    for (const char* s : {"Đêm Đọc Sách", "Nhà ăn", "Cùng nhau đọc sách", "Thư viện", "Cafeteria", "Library"})
        EXPECT_NE(text.find(s), std::string::npos) << s;

    // An empty text removes it again: the English shows.
    ops::translate_room(db, library, "vi", "");
    EXPECT_EQ(ops::load_flyer(db, ev, {"vi"}).sides[0].in_english.room_names, 1);
}

// A slip whose main language reads from the right is its mirror image: the
// labels on the right, the lines and tick boxes to their left.
TEST_F(DbTest, AnArabicSlipIsLaidOutFromTheRight) {
    Id ev = planned_event(db, 1, 2);
    auto arabic = dir.file("ar_slip.pdf"), spanish = dir.file("es_slip.pdf");
    reports::write_flyer(ops::load_flyer(db, ev, {"ar", "en"}), reports::PaperSize::Letter, arabic);
    reports::write_flyer(ops::load_flyer(db, ev, {"es", "en"}), reports::PaperSize::Letter, spanish);
    const double middle = 612.0 / 2;
    // The interpreter line's English words: right of the middle on the Arabic slip, left of it on the Spanish one.
    EXPECT_GT(word_edge(arabic, "needed", false), middle);
    EXPECT_LT(word_edge(spanish, "needed", false), middle);
    // On the slip (below the invitation) the first option is right of the second.
    auto slip_x = [&](const std::string& word) {
        double x = -1;
        std::string html = fn::testing::run("pdftotext -bbox -f 1 -l 1 '" + arabic + "' -");
        std::regex placed("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\"[^>]*>" + word + "</word>");
        for (auto it = std::sregex_iterator(html.begin(), html.end(), placed); it != std::sregex_iterator(); ++it)
            if (std::stod((*it)[2]) > 500) x = std::stod((*it)[1]);  // the slip is at the foot of the page
        return x;
    };
    ASSERT_GT(slip_x("1\\."), 0);
    EXPECT_LT(slip_x("2\\."), slip_x("1\\.")) << "options run right to left";
}
