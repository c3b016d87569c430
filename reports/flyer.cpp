#include "reports/flyer.h"

#include <fmt/format.h>

#include "core/errors.h"
#include "reports/flyer_layout.h"
#include "reports/human_dates.h"
#include "reports/text_direction.h"
#include "core/labels.h"
#include "reports/pdf_document.h"

namespace fn::reports {
namespace {

constexpr double kMargin = 40;
constexpr double kGap = 20;

// Nothing a family reads is set smaller than this (points); headings shrink
// towards it, and what still does not fit flows onto another page.
constexpr double kSmallest = 9;
double sized(double base, double k) { return std::max(kSmallest, base * k); }

// Workshops are numbered within their round, the same on the invitation and
// the slip, so a title cut short on the slip is still found in the list.
std::string numbered(int number, const std::string& title) { return std::to_string(number) + ". " + title; }

class FlyerLayout {
public:
    FlyerLayout(const Flyer& f, PdfDocument& pdf) : f_(f), pdf_(pdf) {}

    // Each page is drawn in two passes: what every flyer of this template
    // shows, then what is this family's (name, child, code) on the slip's
    // page. With a batch's FlyerFit the first pass is stored once per page
    // and placed on the next flyers' pages.
    void draw(FlyerFit* cached, bool measured) {
        bool reuse = measured && cached && cached->document == &pdf_ && !cached->shared.empty();
        FlyerFit fit = reuse ? *cached : FlyerFit{};
        std::vector<PdfDocument::SharedPart> shared;
        for (std::size_t p = 0; p <= fit.slip_page; ++p) {
            page_ = pdf_.add_page();
            width_ = pdf_.page_width() - 2 * kMargin;  // known once the document has a page
            if (reuse) {
                pdf_.reuse_shared(page_, cached->shared.at(p));
            } else {
                if (cached) pdf_.begin_shared(page_);
                part_ = Part::Template;
                if (p == 0) {
                    draw_header();
                    FlyerFit layout = measured && cached ? *cached : measure_fit();
                    fit.content_scale = layout.content_scale;
                    fit.slip_scale = layout.slip_scale;
                    fit.slip_page = layout.slip_page;
                    fit.slip_top = layout.slip_top;
                    fit.slip_columns = layout.slip_columns;
                }
                slip_columns_ = fit.slip_columns;
                drawing_page_ = p;
                content(fit.content_scale);
                drawing_page_ = kNoPage;
                if (p == fit.slip_page) slip(fit.slip_top, true, fit.slip_scale);
                if (cached) shared.push_back(pdf_.end_shared(page_));
            }
            if (p == fit.slip_page) {
                slip_columns_ = fit.slip_columns;
                part_ = Part::Personal;
                slip(fit.slip_top, true, fit.slip_scale);
            }
        }
        if (cached) {
            if (!reuse) {
                fit.document = &pdf_;
                fit.shared = std::move(shared);
            }
            *cached = std::move(fit);
        }
    }

private:
    static constexpr double kCutSpace = 34;  // the dashed cut line and its caption
    static constexpr double kTickBox = 12;   // 4.2 mm: a pen's tick fits inside
    static constexpr std::size_t kNoPage = static_cast<std::size_t>(-1);

    // Where the next line of a column goes: its page and the top of the line.
    struct Cursor {
        std::size_t page = 0;
        double y = 0;
        bool above(const Cursor& other) const { return page < other.page || (page == other.page && y > other.y); }
    };
    double content_top(std::size_t page) const {
        return pdf_.page_height() - kMargin - (page == 0 ? header_height_ : 0);
    }
    // Moves to the next page unless `height` more fits on this one.
    void keep(Cursor& c, double height) const {
        if (c.y - height < kMargin) c = {c.page + 1, content_top(c.page + 1)};
    }

