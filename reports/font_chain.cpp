#include "reports/font_chain.h"
#include "reports/utf8_chars.h"

#include <fontconfig/fontconfig.h>

#include "reports/shaper.h"

#include <algorithm>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace fn::reports {
namespace {

bool in(char32_t cp, char32_t lo, char32_t hi) { return cp >= lo && cp <= hi; }

// Scripts whose letters change shape with their neighbours, or that read
// right to left: libharu would print them wrongly, so HarfBuzz shapes them.
bool needs_shaping(char32_t cp) {
    return in(cp, 0x0590, 0x08FF) ||  // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Arabic Extended
           in(cp, 0x0900, 0x0DFF) ||  // Devanagari ... Sinhala
           in(cp, 0x0E00, 0x0FFF) ||  // Thai, Lao, Tibetan
           in(cp, 0x1000, 0x109F) ||  // Myanmar
           in(cp, 0x1780, 0x18AF) ||  // Khmer, Mongolian
           in(cp, 0xA8E0, 0xA8FF) ||  // Devanagari Extended
           in(cp, 0xFB1D, 0xFDFF) ||  // Hebrew and Arabic presentation forms
           in(cp, 0xFE70, 0xFEFE);    // Arabic presentation forms B
}

bool invisible(char32_t cp) {
    return cp == 0x00AD || in(cp, 0x200B, 0x200F) || in(cp, 0x202A, 0x202E) || in(cp, 0x2060, 0x2069) ||
           in(cp, 0xFE00, 0xFE0F) || cp == 0xFEFF;
}

bool noto_sans_has(char32_t cp) {
    return cp < 0x0250 || in(cp, 0x0300, 0x036F) || in(cp, 0x0370, 0x052F) || in(cp, 0x1E00, 0x1EFF) ||
           in(cp, 0x2000, 0x206F) || in(cp, 0x20A0, 0x20BF) || cp == 0x2116 || cp == 0x2122;
}

bool chinese(char32_t cp) { return in(cp, 0x2E80, 0x9FFF) || in(cp, 0xF900, 0xFAFF) || in(cp, 0xFF00, 0xFFEF); }

std::optional<std::string> ask_fontconfig(char32_t cp) {
    std::vector<std::pair<int, std::string>> files;  // regular weight first
    for (const auto& f : font_files_with(cp)) {
        // libharu draws nothing for Droid Sans Fallback's glyphs (measured:
        // "가" printed blank on every Korean flyer, since fontconfig lists it
        // before Nanum for the syllables both have); another font is taken.
        if (f.path.find("DroidSansFallback") != std::string::npos) continue;
        if (f.truetype_outlines) files.emplace_back(std::abs(f.weight - FC_WEIGHT_REGULAR), f.path);
    }
    if (files.empty()) return std::nullopt;
    std::sort(files.begin(), files.end());  // the same font on every machine with the same fonts
    return files.front().second;
}

}  // namespace

std::vector<FontFile> font_files_with(char32_t cp) {
    static std::once_flag init;
    std::call_once(init, [] { FcInit(); });
    FcPattern* pattern = FcPatternCreate();
    FcCharSet* chars = FcCharSetCreate();
    FcCharSetAddChar(chars, static_cast<FcChar32>(cp));
    FcPatternAddCharSet(pattern, FC_CHARSET, chars);
    FcPatternAddBool(pattern, FC_SCALABLE, FcTrue);
    FcObjectSet* fields = FcObjectSetBuild(FC_FILE, FC_INDEX, FC_WEIGHT, FC_FONTFORMAT, nullptr);
    FcFontSet* found = FcFontList(nullptr, pattern, fields);
    std::vector<FontFile> files;
    for (int i = 0; found && i < found->nfont; ++i) {
        FcChar8* file = nullptr;
        FcChar8* format = nullptr;
        int index = 0, weight = FC_WEIGHT_REGULAR;
        if (FcPatternGetString(found->fonts[i], FC_FILE, 0, &file) != FcResultMatch) continue;
        FcPatternGetInteger(found->fonts[i], FC_INDEX, 0, &index);
        FcPatternGetInteger(found->fonts[i], FC_WEIGHT, 0, &weight);
        bool glyf = FcPatternGetString(found->fonts[i], FC_FONTFORMAT, 0, &format) == FcResultMatch &&
                    std::string(reinterpret_cast<const char*>(format)) == "TrueType";
        std::string path(reinterpret_cast<const char*>(file));
        // libharu loads a single-face .ttf (for a shaped run: its text layer).
        bool ttf = path.size() > 4 && path.compare(path.size() - 4, 4, ".ttf") == 0;
        if (ttf && index == 0) files.push_back({path, weight, glyf});
    }
    if (found) FcFontSetDestroy(found);
    FcObjectSetDestroy(fields);
    FcCharSetDestroy(chars);
    FcPatternDestroy(pattern);
    return files;
}

std::string unprintable_characters(const std::string& utf8) {
    std::string found;
    for_each_char(utf8, [&](char32_t cp, std::string_view ch) {
        if (glyphs_for(cp) == Glyphs::Unprintable && found.find(ch) == std::string::npos) found += ch;
        return true;
    });
    return found;
}

Glyphs glyphs_for(char32_t cp) {
    if (invisible(cp)) return Glyphs::Invisible;
    if (needs_shaping(cp))
        return cp <= 0xFFFF && Shaper::font_file_for(cp, false) ? Glyphs::Shaped : Glyphs::Unprintable;
    if (cp > 0xFFFF) return Glyphs::Unprintable;  // libharu maps the BMP only
    if (noto_sans_has(cp)) return Glyphs::Latin;
    if (chinese(cp)) return Glyphs::Chinese;
    return fallback_font_for(cp) ? Glyphs::Fallback : Glyphs::Unprintable;
}

bool right_to_left(char32_t cp) { return in(cp, 0x0590, 0x08FF) || in(cp, 0xFB1D, 0xFDFF) || in(cp, 0xFE70, 0xFEFE); }

std::optional<std::string> fallback_font_for(char32_t cp) {
    static std::mutex lock;  // printing runs on worker threads in the app
    static std::unordered_map<char32_t, std::optional<std::string>> cache;
    std::lock_guard<std::mutex> hold(lock);
    auto it = cache.find(cp);
    if (it == cache.end()) it = cache.emplace(cp, ask_fontconfig(cp)).first;
    return it->second;
}

}  // namespace fn::reports
