#include "reports/pdf_document.h"

#include "io/atomic_file.h"
#include "reports/utf8_chars.h"

#include <qrencode.h>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <utf8proc.h>

#include <algorithm>
#include <utility>
#include <cctype>
#include <cstdio>
#include <cerrno>
#include <filesystem>

#include "core/errors.h"
#include "core/labels.h"
#include "core/text.h"
#include "reports/font_chain.h"

namespace fn::reports {
namespace {

// Fonts that load and render correctly in libharu 2.3.0 (installed by
// installer/install-deps.sh): Noto Sans keeps Vietnamese stacked marks,
// AR PL UMing (face 0 of the .ttc) has every common Chinese character.
constexpr const char* kNotoRegular = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
constexpr const char* kNotoBold = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf";
constexpr const char* kUming = "/usr/share/fonts/truetype/arphic/uming.ttc";

void HPDF_STDCALL record_error(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
    // Only record: throwing or jumping through libharu's C frames is undefined.
    auto* state = static_cast<HPDF_STATUS*>(user);
    state[0] = error;
    state[1] = detail;
}

}  // namespace

struct PdfDocument::Run {
    HPDF_Font font;                     // libharu draws the text; for a shaped run, its invisible text layer
    std::string text;                   // in visual order (as drawn, left to right)
    std::shared_ptr<ShapedRun> shaped;  // set: drawn as HarfBuzz outlines
};

PaperSize parse_paper_size(const std::string& name) {
    if (name == "letter") return PaperSize::Letter;
    if (name == "a4") return PaperSize::A4;
    throw ValidationError("paper", "'" + name + "' is not letter or a4");
}

PdfDocument::PdfDocument(PaperSize paper, const std::string& title)
    : errors_(std::make_unique<ErrorState>()), paper_(paper) {
    doc_ = HPDF_New(record_error, &errors_->error);
    if (!doc_) throw Error("cannot start a PDF document (out of memory?)");
    unicode_map_ = std::make_unique<UnicodeMap>(doc_);
    check(HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL), "set compression");
    check(HPDF_UseUTFEncodings(doc_), "enable UTF-8");
    check(HPDF_SetCurrentEncoder(doc_, "UTF-8"), "enable UTF-8");
    check(HPDF_SetInfoAttr(doc_, HPDF_INFO_TITLE, title.c_str()), "set the title");
    check(HPDF_SetInfoAttr(doc_, HPDF_INFO_CREATOR, "FamilyNight"), "set the creator");
}

PdfDocument::~PdfDocument() {
    if (doc_) HPDF_Free(doc_);
}

void PdfDocument::check(HPDF_STATUS status, const char* what) {
    if (status == HPDF_OK && errors_->error == HPDF_OK) return;
    char code[64];
    std::snprintf(code, sizeof code, "libharu error 0x%04X, detail %u", static_cast<unsigned>(errors_->error),
                  static_cast<unsigned>(errors_->detail));
    HPDF_ResetError(doc_);
    errors_->error = errors_->detail = 0;
    throw Error(std::string("cannot ") + what + " in the PDF (" + code + ")");
}

HPDF_Page PdfDocument::add_page() {
    place_pending_shared();
    HPDF_Page page = HPDF_AddPage(doc_);
    if (!page) check(HPDF_FAILD_TO_ALLOC_MEM, "add a page");
    check(HPDF_Page_SetSize(page, paper_ == PaperSize::A4 ? HPDF_PAGE_SIZE_A4 : HPDF_PAGE_SIZE_LETTER,
                            HPDF_PAGE_PORTRAIT),
          "set the page size");
    width_ = HPDF_Page_GetWidth(page);
    height_ = HPDF_Page_GetHeight(page);
    pages_.push_back(page);
    return page;
}

HPDF_Font PdfDocument::use_font(const char* name, const std::string& what) {
    HPDF_Font font = HPDF_GetFont(doc_, name, "UTF-8");
    check(font ? HPDF_OK : HPDF_FONT_INVALID_WIDTHS_TABLE, ("use " + what).c_str());
    check(unicode_map_->give_to(font), ("map " + what + " to Unicode").c_str());
    return font;
}

