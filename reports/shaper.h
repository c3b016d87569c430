#pragma once
// Scripts whose letters join and change shape (Arabic, Devanagari, ...),
// which libharu cannot draw: HarfBuzz shapes the run with a font that has
// the script, and the glyphs are drawn as filled outlines; the caller adds
// the text as an invisible layer so the PDF stays searchable. libharu's own
// TrueType embedding keeps only the first level of composite glyphs, so
// drawing through it would lose Arabic dots (shared/STACK-NOTES.md).
#include <hpdf.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace fn::reports {

struct ShapingFont;  // HarfBuzz's face and font for one file

struct ShapedGlyph {
    unsigned id = 0;
    double x = 0, y = 0;  // where the glyph's origin goes, in font units from the run's left end
};

// One run in visual order, ready to draw.
struct ShapedRun {
    const ShapingFont* font = nullptr;
    std::string font_file;
    std::vector<ShapedGlyph> glyphs;
    double width = 0;  // in font units
    double units_per_em = 1000;
    // How far the glyphs' ink reaches above the baseline (ascent, > 0) and
    // below it (descent, < 0), in font units: a Myanmar ၡ or a Tamil vowel
    // sign reaches further than any Latin letter.
    double ascent = 0, descent = 0;
};

class Shaper {
public:
    Shaper();
    ~Shaper();
    Shaper(const Shaper&) = delete;
    Shaper& operator=(const Shaper&) = delete;

    // The font file that shapes `cp` (Noto Naskh for Arabic, Noto Sans for
    // the others), found through fontconfig; nothing when none is installed.
    static std::optional<std::string> font_file_for(char32_t cp, bool bold);

    // Shapes a run of one script; `rtl` for right-to-left text.
    ShapedRun shape(const std::string& font_file, const std::string& utf8, bool rtl);
    // Fills the run's glyph outlines with the left end of its baseline at (x, y).
    void draw(HPDF_Page page, const ShapedRun& run, double x, double y, double size) const;

private:
    const ShapingFont& font(const std::string& file);
    std::map<std::string, std::unique_ptr<ShapingFont>> fonts_;
};

// Bidi levels of each code point of `text` (FriBidi, paragraph direction
// from the first strong character): even left-to-right, odd right-to-left.
std::vector<unsigned char> bidi_levels(const std::u32string& text);
// The character shown in its place in right-to-left text: "(" for ")",
// "<" for ">" (FriBidi's mirroring table); itself when it has no mirror.
char32_t mirrored(char32_t c);

}  // namespace fn::reports
