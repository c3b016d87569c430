#pragma once
// Which font draws each character of a printed text, so that no document
// fails for one name. libharu draws TrueType (glyf) fonts without shaping,
// so a character is drawn when (a) its script needs no shaping or reordering
// and (b) a TrueType font has it: Noto Sans (Latin, Vietnamese, Greek,
// Cyrillic), AR PL UMing (Chinese), then whatever fontconfig finds (Hangul
// from Nanum, symbols such as ★ ☐ ☑ from DejaVu). Everything else is
// replaced visibly and reported, never dropped in silence.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fn::reports {

enum class Glyphs {
    Latin,       // the document's Noto Sans (regular or bold)
    Chinese,     // AR PL UMing
    Fallback,    // a font fontconfig found (fallback_font_for)
    Shaped,      // joins and changes shape (Arabic, Devanagari, ...): HarfBuzz draws it (reports/shaper.h)
    Invisible,   // marks that must not print: soft hyphen, LRM/RLM, zero-width characters
    Unprintable  // no font on this machine draws it correctly, or above U+FFFF
};
Glyphs glyphs_for(char32_t cp);
// The characters of `utf8` that print as "[?]" on this machine (emoji,
// CJK Extension B...), each once, in order; empty when all of it prints.
std::string unprintable_characters(const std::string& utf8);
// Right-to-left letters (Hebrew, Arabic and related scripts).
bool right_to_left(char32_t cp);

// The single-face .ttf files that have `cp`, as fontconfig lists them:
// path, weight, and whether the outlines are TrueType (glyf) rather than CFF.
struct FontFile {
    std::string path;
    int weight = 80;  // fontconfig's scale; regular is 80
    bool truetype_outlines = false;
};
std::vector<FontFile> font_files_with(char32_t cp);

// A TrueType font file (glyf outlines, face 0) that has `cp`, by fontconfig;
// nothing when none is installed. Cached per character.
std::optional<std::string> fallback_font_for(char32_t cp);

}  // namespace fn::reports