HPDF_Font PdfDocument::latin(bool bold) {
    HPDF_Font& font = bold ? bold_ : regular_;
    if (!font) {
        const char* path = bold ? kNotoBold : kNotoRegular;
        if (!std::filesystem::exists(path))
            throw Error(std::string("the font ") + path + " is missing; run: bash installer/install-deps.sh");
        const char* name = HPDF_LoadTTFontFromFile(doc_, path, HPDF_TRUE);
        check(name ? HPDF_OK : HPDF_TTF_INVALID_FOMAT, "load the Noto Sans font");
        font = use_font(name, "the Noto Sans font");
    }
    return font;
}

HPDF_Font PdfDocument::cjk() {
    if (!cjk_) {
        if (!std::filesystem::exists(kUming))
            throw Error(std::string("the font ") + kUming + " is missing; run: bash installer/install-deps.sh");
        const char* name = HPDF_LoadTTFontFromFile2(doc_, kUming, 0, HPDF_TRUE);
        check(name ? HPDF_OK : HPDF_TTF_INVALID_FOMAT, "load the AR PL UMing font");
        cjk_ = use_font(name, "the AR PL UMing font");
    }
    return cjk_;
}

HPDF_Font PdfDocument::fallback(const std::string& path) {
    HPDF_Font& font = fallbacks_[path];
    if (!font) {
        const char* name = HPDF_LoadTTFontFromFile(doc_, path.c_str(), HPDF_TRUE);
        check(name ? HPDF_OK : HPDF_TTF_INVALID_FOMAT, ("load the font " + path).c_str());
        font = use_font(name, "the font " + path);
    }
    return font;
}

namespace {

// One stretch of a line: the same way of drawing, the same bidi level.
struct Piece {
    Glyphs kind;
    std::string file;  // Fallback and Shaped: the font file
    unsigned char level = 0;
    std::u32string text;
};

std::string utf8_of(const std::u32string& text) {
    std::string out;
    for (char32_t cp : text) {
        utf8proc_uint8_t buf[4];
        auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
        out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
    }
    return out;
}

// Unicode rule L2: from the highest level down to the lowest odd one,
// reverse every run of pieces at that level or above.
void to_visual_order(std::vector<Piece>& pieces) {
    unsigned char highest = 0, lowest_odd = 255;
    for (const auto& p : pieces) {
        highest = std::max(highest, p.level);
        if (p.level % 2) lowest_odd = std::min(lowest_odd, p.level);
    }
    for (int level = highest; level >= lowest_odd && level > 0; --level)
        for (std::size_t i = 0; i < pieces.size();) {
            if (pieces[i].level < level) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < pieces.size() && pieces[j].level >= level) ++j;
            std::reverse(pieces.begin() + static_cast<long>(i), pieces.begin() + static_cast<long>(j));
            i = j;
        }
}

// UTF-8 pieces of `text` between the boundaries an ICU break iterator finds.
std::vector<std::string> split_at_boundaries(const std::string& text, icu::BreakIterator* breaks) {
    std::vector<std::string> out;
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    breaks->setText(u);
    for (int32_t start = breaks->first(), end = breaks->next(); end != icu::BreakIterator::DONE;
         start = end, end = breaks->next()) {
        std::string piece;
        u.tempSubStringBetween(start, end).toUTF8String(piece);
        out.push_back(std::move(piece));
    }
    return out;
}

std::vector<std::string> line_break_atoms(const std::string& text) {
    // Made once per thread (printing runs on worker threads in the app): a
    // line iterator loads its rules and dictionaries when made.
    thread_local std::unique_ptr<icu::BreakIterator> breaks = [] {
        UErrorCode error = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> made(icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), error));
        return U_FAILURE(error) ? nullptr : std::move(made);
    }();
    if (!breaks) throw Error("ICU has no line break rules on this machine");
    std::vector<std::string> atoms;
    for (auto& piece : split_at_boundaries(text, breaks.get())) {
        // A hard break ends its piece: the piece, then the break.
        const bool hard = !piece.empty() && piece.back() == '\n';
        if (hard) piece.pop_back();
        if (hard && !piece.empty() && piece.back() == '\r') piece.pop_back();
        if (!piece.empty()) atoms.push_back(std::move(piece));
        if (hard) atoms.emplace_back("\n");
    }
    return atoms;
}

