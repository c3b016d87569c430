#include "reports/shaper.h"

#include <fribidi/fribidi.h>
#include <hb.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <unordered_map>

#include "core/errors.h"
#include "reports/font_chain.h"

namespace fn::reports {

struct ShapingFont {
    hb_blob_t* blob = nullptr;
    hb_face_t* face = nullptr;
    hb_font_t* font = nullptr;
    double units_per_em = 1000;
    ~ShapingFont() {
        if (font) hb_font_destroy(font);
        if (face) hb_face_destroy(face);
        if (blob) hb_blob_destroy(blob);
    }
};

namespace {

// The script's name as font files carry it ("Tamil" for U+0BAA), by ICU.
std::string script_name(char32_t cp) {
    UErrorCode error = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &error);
    const char* name = U_SUCCESS(error) ? uscript_getName(script) : nullptr;
    return name ? name : "";
}

// The font made for the character's script, not one that merely covers it:
// Noto Sans Grantha has the Tamil letters ப and வ but not Tamil's shaping,
// and "Grantha" sorting before "Tamil" printed "ப◌ெருமாள்" with dotted
// circles. Naskh is the style families read in print (Arabic, Farsi/Dari,
// Pashto); then the Noto Sans face named for the script ("NotoSansTamil-"),
// another face named for it (Noto Serif Tamil), any Noto Sans, the rest.
int preference(const std::string& path, const std::string& script, bool bold) {
    const std::string file = path.substr(path.find_last_of('/') + 1);
    int p = 4;
    if (script == "Arabic" && file.rfind("NotoNaskhArabic-", 0) == 0)
        p = 0;
    else if (!script.empty() && file.rfind("NotoSans" + script + "-", 0) == 0)
        p = 1;
    else if (!script.empty() && file.find(script) != std::string::npos)
        p = 2;
    else if (file.rfind("NotoSans", 0) == 0)
        p = 3;
    bool is_bold = file.find("Bold") != std::string::npos;
    return p * 2 + (is_bold == bold ? 0 : 1);
}

std::optional<std::string> ask_fontconfig(char32_t cp, bool bold) {
    std::vector<std::pair<int, std::string>> files;
    const std::string script = script_name(cp);
    for (const auto& f : font_files_with(cp)) files.emplace_back(preference(f.path, script, bold), f.path);
    if (files.empty()) return std::nullopt;
    std::sort(files.begin(), files.end());
    return files.front().second;
}

// Outlines to PDF path operators, font units scaled to points.
struct Pen {
    HPDF_Page page;
    double x0, y0, scale;
    float cx = 0, cy = 0;  // current point, font units (for quadratic to cubic)
    bool drew = false;     // a space has no outline: nothing to fill
    HPDF_REAL px(float x) const { return static_cast<HPDF_REAL>(x0 + x * scale); }
    HPDF_REAL py(float y) const { return static_cast<HPDF_REAL>(y0 + y * scale); }
};

void move_to(hb_draw_funcs_t*, void* data, hb_draw_state_t*, float x, float y, void*) {
    auto* pen = static_cast<Pen*>(data);
    HPDF_Page_MoveTo(pen->page, pen->px(x), pen->py(y));
    pen->drew = true;
    pen->cx = x;
    pen->cy = y;
}
void line_to(hb_draw_funcs_t*, void* data, hb_draw_state_t*, float x, float y, void*) {
    auto* pen = static_cast<Pen*>(data);
    HPDF_Page_LineTo(pen->page, pen->px(x), pen->py(y));
    pen->cx = x;
    pen->cy = y;
}
void quadratic_to(hb_draw_funcs_t*, void* data, hb_draw_state_t*, float qx, float qy, float x, float y, void*) {
    auto* pen = static_cast<Pen*>(data);
    // The same curve as a cubic: control points two thirds of the way to q.
    float c1x = pen->cx + 2.0f / 3.0f * (qx - pen->cx), c1y = pen->cy + 2.0f / 3.0f * (qy - pen->cy);
    float c2x = x + 2.0f / 3.0f * (qx - x), c2y = y + 2.0f / 3.0f * (qy - y);
    HPDF_Page_CurveTo(pen->page, pen->px(c1x), pen->py(c1y), pen->px(c2x), pen->py(c2y), pen->px(x), pen->py(y));
    pen->cx = x;
    pen->cy = y;
}
void cubic_to(hb_draw_funcs_t*, void* data, hb_draw_state_t*, float c1x, float c1y, float c2x, float c2y, float x,
              float y, void*) {
    auto* pen = static_cast<Pen*>(data);
    HPDF_Page_CurveTo(pen->page, pen->px(c1x), pen->py(c1y), pen->px(c2x), pen->py(c2y), pen->px(x), pen->py(y));
    pen->cx = x;
    pen->cy = y;
}
void close_path(hb_draw_funcs_t*, void* data, hb_draw_state_t*, void*) {
    HPDF_Page_ClosePath(static_cast<Pen*>(data)->page);
}

hb_draw_funcs_t* pen_funcs() {
    static hb_draw_funcs_t* funcs = [] {
        hb_draw_funcs_t* f = hb_draw_funcs_create();
        hb_draw_funcs_set_move_to_func(f, move_to, nullptr, nullptr);
        hb_draw_funcs_set_line_to_func(f, line_to, nullptr, nullptr);
        hb_draw_funcs_set_quadratic_to_func(f, quadratic_to, nullptr, nullptr);
        hb_draw_funcs_set_cubic_to_func(f, cubic_to, nullptr, nullptr);
        hb_draw_funcs_set_close_path_func(f, close_path, nullptr, nullptr);
        hb_draw_funcs_make_immutable(f);
        return f;
    }();
    return funcs;
}

}  // namespace

