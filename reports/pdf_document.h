#pragma once
// A thin layer over libharu so each report reads like a description of the
// page: a document that owns its HPDF_Doc, picks a font per script with
// fallback, measures and fits text, draws lines and boxes, and reports
// libharu errors as fn::Error (never by throwing through libharu's C frames).
#include <hpdf.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "reports/paper.h"
#include "reports/shaper.h"
#include "reports/libharu_internals.h"
#include "reports/unprinted.h"

namespace fn::reports {

class PdfDocument {
public:
    explicit PdfDocument(PaperSize paper, const std::string& title);
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    HPDF_Page add_page();
    const std::vector<HPDF_Page>& pages() const { return pages_; }
    double page_width() const { return width_; }
    double page_height() const { return height_; }

    // Text in any script a font on the machine has (reports/font_chain.h):
    // Latin incl. Vietnamese, Greek, Cyrillic, Chinese, Hangul, symbols, and
    // through HarfBuzz the scripts that join (Arabic, Devanagari, ...), in
    // right-to-left order where the text says so (FriBidi). A stretch no
    // font can draw prints as "[?]" and the text is reported by save(); no
    // document fails for one name.
    double measure(HPDF_Page page, const std::string& text, double size, bool bold = false);
    double draw_text(HPDF_Page page, double x, double y, const std::string& text, double size, bool bold = false);
    // How far the text reaches above its baseline and below it, in points
    // (`below` > 0): the ink of shaped scripts, the font's own ascent and
    // descent for the rest. Lines and blocks are spaced by it, so a tall
    // script (Myanmar, Karen, Tamil, Khmer) never touches the next line.
    struct VerticalExtent {
        double above = 0, below = 0;
    };
    VerticalExtent vertical_extent(const std::string& text, double size, bool bold = false);
    // The distance from one baseline to the next for lines of `text`: 1.3 ×
    // size (as Latin, Cyrillic and Chinese are set), more where the ink of
    // a shaped script reaches further (Myanmar, Thai, Tamil).
    double line_height(const std::string& text, double size, bool bold = false);
    // Shrinks the text down to `min_size` to fit `max_width`; if it still
    // does not fit, cuts it with an ellipsis. Returns the size used.
    double draw_fitted(HPDF_Page page, double x, double y, double max_width, const std::string& text, double size,
                       double min_size, bool bold = false);
    // The size draw_fitted would use, without drawing.
    double fitted_size(HPDF_Page page, const std::string& text, double max_width, double size, double min_size,
                       bool bold = false);

    // Lines of at most `max_width`: breaks at spaces, and between Chinese
    // characters (libharu breaks only at ASCII spaces); a word longer than
    // the width is broken between characters.
    std::vector<std::string> wrap(HPDF_Page page, const std::string& text, double max_width, double size,
                                  bool bold = false);

    void line(HPDF_Page page, double x1, double y1, double x2, double y2, double width = 0.5);
    void dashed_line(HPDF_Page page, double x1, double y, double x2, double width = 0.8);
    void box(HPDF_Page page, double x, double y, double w, double h, double width = 0.5);
    void fill_box(HPDF_Page page, double x, double y, double w, double h, double gray);
    // A face of radius `r` centred at (cx, cy) for a three-point scale:
    // `mood` > 0 smiling, 0 straight mouth, < 0 frowning.
    void face(HPDF_Page page, double cx, double cy, double r, int mood, double width = 0.8);
    // A PNG or JPEG scaled to fit max_w x max_h with its top-right corner at
    // (right, top). Returns false (drawing nothing) when the file is missing.
    bool image_top_right(HPDF_Page page, const std::string& path, double right, double top, double max_w, double max_h);

    // A QR code for `text` (libqrencode, error correction M), `size` points
    // square with its top-left corner at (x, top).
    void qr_code(HPDF_Page page, const std::string& text, double x, double top, double size);

    // Drawing that repeats page after page (1,000 personalised flyers from
    // one template differ only in a name, a code and a child) is stored
    // once: what is drawn on `page` between begin_shared and end_shared
    // becomes a content stream that later pages place with reuse_shared,
    // instead of drawing (and compressing) it again. Begin right after
    // add_page. The fonts and images it uses are registered on each page in
    // the same order, so their names inside the stream stay right.
    struct SharedPart {
        HPDF_Dict stream = nullptr;
        std::vector<HPDF_Font> fonts;  // in the order the page first used them
        struct Placed {
            HPDF_Image image;
            HPDF_REAL x, y, w, h;
        };
        std::vector<Placed> images;
    };
    void begin_shared(HPDF_Page page);
    SharedPart end_shared(HPDF_Page page);
    // Places `part` on `page`, drawn over what is drawn on the page next
    // (until the next add_page, number_pages or save).
    void reuse_shared(HPDF_Page page, const SharedPart& part);

    // "footer    Page x of y" centred at `y` points from the bottom of the
    // pages from `first` to the last one added, counted as one document.
    // `page_of` says it in the document's language ("Página {n} de {total}").
    void number_pages(std::size_t first, const std::string& footer, double y,
                      const std::string& page_of = "Page {n} of {total}", double size = 8);

    // Writes the file; returns the texts printed with a "[?]" in them.
    UnprintedTexts save(const std::string& path);
    static constexpr char kPlaceholder[] = "[?]";

private:
    struct Run;
    std::vector<Run> runs_of(const std::string& text, bool bold);
    std::vector<std::string> wrap_uncached(HPDF_Page page, const std::string& text, double max_width, double size,
                                           bool bold);
    HPDF_Font latin(bool bold);
    HPDF_Font cjk();
    HPDF_Font fallback(const std::string& path);
    // Every font is taken through here: libharu's font with a correct ToUnicode map.
    HPDF_Font use_font(const char* name, const std::string& what);
    double run_width(HPDF_Page page, const Run& run, double size);
    void draw_shaped(HPDF_Page page, const Run& run, double x, double y, double size);
    void check(HPDF_STATUS status, const char* what);
    // Every font and image goes through these, so a shared part knows what it uses.
    void set_font(HPDF_Page page, HPDF_Font font, double size);
    void place_image(HPDF_Page page, HPDF_Image image, double x, double y, double w, double h);

    struct ErrorState {
        HPDF_STATUS error = 0;
        HPDF_STATUS detail = 0;
    };
    std::unique_ptr<ErrorState> errors_;
    HPDF_Doc doc_ = nullptr;
    std::unique_ptr<UnicodeMap> unicode_map_;
    PaperSize paper_;
    double width_ = 0, height_ = 0;
    std::vector<HPDF_Page> pages_;
    HPDF_Font regular_ = nullptr, bold_ = nullptr, cjk_ = nullptr;
    std::map<std::string, HPDF_Font> fallbacks_;  // by font file
    std::map<std::string, HPDF_Image> logos_;     // by file: loaded once, drawn on many pages
    HPDF_Page recording_ = nullptr;               // the page of a shared part being drawn
    struct PendingShared {
        HPDF_Page page = nullptr;
        HPDF_Dict stream = nullptr;
    };
    PendingShared pending_shared_;  // placed once the page's own drawing is done
    void place_pending_shared();
    SharedPart recorded_;
    std::set<std::string> unprinted_;
    Shaper shaper_;
    // Batches (1,000 flyers) repeat the same texts: widths and line breaks are
    // computed once. libharu's glyph lookup is a linear cmap search.
    std::unordered_map<std::string, double> widths_;
    std::unordered_map<std::string, std::vector<std::string>> wraps_;
};

}  // namespace fn::reports