std::vector<std::string> grapheme_clusters(const std::string& text) {
    thread_local std::unique_ptr<icu::BreakIterator> breaks = [] {
        UErrorCode error = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> made(
            icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), error));
        return U_FAILURE(error) ? nullptr : std::move(made);
    }();
    if (!breaks) throw Error("ICU has no character break rules on this machine");
    return split_at_boundaries(text, breaks.get());
}

// The text without the bidi isolates paper lists wrap names in (U+2066..U+2069).
std::string without_isolates(const std::string& text) {
    std::string out = text;
    for (const char* isolate : {"\u2066", "\u2067", "\u2068", "\u2069"})
        for (auto at = out.find(isolate); at != std::string::npos; at = out.find(isolate)) out.erase(at, 3);
    return out;
}

}  // namespace

std::vector<PdfDocument::Run> PdfDocument::runs_of(const std::string& raw, bool bold) {
    // Composed form: libharu cannot position combining marks itself.
    std::string text = to_nfc(raw);
    // Most texts are Noto Sans throughout (English, Spanish, Vietnamese...): one run, no reordering.
    bool all_latin = true;
    for (auto q = reinterpret_cast<const utf8proc_uint8_t*>(text.data()), end = q + text.size();
         q < end && all_latin;) {
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t n = utf8proc_iterate(q, end - q, &cp);
        if (n <= 0) throw Error("cannot print text that is not valid UTF-8");
        // ...unless a mark is left after composing: HarfBuzz places it (below).
        all_latin = glyphs_for(static_cast<char32_t>(cp)) == Glyphs::Latin &&
                    utf8proc_category(cp) != UTF8PROC_CATEGORY_MN && utf8proc_category(cp) != UTF8PROC_CATEGORY_ME;
        q += n;
    }
    if (all_latin) return {Run{latin(bold), std::move(text), nullptr}};
    std::u32string chars;
    bool any_rtl = false;
    auto p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
        if (n <= 0) throw Error("cannot print text that is not valid UTF-8");
        p += n;
        left -= n;
        // Bidi isolates (U+2066..U+2069) order the text but are not drawn:
        // kept for FriBidi, left out of the pieces below.
        const bool isolate = cp >= 0x2066 && cp <= 0x2069;
        if (glyphs_for(static_cast<char32_t>(cp)) == Glyphs::Invisible && !isolate) continue;
        chars.push_back(static_cast<char32_t>(cp));
        any_rtl = any_rtl || right_to_left(static_cast<char32_t>(cp));
    }
    std::vector<unsigned char> levels = any_rtl ? bidi_levels(chars) : std::vector<unsigned char>(chars.size(), 0);

    // A mark left after composing ("l̈", "Ą́", Marshallese "M̧") sits where
    // HarfBuzz puts it, not where libharu would (on the next letter): the
    // letter and its marks are shaped with Noto Sans.
    auto is_mark = [](char32_t c) {
        auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
        return category == UTF8PROC_CATEGORY_MN || category == UTF8PROC_CATEGORY_MC || category == UTF8PROC_CATEGORY_ME;
    };
    std::vector<bool> latin_with_marks(chars.size(), false);
    for (std::size_t i = 0; i + 1 < chars.size(); ++i)
        if (glyphs_for(chars[i]) == Glyphs::Latin && !is_mark(chars[i]) && is_mark(chars[i + 1]))
            for (std::size_t j = i; j < chars.size() && (j == i || is_mark(chars[j])); ++j) latin_with_marks[j] = true;

    std::vector<Piece> pieces;
    for (std::size_t i = 0; i < chars.size(); ++i) {
        char32_t cp = chars[i];
        Glyphs kind = glyphs_for(cp);
        if (kind == Glyphs::Invisible) continue;  // an isolate, once the levels are known
        std::string file = kind == Glyphs::Fallback ? *fallback_font_for(cp)
                           : kind == Glyphs::Shaped ? *Shaper::font_file_for(cp, bold)
                                                    : std::string();
        if (latin_with_marks[i]) {
            kind = Glyphs::Shaped;
            file = bold ? kNotoBold : kNotoRegular;
        }
        // A mark stays with its letter's font: a cluster is never split.
        if (is_mark(cp) && !pieces.empty() && pieces.back().level == levels[i] &&
            (pieces.back().kind == Glyphs::Shaped || pieces.back().kind == Glyphs::Fallback)) {
            kind = pieces.back().kind;
            file = pieces.back().file;
        }
        // A space between two words of the same joined script stays in the
        // shaped run, and between two unprintable words under one placeholder.
        if (cp == ' ' && !pieces.empty() && i + 1 < chars.size() && levels[i] == pieces.back().level &&
            (pieces.back().kind == Glyphs::Shaped || pieces.back().kind == Glyphs::Unprintable) &&
            glyphs_for(chars[i + 1]) == pieces.back().kind) {
            kind = pieces.back().kind;
            file = pieces.back().file;
        }
        if (pieces.empty() || pieces.back().kind != kind || pieces.back().file != file ||
            pieces.back().level != levels[i])
            pieces.push_back({kind, file, levels[i], {}});
        pieces.back().text.push_back(cp);
    }
    to_visual_order(pieces);

    std::vector<Run> runs;
    for (auto& piece : pieces) {
        bool rtl = piece.level % 2 == 1;
        if (piece.kind == Glyphs::Unprintable) {
            unprinted_.insert(without_isolates(raw));  // said to people as they typed it
            runs.push_back({latin(bold), kPlaceholder, nullptr});
            continue;
        }
        if (piece.kind == Glyphs::Shaped) {
            auto shaped = std::make_shared<ShapedRun>(shaper_.shape(piece.file, utf8_of(piece.text), rtl));
            // The invisible layer goes in visual order, like the glyphs, so a
            // reader that puts right-to-left text back (poppler) reads it as typed.
            if (rtl) std::reverse(piece.text.begin(), piece.text.end());
            runs.push_back({fallback(piece.file), utf8_of(piece.text), std::move(shaped)});
            continue;
        }
        // Neutral characters inside right-to-left text read from the right,
        // brackets mirrored ("علی (7)" shows "(7)", not ")7("); HarfBuzz
        // mirrors the shaped runs itself.
        if (rtl) {
            std::reverse(piece.text.begin(), piece.text.end());
            for (auto& c : piece.text) c = mirrored(c);
        }
        HPDF_Font font = piece.kind == Glyphs::Chinese    ? cjk()
                         : piece.kind == Glyphs::Fallback ? fallback(piece.file)
                                                          : latin(bold);
        std::string utf8 = utf8_of(piece.text);
        if (!runs.empty() && !runs.back().shaped && runs.back().font == font)
            runs.back().text += utf8;
        else
            runs.push_back({font, utf8, nullptr});
    }
    return runs;
}