Shaper::Shaper() = default;
Shaper::~Shaper() = default;

std::optional<std::string> Shaper::font_file_for(char32_t cp, bool bold) {
    static std::mutex lock;
    static std::unordered_map<char32_t, std::optional<std::string>> cache[2];
    std::lock_guard<std::mutex> hold(lock);
    auto& c = cache[bold ? 1 : 0];
    auto it = c.find(cp);
    if (it == c.end()) it = c.emplace(cp, ask_fontconfig(cp, bold)).first;
    return it->second;
}

const ShapingFont& Shaper::font(const std::string& file) {
    auto& slot = fonts_[file];
    if (!slot) {
        auto f = std::make_unique<ShapingFont>();
        f->blob = hb_blob_create_from_file_or_fail(file.c_str());
        if (!f->blob) throw Error("cannot read the font " + file);
        f->face = hb_face_create(f->blob, 0);
        f->units_per_em = hb_face_get_upem(f->face);
        f->font = hb_font_create(f->face);
        hb_font_set_scale(f->font, static_cast<int>(f->units_per_em), static_cast<int>(f->units_per_em));
        slot = std::move(f);
    }
    return *slot;
}

ShapedRun Shaper::shape(const std::string& font_file, const std::string& utf8, bool rtl) {
    const ShapingFont& f = font(font_file);
    hb_buffer_t* buffer = hb_buffer_create();
    hb_buffer_add_utf8(buffer, utf8.data(), static_cast<int>(utf8.size()), 0, static_cast<int>(utf8.size()));
    hb_buffer_guess_segment_properties(buffer);
    hb_buffer_set_direction(buffer, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_shape(f.font, buffer, nullptr, 0);
    unsigned count = 0;
    hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
    hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
    ShapedRun run;
    run.font = &f;
    run.font_file = font_file;
    run.units_per_em = f.units_per_em;
    double pen_x = 0, pen_y = 0;  // HarfBuzz gives RTL runs in visual order: always advance to the right
    for (unsigned i = 0; i < count; ++i) {
        run.glyphs.push_back({info[i].codepoint, pen_x + pos[i].x_offset, pen_y + pos[i].y_offset});
        hb_glyph_extents_t ink{};
        if (hb_font_get_glyph_extents(f.font, info[i].codepoint, &ink)) {
            const double top = pen_y + pos[i].y_offset + ink.y_bearing;  // y_bearing: the ink's top
            run.ascent = std::max(run.ascent, top);
            run.descent = std::min(run.descent, top + ink.height);  // height runs downwards (< 0)
        }
        pen_x += pos[i].x_advance;
        pen_y += pos[i].y_advance;
    }
    run.width = pen_x;
    hb_buffer_destroy(buffer);
    return run;
}

void Shaper::draw(HPDF_Page page, const ShapedRun& run, double x, double y, double size) const {
    double scale = size / run.units_per_em;
    for (const auto& g : run.glyphs) {
        Pen pen{page, x + g.x * scale, y + g.y * scale, scale};
        hb_font_get_glyph_shape(run.font->font, g.id, pen_funcs(), &pen);
        if (pen.drew) HPDF_Page_Fill(page);  // nonzero winding, as TrueType outlines are drawn
    }
}

std::vector<unsigned char> bidi_levels(const std::u32string& text) {
    auto len = static_cast<FriBidiStrIndex>(text.size());
    std::vector<FriBidiCharType> types(text.size());
    std::vector<FriBidiBracketType> brackets(text.size());
    std::vector<FriBidiLevel> levels(text.size());
    const auto* chars = reinterpret_cast<const FriBidiChar*>(text.data());
    fribidi_get_bidi_types(chars, len, types.data());
    fribidi_get_bracket_types(chars, len, types.data(), brackets.data());
    FriBidiParType direction = FRIBIDI_PAR_ON;
    if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), len, &direction, levels.data()))
        return std::vector<unsigned char>(text.size(), 0);
    return {levels.begin(), levels.end()};
}

char32_t mirrored(char32_t c) {
    FriBidiChar mirror = 0;
    return fribidi_get_mirror_char(static_cast<FriBidiChar>(c), &mirror) ? static_cast<char32_t>(mirror) : c;
}

}  // namespace fn::reports