    // The largest sizes at which invitation and slip share one page; else the
    // invitation flows onto more pages at full size, and the slip follows it,
    // whole, on the last page when there is room, otherwise on a page of its
    // own. Nothing is made smaller than kSmallest.
    FlyerFit measure_fit() {
        FlyerFit fit;
        slip_columns_ = 0;
        // One sheet of paper is worth tighter spacing: headings and gaps
        // shrink (text never under kSmallest) before anything moves to a page 2.
        for (double scale : {1.0, 0.92, 0.84, 0.76, 0.7}) {
            Cursor end = content(scale);
            if (end.page != 0) continue;
            for (double k : {1.0, 0.9, 0.8, 0.75}) {
                double height = slip(0, false, k);
                if (end.y - kCutSpace - height >= kMargin) {
                    fit.content_scale = scale;
                    fit.slip_scale = k;
                    fit.slip_top = kMargin + height;
                    return fit;
                }
            }
        }
        Cursor end = content(1.0);
        fit.content_scale = 1.0;
        // Many long workshop titles: the slip's tick boxes line up in columns,
        // titles cut with an ellipsis (they are in full on the invitation).
        for (int columns : {0, 2, 3}) {
            slip_columns_ = columns;
            fit.slip_columns = columns;
            for (double k : {1.0, 0.9}) {
                double height = slip(0, false, k);
                fit.slip_scale = k;
                if (end.y - kCutSpace - height >= kMargin) {
                    fit.slip_page = end.page;
                    fit.slip_top = kMargin + height;
                    return fit;
                }
                if (height <= content_top(end.page + 1) - kCutSpace - kMargin) {
                    fit.slip_page = end.page + 1;
                    fit.slip_top = content_top(end.page + 1) - kCutSpace;
                    return fit;
                }
            }
        }
        throw Error("the event has too many workshops to fit on one RSVP slip");
    }

    const LabelCatalog& main_labels() const { return f_.sides.front().labels; }
    std::string label(const std::string& key) const {
        std::string text = main_labels().at(key);
        if (f_.sides.size() > 1) text += " / " + f_.sides[1].labels.at(key);
        return text;
    }

    // Draws the school's name (and contact line, logo) on the first page and notes its height.
    void draw_header() {
        double top = pdf_.page_height() - kMargin;
        bool logo = pdf_.image_top_right(page_, f_.logo_path, pdf_.page_width() - kMargin, top, 72, 48);
        pdf_.draw_fitted(page_, kMargin, top - 12, width_ - (logo ? 90 : 0), f_.school_name, 12, kSmallest, true);
        if (!f_.school_contact.empty())
            pdf_.draw_fitted(page_, kMargin, top - 25, width_ - (logo ? 90 : 0), f_.school_contact, 9, kSmallest);
        header_height_ = logo ? 56 : f_.school_contact.empty() ? 26 : 38;
    }

    // The school's choice of 12- or 24-hour times, or each language's custom.
    Clock clock() const {
        return f_.clock == "12" ? Clock::TwelveHour : f_.clock == "24" ? Clock::TwentyFourHour : Clock::Locale;
    }

    // Sets the wrapped text at the cursor, flowing onto the next page as
    // needed; draws only the lines that fall on the page being drawn.
    void para(Cursor& c, double x, double w, const std::string& text, double size, bool bold) {
        if (text.empty()) return;
        for (const auto& line : pdf_.wrap(page_, text, w, size, bold)) {
            // Tall scripts (Myanmar, Karen, Thai) take the room their letters reach.
            const double height = pdf_.line_height(line, size, bold);
            const double drop = size + (height - size * 1.3) / 2;
            keep(c, height);
            if (c.page == drawing_page_) {
                // A right-to-left side (Arabic, Farsi) is set flush right.
                double at = rtl_ ? x + w - pdf_.measure(page_, line, size, bold) : x;
                pdf_.draw_text(page_, at, c.y - drop, line, size, bold);
            }
            c.y -= height;
        }
    }
    double line_height(double size) const { return size * 1.3; }