double PdfDocument::run_width(HPDF_Page page, const Run& run, double size) {
    if (run.shaped) return run.shaped->width * size / run.shaped->units_per_em;
    set_font(page, run.font, size);
    return HPDF_Page_TextWidth(page, run.text.c_str());
}

// Outlines for the eye, and the same text in an invisible layer stretched
// over them, so the PDF can be searched and read aloud.
void PdfDocument::draw_shaped(HPDF_Page page, const Run& run, double x, double y, double size) {
    shaper_.draw(page, *run.shaped, x, y, size);
    double width = run_width(page, run, size);
    set_font(page, run.font, size);
    double natural = HPDF_Page_TextWidth(page, run.text.c_str());
    check(HPDF_Page_BeginText(page), "begin text");
    check(HPDF_Page_SetTextRenderingMode(page, HPDF_INVISIBLE), "hide the text layer");
    if (natural > 0)
        check(HPDF_Page_SetHorizontalScalling(page,
                                              static_cast<HPDF_REAL>(std::clamp(100 * width / natural, 10.0, 300.0))),
              "scale the text layer");
    check(HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y), run.text.c_str()), "draw text");
    check(HPDF_Page_SetHorizontalScalling(page, 100), "scale text");
    check(HPDF_Page_SetTextRenderingMode(page, HPDF_FILL), "show text");
    check(HPDF_Page_EndText(page), "end text");
}

