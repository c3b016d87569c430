// Names in 25 scripts, each drawn by a font made for its script, shaped so
// that no mark falls off its letter: HarfBuzz answers a mark it cannot
// attach with the dotted circle (U+25CC), which must never be printed.
#include <gtest/gtest.h>
#include <hb.h>

#include <string>
#include <vector>

#include "reports/font_chain.h"
#include "reports/pdf_document.h"
#include "reports/shaper.h"
#include "reports/utf8_chars.h"
#include "support/temp_dir.h"
#include "pdf_tools.h"

using namespace fn;
using namespace fn::reports;

namespace {

struct ScriptName {
    const char* script;  // as font files name it
    const char* name;
};

// Given names and family names as families write them.
const ScriptName kNames[] = {
    {"Tamil", "பெருமாள் வேலு"}, {"Tamil", "கோபால் செல்வி"},   {"Arabic", "فاطمة الزهراء"}, {"Arabic", "محمد رحیمی"},
    {"Hebrew", "יצחק כהן"},    {"Devanagari", "सीता देवी"}, {"Bengali", "রহিম উদ্দিন"},   {"Gurmukhi", "ਹਰਪ੍ਰੀਤ ਕੌਰ"},
    {"Gujarati", "કિરણ પટેલ"},  {"Telugu", "లక్ష్మి రెడ్డి"},     {"Kannada", "ಶ್ರೀನಿವಾಸ ರಾವ್"},  {"Malayalam", "അനിത മേനോൻ"},
    {"Sinhala", "නිමල් පෙරේරා"}, {"Thai", "สมชาย ใจดี"},      {"Lao", "ສົມພອນ ແກ້ວ"},        {"Khmer", "សុខ ចាន់"},
    {"Myanmar", "အောင် ကျော်"},  {"Myanmar", "စောထူးဘ"},  // Sgaw Karen in Myanmar script
    {"Tibetan", "བསྟན་འཛིན"},    {"Syriac", "ܝܘܚܢܢ"},        {"Thaana", "އަޙްމަދު"},          {"Latin", "Mu̇̈ller"},
    {"Latin", "Ã̈nh"},          {"Latin", "M̧ajel Ā̧lap"},    {"Latin", "Ą́shį́įh Yázhí"},
};

// Whether HarfBuzz, shaping `text` with `file`, drew a dotted circle.
bool dotted_circle(const std::string& file, const std::string& text) {
    hb_blob_t* blob = hb_blob_create_from_file(file.c_str());
    hb_face_t* face = hb_face_create(blob, 0);
    hb_font_t* font = hb_font_create(face);
    hb_codepoint_t circle = 0;
    const bool has_circle = hb_font_get_nominal_glyph(font, 0x25CC, &circle);
    hb_buffer_t* buffer = hb_buffer_create();
    hb_buffer_add_utf8(buffer, text.c_str(), -1, 0, -1);
    hb_buffer_guess_segment_properties(buffer);
    hb_shape(font, buffer, nullptr, 0);
    unsigned count = 0;
    hb_glyph_info_t* glyphs = hb_buffer_get_glyph_infos(buffer, &count);
    bool found = false;
    for (unsigned i = 0; i < count && has_circle; ++i) found = found || glyphs[i].codepoint == circle;
    hb_buffer_destroy(buffer);
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    return found;
}

std::string file_name(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

}  // namespace

TEST(Scripts, EachShapedNameIsDrawnByTheFontOfItsScriptWithoutADottedCircle) {
    for (const auto& [script, name] : kNames) {
        const std::string text = name;
        for_each_char(text, [&](char32_t cp, std::string_view ch) {
            if (cp == ' ' || glyphs_for(cp) != Glyphs::Shaped) return true;
            auto file = Shaper::font_file_for(cp, false);
            EXPECT_TRUE(file) << name << ": nothing shapes " << ch;
            if (!file) return true;
            EXPECT_NE(file_name(*file).find(script), std::string::npos)
                << name << ": " << ch << " from " << file_name(*file) << ", not a " << script << " font";
            return true;
        });
        // Each word as one run in one font: no dotted circle anywhere.
        const std::string first_letter = text.substr(0, text.find(' '));
        std::string file;
        for_each_char(text, [&](char32_t cp, std::string_view) {
            if (glyphs_for(cp) == Glyphs::Shaped) file = *Shaper::font_file_for(cp, false);
            return file.empty();
        });
        if (file.empty()) file = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
        EXPECT_FALSE(dotted_circle(file, text)) << name << " shaped with " << file_name(file);
    }
}

// The same names on a real page: the PDF names the script's own fonts and
// never Noto Sans Grantha, and the names read back as typed.
TEST(Scripts, APageOfNamesInTwentyFiveScriptsUsesEachScriptsOwnFont) {
    fn::testing::TempDir dir;
    PdfDocument doc(PaperSize::Letter, "Names");
    HPDF_Page page = doc.add_page();
    double y = 740;
    for (const auto& [script, name] : kNames) {
        doc.draw_text(page, 60, y, name, 12);
        y -= 26;
    }
    const std::string pdf = dir.file("names.pdf");
    doc.save(pdf);
    const std::string fonts = fn::testing::pdf_fonts(pdf);
    EXPECT_EQ(fonts.find("Grantha"), std::string::npos) << fonts;
    for (const char* expected :
         {"NotoSansTamil", "NotoNaskhArabic", "NotoSansMyanmar", "NotoSansThai", "NotoSansKhmer"})
        EXPECT_NE(fonts.find(expected), std::string::npos) << expected << " missing:\n" << fonts;
    const std::string text = fn::testing::pdf_text(pdf);
    for (const char* name : {"பெருமாள் வேலு", "Mu̇̈ller", "สมชาย ใจดี"})
        EXPECT_NE(text.find(name), std::string::npos) << name << " not read back:\n" << text;
}