    Cursor side(const FlyerSide& s, double x, double w, double k) {
        rtl_ = writes_right_to_left(s.language);
        // Indented lines (workshops, presenters) step in from the side a line starts on.
        auto from = [&](double indent) { return rtl_ ? x : x + indent; };
        Cursor c{0, content_top(0)};
        para(c, x, w, s.title, sized(20, k), true);
        c.y -= 4 * k;
        para(c, x, w, s.description, sized(10.5, k), false);
        c.y -= 6 * k;
        // Dates and times as the family reads them, in this side's language.
        para(c, x, w,
             human_date(f_.date, s.language) + "  \xC2\xB7  " +
                 human_time_range(f_.start_time, f_.end_time, s.language, clock()),
             sized(12.5, k), true);
        para(c, x, w, s.place, sized(11, k), false);
        c.y -= 6 * k;
        if (f_.dinner) para(c, x, w, "\xE2\x80\xA2 " + s.labels.at("free_dinner"), sized(11, k), true);
        if (f_.childcare)
            para(c, x, w,
                 "\xE2\x80\xA2 " +
                     fill_label(fill_label(s.labels.at("childcare"), "min", std::to_string(f_.childcare_min_age)),
                                "max", std::to_string(f_.childcare_max_age)),
                 sized(11, k), true);
        bool any = false;
        for (const auto& r : s.rounds) any = any || !r.workshops.empty();
        if (any) {
            double workshop = sized(10, k), presenter = sized(9, k), round = sized(10.5, k);
            c.y -= 6 * k;
            // A heading never ends a page: it keeps its first round and workshop with it.
            keep(c, line_height(sized(12, k)) + line_height(round) + line_height(workshop) + line_height(presenter));
            para(c, x, w, s.labels.at("workshops"), sized(12, k), true);
            c.y -= 2 * k;
            for (const auto& r : s.rounds) {
                if (r.workshops.empty()) continue;
                keep(c, line_height(round) + line_height(workshop) + line_height(presenter));
                para(c, x, w,
                     fill_label(s.labels.at("round"), "n", std::to_string(r.number)) + "  " +
                         human_time_range(r.start_time, r.end_time, s.language, clock()),
                     round, true);
                int number = 1;
                for (const auto& ws : r.workshops) {
                    std::string who = ws.presenters.empty() ? "" : s.labels.at("presented_by") + " " + ws.presenters;
                    if (!ws.room.empty()) who += (who.empty() ? "" : "  \xC2\xB7  ") + ws.room;
                    // A workshop and who gives it stay on one page.
                    keep(c, line_height(workshop) + (who.empty() ? 0 : line_height(presenter)));
                    para(c, from(8 * k), w - 8 * k, numbered(number++, ws.title), workshop, false);
                    para(c, from(16 * k), w - 16 * k, who, presenter, false);
                }
                c.y -= 2 * k;
            }
        }
        if (!f_.rsvp_deadline.empty()) {
            c.y -= 6 * k;
            para(c, x, w, fill_label(s.labels.at("rsvp_by"), "date", human_date(f_.rsvp_deadline, s.language)),
                 sized(11, k), true);
        }
        rtl_ = false;
        return c;
    }

    // The sides in columns; returns where the longest one ends.
    Cursor content(double k) {
        std::size_t n = f_.sides.size();
        double w = n == 1 ? width_ : (width_ - kGap) / 2;
        Cursor end{0, content_top(0)};
        for (std::size_t i = 0; i < n; ++i) {
            Cursor c = side(f_.sides[i], kMargin + static_cast<double>(i) * (w + kGap), w, k);
            if (c.above(end)) continue;
            end = c;
        }
        return end;
    }