double PdfDocument::measure(HPDF_Page page, const std::string& text, double size, bool bold) {
    // Measured at 100 pt once per text and face; widths scale with the size.
    std::string key = (bold ? "b" : "r") + text;
    auto it = widths_.find(key);
    if (it == widths_.end()) {
        if (widths_.size() > 50000) widths_.clear();
        double width = 0;
        for (const auto& run : runs_of(text, bold)) width += run_width(page, run, 100);
        it = widths_.emplace(std::move(key), width).first;
    }
    return it->second * size / 100;
}

PdfDocument::VerticalExtent PdfDocument::vertical_extent(const std::string& text, double size, bool bold) {
    VerticalExtent extent;
    for (const auto& run : runs_of(text, bold)) {
        double above = 0, below = 0;
        if (run.shaped) {
            above = run.shaped->ascent / run.shaped->units_per_em;
            below = -run.shaped->descent / run.shaped->units_per_em;
        } else {  // libharu's font, per 1000 units
            above = HPDF_Font_GetAscent(run.font) / 1000.0;
            below = -HPDF_Font_GetDescent(run.font) / 1000.0;
        }
        extent.above = std::max(extent.above, above * size);
        extent.below = std::max(extent.below, below * size);
    }
    return extent;
}

double PdfDocument::line_height(const std::string& text, double size, bool bold) {
    // libharu's faces (Latin, Greek, Cyrillic, Chinese, Hangul) are designed
    // to be set at 1.3 × their size; a shaped run adds what its ink needs.
    double ink = 0;
    for (const auto& run : runs_of(text, bold))
        if (run.shaped) ink = std::max(ink, (run.shaped->ascent - run.shaped->descent) / run.shaped->units_per_em);
    return std::max(size * 1.3, (ink + 0.1) * size);
}

double PdfDocument::draw_text(HPDF_Page page, double x, double y, const std::string& text, double size, bool bold) {
    double start = x;
    for (const auto& run : runs_of(text, bold)) {
        if (run.shaped) {
            draw_shaped(page, run, x, y, size);
        } else {
            set_font(page, run.font, size);
            // Chinese, Hangul and the other fallback faces have no bold: the
            // letters are thickened by stroking their outline, so a heading
            // in Chinese weighs what the English beside it does.
            bool thicken = bold && run.font != bold_;
            if (thicken) {
                check(HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(size * 0.035)), "set the line width");
                check(HPDF_Page_SetTextRenderingMode(page, HPDF_FILL_THEN_STROKE), "thicken the text");
            }
            check(HPDF_Page_BeginText(page), "begin text");
            check(HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y), run.text.c_str()),
                  "draw text");
            check(HPDF_Page_EndText(page), "end text");
            if (thicken) check(HPDF_Page_SetTextRenderingMode(page, HPDF_FILL), "show text");
        }
        x += run_width(page, run, size);
    }
    return x - start;
}

double PdfDocument::fitted_size(HPDF_Page page, const std::string& text, double max_width, double size, double min_size,
                                bool bold) {
    double width = measure(page, text, size, bold);
    return width <= max_width ? size : std::max(size * max_width / width, min_size);
}

double PdfDocument::draw_fitted(HPDF_Page page, double x, double y, double max_width, const std::string& text,
                                double size, double min_size, bool bold) {
    // Widths scale with the size, so one measurement finds the size that fits.
    double width = measure(page, text, size, bold);
    if (width <= max_width) {
        draw_text(page, x, y, text, size, bold);
        return size;
    }
    double fitted = size * max_width / width;
    if (fitted >= min_size) {
        draw_text(page, x, y, text, fitted, bold);
        return fitted;
    }
    // Still too long at the smallest readable size: cut at a character.
    const std::string ellipsis = "\xE2\x80\xA6";
    double budget = max_width - measure(page, ellipsis, min_size, bold);
    std::string cut;
    double used = 0;
    for_each_char(text, [&](char32_t, std::string_view ch) {
        double w = measure(page, std::string(ch), min_size, bold);
        if (used + w > budget) return false;
        cut += ch;
        used += w;
        return true;
    });
    draw_text(page, x, y, cut + ellipsis, min_size, bold);
    return min_size;
}

std::vector<std::string> PdfDocument::wrap(HPDF_Page page, const std::string& raw, double max_width, double size,
                                           bool bold) {
    std::string key = std::to_string(max_width) + "/" + std::to_string(size) + (bold ? "b" : "r") + raw;
    if (auto it = wraps_.find(key); it != wraps_.end()) return it->second;
    if (wraps_.size() > 20000) wraps_.clear();
    return wraps_[key] = wrap_uncached(page, raw, max_width, size, bold);
}

std::vector<std::string> PdfDocument::wrap_uncached(HPDF_Page page, const std::string& raw, double max_width,
                                                    double size, bool bold) {
    // Atoms: what lies between two places a line may break, by ICU's line
    // break rules (UAX 14, with its dictionaries for Thai, Lao, Khmer and
    // Burmese, which write no spaces between words; CJK between characters
    // but never before closing punctuation), trailing spaces included; "\n"
    // for a break the text asks for.
    const std::vector<std::string> atoms = line_break_atoms(to_nfc(raw));
    // Greedy filling with each atom measured once (libharu adds no kerning,
    // so widths simply add up).
    std::vector<std::string> lines;
    std::string line;
    double line_width = 0;
    auto flush = [&] {
        while (!line.empty() && line.back() == ' ') line.pop_back();
        lines.push_back(line);
        line.clear();
        line_width = 0;
    };
    for (const auto& atom : atoms) {
        if (atom == "\n") {
            flush();
            continue;
        }
        std::string trimmed = atom;
        while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
        double trimmed_width = measure(page, trimmed, size, bold);
        double full_width = trimmed.size() == atom.size() ? trimmed_width : measure(page, atom, size, bold);
        if (line_width + trimmed_width <= max_width) {
            line += atom;
            line_width += full_width;
            continue;
        }
        if (!line.empty()) flush();
        if (trimmed_width <= max_width) {
            line = atom;
            line_width = full_width;
            continue;
        }
        // One word wider than the line: broken between letters, a letter
        // with its marks and vowel signs kept whole (grapheme clusters).
        for (const auto& ch : grapheme_clusters(atom)) {
            double w = measure(page, ch, size, bold);
            if (!line.empty() && line_width + w > max_width) flush();
            line += ch;
            line_width += w;
        }
    }
    if (!line.empty()) flush();
    return lines;
}

void PdfDocument::dashed_line(HPDF_Page page, double x1, double y, double x2, double width) {
    const HPDF_UINT16 dash[] = {6, 4};
    check(HPDF_Page_SetDash(page, dash, 2, 0), "set a dash pattern");
    line(page, x1, y, x2, y, width);
    check(HPDF_Page_SetDash(page, nullptr, 0, 0), "clear the dash pattern");
}

bool PdfDocument::image_top_right(HPDF_Page page, const std::string& path, double right, double top, double max_w,
                                  double max_h) {
    if (path.empty() || !std::filesystem::exists(path)) return false;
    std::string ext = std::filesystem::path(path).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    HPDF_Image& image = logos_[path];  // one image object however many pages show it
    if (!image) {
        if (ext == ".png")
            image = HPDF_LoadPngImageFromFile(doc_, path.c_str());
        else if (ext == ".jpg" || ext == ".jpeg")
            image = HPDF_LoadJpegImageFromFile(doc_, path.c_str());
        else
            throw Error(tr("the logo {0} is not a PNG or JPEG file", {path}));
        check(image ? HPDF_OK : HPDF_INVALID_IMAGE, ("read the image " + path).c_str());
    }
    double w = HPDF_Image_GetWidth(image), h = HPDF_Image_GetHeight(image);
    double scale = std::min(max_w / w, max_h / h);
    place_image(page, image, right - w * scale, top - h * scale, w * scale, h * scale);
    return true;
}

void PdfDocument::line(HPDF_Page page, double x1, double y1, double x2, double y2, double width) {
    check(HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(width)), "set the line width");
    check(HPDF_Page_MoveTo(page, static_cast<HPDF_REAL>(x1), static_cast<HPDF_REAL>(y1)), "draw a line");
    check(HPDF_Page_LineTo(page, static_cast<HPDF_REAL>(x2), static_cast<HPDF_REAL>(y2)), "draw a line");
    check(HPDF_Page_Stroke(page), "draw a line");
}