    // The tear-off slip with its top at `top`, drawn at scale `k`; returns its height.
    double slip(double top, bool draw, double k) {
        // An Arabic or Farsi slip reads from the right: drawn as the mirror image.
        mirrored_ = writes_right_to_left(f_.sides.front().language);
        double x = kMargin, y = top, w = width_;
        const double full_w = w;
        if (draw && in_template()) {
            std::string cut = label("cut_here");
            double cw = pdf_.measure(page_, cut, kSmallest);
            pdf_.draw_text(page_, kMargin + (w - cw) / 2, y + 15, cut, kSmallest);
            pdf_.dashed_line(page_, 16, y + 10, pdf_.page_width() - 16);
        }
        double h = 8 * k;
        const auto& main = f_.sides.front();
        std::string title =
            label("slip_title") + "  \xE2\x80\x94  " + main.title + "  \xC2\xB7  " + human_date(f_.date, main.language);
        if (draw && in_template()) s_fitted(x, y - h - 12 * k, w, title, sized(12, k), kSmallest, true);
        h += 24 * k;
        if (!f_.family_code.empty()) {
            // Scanned at the door: the same code as printed beside it.
            double qr = (f_.childcare ? 62 : 42) * k;  // beside the rows above the workshops
            if (draw && personal()) {
                pdf_.qr_code(page_, f_.family_code, mx(x + w - qr, qr), y - h + 4 * k, qr);
                // The label on its own lines so the code itself is never cut or shrunk.
                double lx = x + w - qr - 150, ly = y - h;
                for (const auto& line : pdf_.wrap(page_, label("family_code") + ":", 140, kSmallest)) {
                    s_text(lx, ly - kSmallest, line, kSmallest);
                    ly -= kSmallest * 1.25;
                }
                s_fitted(lx, ly - 14, 140, f_.family_code, 13, kSmallest, true);
            }
            w -= qr + 160;  // the fields below leave room for the code
        }
        h += blank_field(x, y - h, w, label("family_name"), f_.family_name, draw, k);
        // Same-name families are told apart by their child, as on the RSVP form.
        h += blank_field(x, y - h, w, label("student"), f_.student, draw, k);
        // Adults / children / ages on one line.
        if (draw && in_template()) {
            double cx = x;
            for (auto [key, width] : {std::pair{"adults", 40.0}, {"children", 40.0}, {"ages", 110.0}}) {
                std::string text = label(key) + ":";
                s_text(cx, y - h - 10 * k, text, sized(9.5, k));
                cx += pdf_.measure(page_, text, sized(9.5, k)) + 4;
                s_line(cx, y - h - 12 * k, cx + width, y - h - 12 * k, 0.5);
                cx += width + 14;
            }
        }
        h += 22 * k;
        if (f_.childcare) {
            // Wrapped rather than cut: "who need childcare" is the point of the line.
            const double size = sized(9.5, k);
            auto lines = pdf_.wrap(page_, label("childcare_needed"), w - 60, size);
            for (std::size_t l = 0; l < lines.size(); ++l) {
                bool last = l + 1 == lines.size();
                if (draw && in_template()) {
                    s_text(x, y - h - 10 * k, lines[l], size);
                    double end = x + pdf_.measure(page_, lines[l], size) + 6;
                    if (last) s_line(end, y - h - 12 * k, end + 40, y - h - 12 * k, 0.5);
                }
                h += last ? 22 * k : size * 1.25;
            }
        }
        w = full_w;
        for (const auto& r : main.rounds) {
            if (r.workshops.empty()) continue;
            std::vector<std::string> options;
            int number = 1;
            for (const auto& ws : r.workshops) options.push_back(numbered(number++, ws.title));
            h += checkboxes(x, y - h, w,
                            fill_label(main.labels.at("round"), "n", std::to_string(r.number)) + " " +
                                human_time(r.start_time, main.language, clock()) + ":",
                            options, draw, k, slip_columns_);
        }
        if (f_.dinner) {
            std::vector<std::string> options;
            for (const char* key : {"regular", "vegetarian", "halal", "kosher", "allergy"})
                options.push_back(main.labels.at(key));
            double used = checkboxes(x, y - h, w - 110, label("meals") + ":", options, draw, k);
            if (draw && in_template()) s_line(x + w - 100, y - h - 12 * k, x + w, y - h - 12 * k, 0.5);
            h += used;
        }
        h += blank_field(x, y - h, w, label("interpreter"), "", draw, k);
        if (!f_.rsvp_deadline.empty()) {
            if (draw && in_template())
                s_fitted(x, y - h - 10 * k, w,
                         fill_label(main.labels.at("rsvp_by"), "date", human_date(f_.rsvp_deadline, main.language)),
                         sized(9.5, k), kSmallest, true);
            h += 18 * k;
        }
        return h;
    }

    // A label and a line to write on. A label longer than half the width
    // (two languages) takes a line of its own above the writing line.
    double blank_field(double x, double y, double w, const std::string& text, const std::string& value, bool draw,
                       double k) {
        const double size = sized(9.5, k);
        double h = 0, start = 0;
        if (pdf_.measure(page_, text + ":", size) <= w * 0.5) {
            if (draw && in_template()) s_text(x, y - 10 * k, text + ":", size);
            start = x + pdf_.measure(page_, text + ":", size) + 6;
        } else {
            for (const auto& line : pdf_.wrap(page_, text + ":", w, size)) {
                if (draw && in_template()) s_text(x, y - h - 10 * k, line, size);
                h += size * 1.25;
            }
            start = x;
        }
        if (draw && in_template()) s_line(start, y - h - 12 * k, x + w, y - h - 12 * k, 0.5);
        if (draw && personal() && !value.empty())
            s_fitted(start + 4, y - h - 10 * k, x + w - start - 8, value, sized(11, k), kSmallest, true);
        return h + 22 * k;
    }