void PdfDocument::box(HPDF_Page page, double x, double y, double w, double h, double width) {
    check(HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(width)), "set the line width");
    check(HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y), static_cast<HPDF_REAL>(w),
                              static_cast<HPDF_REAL>(h)),
          "draw a box");
    check(HPDF_Page_Stroke(page), "draw a box");
}

void PdfDocument::face(HPDF_Page page, double cx, double cy, double r, int mood, double width) {
    auto f = [](double v) { return static_cast<HPDF_REAL>(v); };
    check(HPDF_Page_SetLineWidth(page, f(width)), "set the line width");
    check(HPDF_Page_Circle(page, f(cx), f(cy), f(r)), "draw a face");
    check(HPDF_Page_Stroke(page), "draw a face");
    // Eyes: two dots.
    for (double dx : {-0.35, 0.35}) {
        check(HPDF_Page_Circle(page, f(cx + dx * r), f(cy + 0.3 * r), f(0.1 * r)), "draw a face");
        check(HPDF_Page_Fill(page), "draw a face");
    }
    // The mouth: libharu's arc angles start at twelve o'clock and run
    // clockwise, so 120..240 is the bottom of a circle (a smile) and
    // -60..60 its top (a frown).
    if (mood > 0) {
        check(HPDF_Page_Arc(page, f(cx), f(cy), f(0.55 * r), 120, 240), "draw a face");
    } else if (mood < 0) {
        check(HPDF_Page_Arc(page, f(cx), f(cy - 0.85 * r), f(0.55 * r), -50, 50), "draw a face");
    } else {
        check(HPDF_Page_MoveTo(page, f(cx - 0.4 * r), f(cy - 0.35 * r)), "draw a face");
        check(HPDF_Page_LineTo(page, f(cx + 0.4 * r), f(cy - 0.35 * r)), "draw a face");
    }
    check(HPDF_Page_Stroke(page), "draw a face");
}

void PdfDocument::fill_box(HPDF_Page page, double x, double y, double w, double h, double gray) {
    check(HPDF_Page_SetGrayFill(page, static_cast<HPDF_REAL>(gray)), "set the fill");
    check(HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y), static_cast<HPDF_REAL>(w),
                              static_cast<HPDF_REAL>(h)),
          "fill a box");
    check(HPDF_Page_Fill(page), "fill a box");
    check(HPDF_Page_SetGrayFill(page, 0), "set the fill");
}

void PdfDocument::qr_code(HPDF_Page page, const std::string& text, double x, double top, double size) {
    std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
                                                       &QRcode_free);
    if (!qr) throw Error("cannot make a QR code for '" + text + "'");
    // Drawn as one filled path of the dark modules, one rectangle per run of
    // a row, in the page's own content: sharp at any printer resolution, and
    // about 2 KB a page where an image object cost 7 KB of memory per flyer
    // until the file is saved (10,000 backpack flyers). The 4-module quiet
    // zone the standard asks for is left blank around it.
    const int quiet = 4, n = qr->width + 2 * quiet;
    const double module = size / n;
    check(HPDF_Page_GSave(page), "draw a QR code");
    check(HPDF_Page_Concat(page, static_cast<HPDF_REAL>(module), 0, 0, static_cast<HPDF_REAL>(module),
                           static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(top - size)),
          "draw a QR code");
    check(HPDF_Page_SetGrayFill(page, 0), "draw a QR code");
    for (int r = 0; r < qr->width; ++r) {
        const unsigned char* row = qr->data + r * qr->width;
        for (int c = 0; c < qr->width;) {
            if (!(row[c] & 1)) {
                ++c;
                continue;
            }
            int end = c;
            while (end < qr->width && (row[end] & 1)) ++end;
            check(HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(quiet + c),
                                      static_cast<HPDF_REAL>(n - quiet - r - 1), static_cast<HPDF_REAL>(end - c), 1),
                  "draw a QR code");
            c = end;
        }
    }
    check(HPDF_Page_Fill(page), "draw a QR code");
    check(HPDF_Page_GRestore(page), "draw a QR code");
}

void PdfDocument::set_font(HPDF_Page page, HPDF_Font font, double size) {
    check(HPDF_Page_SetFontAndSize(page, font, static_cast<HPDF_REAL>(size)), "set the font");
    if (page == recording_ && std::find(recorded_.fonts.begin(), recorded_.fonts.end(), font) == recorded_.fonts.end())
        recorded_.fonts.push_back(font);
}

void PdfDocument::place_image(HPDF_Page page, HPDF_Image image, double x, double y, double w, double h) {
    SharedPart::Placed placed{image, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y), static_cast<HPDF_REAL>(w),
                              static_cast<HPDF_REAL>(h)};
    check(HPDF_Page_DrawImage(page, image, placed.x, placed.y, placed.w, placed.h), "draw an image");
    if (page == recording_) recorded_.images.push_back(placed);
}

void PdfDocument::begin_shared(HPDF_Page page) {
    recording_ = page;
    recorded_ = {};
    check(HPDF_Page_New_Content_Stream(page, &recorded_.stream), "start a shared part");
}

PdfDocument::SharedPart PdfDocument::end_shared(HPDF_Page page) {
    check(HPDF_Page_New_Content_Stream(page, nullptr), "end a shared part");  // what follows is this page's own
    recording_ = nullptr;
    return std::move(recorded_);
}

void PdfDocument::reuse_shared(HPDF_Page page, const SharedPart& part) {
    place_pending_shared();
    // Registered in the same order, the fonts and images get the same names
    // (F1, F2, X1...) on this page as in the stream. An image is drawn where
    // the part draws it, so the page holds it; the part then draws it again
    // in the same place.
    for (HPDF_Font font : part.fonts) check(HPDF_Page_SetFontAndSize(page, font, 10), "set the font");
    for (const auto& placed : part.images)
        check(HPDF_Page_DrawImage(page, placed.image, placed.x, placed.y, placed.w, placed.h), "draw an image");
    // The page's own drawing (a name, a code) goes into the stream it already
    // has, inside its own graphics state; the shared part is placed after it
    // when the page is done. Placing it now would open a second stream of the
    // page's own, which costs 5 KB a page until the file is saved.
    check(HPDF_Page_GSave(page), "start the page's own drawing");
    pending_shared_ = {page, part.stream};
}

void PdfDocument::place_pending_shared() {
    auto [page, stream] = std::exchange(pending_shared_, {});
    if (!page) return;
    check(HPDF_Page_GRestore(page), "end the page's own drawing");
    check(place_shared_stream(page, stream), "place a shared part");  // [its own stream, the part]
}

void PdfDocument::number_pages(std::size_t first, const std::string& footer, double y, const std::string& page_of,
                               double size) {
    place_pending_shared();
    std::size_t count = pages_.size() - first;
    for (std::size_t i = first; i < pages_.size(); ++i) {
        std::string foot =
            (footer.empty() ? "" : footer + "    ") +
            fill_label(fill_label(page_of, "n", std::to_string(i - first + 1)), "total", std::to_string(count));
        draw_text(pages_[i], (width_ - measure(pages_[i], foot, size)) / 2, y, foot, size);
    }
}

UnprintedTexts PdfDocument::save(const std::string& path) {
    place_pending_shared();
    io::AtomicFile file(path);
    errno = 0;
    HPDF_STATUS status = HPDF_SaveToFile(doc_, file.temp_path().c_str());
    const int write_error = errno;
    // A file error is said in words ("No space left on device"), not as
    // "libharu error 0x1017". The reason is the C library's errno from the
    // failed write (libharu's own detail is ferror()'s flag, not an errno);
    // when the compressed stream met the file error, the file error is the
    // detail.
    auto file_error = [](unsigned long e) { return e == HPDF_FILE_IO_ERROR || e == HPDF_FILE_OPEN_ERROR; };
    if (file_error(errors_->error) || file_error(errors_->detail)) {
        int error = write_error;
        HPDF_ResetError(doc_);
        errors_->error = errors_->detail = 0;
        file.fail(error ? error : EIO);
    }
    check(status, ("save " + path).c_str());
    file.commit();
    return {unprinted_.begin(), unprinted_.end()};
}

}  // namespace fn::reports