    // A label followed by tick boxes that flow onto more lines as needed;
    // the boxes are big enough to tick with a pen.
    double checkboxes(double x, double y, double w, const std::string& text, const std::vector<std::string>& options,
                      bool draw, double k, int columns = 0) {
        const double label_size = sized(9.5, k), option_size = sized(9, k);
        double lead = std::min(pdf_.measure(page_, text, label_size, true) + 8, w * 0.35);
        if (draw && in_template()) s_fitted(x, y - 12, lead - 4, text, label_size, kSmallest, true);
        double cx = x + lead, h = 0;
        for (const auto& opt : options) {
            double ow = columns > 0 ? (w - lead) / columns
                                    : std::min(pdf_.measure(page_, opt, option_size) + kTickBox + 12, w - lead);
            if (cx + ow > x + w && cx > x + lead) {
                cx = x + lead;
                h += kTickBox + 6;
            }
            if (draw && in_template()) {
                s_box(cx, y - h - kTickBox - 2, kTickBox, kTickBox, 0.7);
                s_fitted(cx + kTickBox + 4, y - h - 12, ow - kTickBox - 8, opt, option_size, kSmallest);
            }
            cx += ow;
        }
        return h + kTickBox + 10;
    }

    // The slip is laid out left to right; on a slip whose main language is
    // written right to left these draw the mirror image (labels on the right,
    // lines and boxes to their left), each text set flush right.
    double mx(double x, double width) const { return mirrored_ ? pdf_.page_width() - x - width : x; }
    void s_text(double x, double y, const std::string& text, double size, bool bold = false) {
        pdf_.draw_text(page_, mx(x, pdf_.measure(page_, text, size, bold)), y, text, size, bold);
    }
    double s_fitted(double x, double y, double w, const std::string& text, double size, double min, bool bold = false) {
        double width = std::min(w, pdf_.measure(page_, text, pdf_.fitted_size(page_, text, w, size, min, bold), bold));
        return pdf_.draw_fitted(page_, mx(x, width), y, w, text, size, min, bold);
    }
    void s_line(double x1, double y1, double x2, double y2, double width) {
        pdf_.line(page_, mx(x1, x2 - x1), y1, mx(x1, x2 - x1) + (x2 - x1), y2, width);
    }
    void s_box(double x, double y, double w, double h, double width) { pdf_.box(page_, mx(x, w), y, w, h, width); }

    const Flyer& f_;
    PdfDocument& pdf_;
    bool mirrored_ = false;  // the slip being drawn reads from the right
    bool rtl_ = false;       // the side being laid out is written right to left
    // Which pass draws: the template every flyer of the batch shares, or the family's own part.
    enum class Part { Template, Personal };
    Part part_ = Part::Template;
    bool in_template() const { return part_ == Part::Template; }
    bool personal() const { return part_ == Part::Personal; }
    HPDF_Page page_ = nullptr;
    double width_ = 0;
    double header_height_ = 0;            // the school's name and contact atop page 1
    std::size_t drawing_page_ = kNoPage;  // content lines are drawn only on this page
    int slip_columns_ = 0;                // the slip's workshop tick boxes: flowing (0) or in columns
};

}  // namespace

void draw_flyer(PdfDocument& pdf, const Flyer& flyer, FlyerFit* fit, bool measured) {
    if (flyer.sides.empty()) throw Error("a flyer needs at least one language");
    FlyerLayout(flyer, pdf).draw(fit, measured);
}

UnprintedTexts write_flyer(const Flyer& flyer, PaperSize paper, const std::string& path) {
    if (flyer.sides.empty()) throw Error("a flyer needs at least one language");
    PdfDocument pdf(paper, flyer.sides.front().title + " " + flyer.date);
    draw_flyer(pdf, flyer);
    return pdf.save(path);
}

}  // namespace fn::reports
