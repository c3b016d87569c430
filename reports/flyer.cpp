#include "reports/flyer.h"

#include <fmt/format.h>

#include "core/errors.h"
#include "reports/flyer_layout.h"
#include "reports/human_dates.h"
#include "reports/text_direction.h"
#include "reports/pdf_document.h"

namespace fn::reports {
namespace {

constexpr double kMargin = 40;
constexpr double kGap = 20;

std::string fill(std::string text, const std::string& key, const std::string& value) {
    auto at = text.find("{" + key + "}");
    if (at != std::string::npos) text.replace(at, key.size() + 2, value);
    return text;
}

class FlyerLayout {
public:
    FlyerLayout(const Flyer& f, PdfDocument& pdf) : f_(f), pdf_(pdf) {}

    // Each page is drawn in two passes: what every flyer of this template
    // shows, then what is this family's (name, child, code). With a batch's
    // FlyerFit the first pass is stored once and placed on the next pages.
    void draw(FlyerFit* cached, bool measured) {
        bool reuse = measured && cached && cached->document == &pdf_ && !cached->shared.empty();
        std::vector<PdfDocument::SharedPart> shared;
        auto begin_page = [&](std::size_t index) {
            page_ = pdf_.add_page();
            width_ = pdf_.page_width() - 2 * kMargin;  // known once the document has a page
            if (reuse) pdf_.reuse_shared(page_, cached->shared.at(index));
            else if (cached) pdf_.begin_shared(page_);
            part_ = reuse ? Part::Personal : Part::Template;
        };
        auto personal_pass = [&] {
            if (!reuse && cached) shared.push_back(pdf_.end_shared(page_));
            part_ = Part::Personal;
        };

        begin_page(0);
        FlyerFit fit = reuse ? *cached : FlyerFit{};
        if (!reuse) {
            fit.header_height = draw_header();
            double top = pdf_.page_height() - kMargin - fit.header_height;
            FlyerFit measured_fit = measured && cached ? *cached : measure_fit(top);
            fit.content_scale = measured_fit.content_scale;
            fit.slip_scale = measured_fit.slip_scale;
            fit.slip_on_own_page = measured_fit.slip_on_own_page;
            content(top, fit.content_scale, true);
        }
        double slip_top = kMargin + slip(0, false, fit.slip_scale);
        if (fit.slip_on_own_page) {
            personal_pass();  // nothing of the family's on the invitation page
            begin_page(1);
            slip_top = pdf_.page_height() - kMargin - kCutSpace;
        }
        if (part_ == Part::Template) {
            slip(slip_top, true, fit.slip_scale);
            personal_pass();
        }
        slip(slip_top, true, fit.slip_scale);
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

    // The largest sizes at which content and slip share the page; else the
    // invitation fills page 1 and the slip gets page 2, each shrunk as far as
    // stays readable, never off the page.
    FlyerFit measure_fit(double top) {
        for (double scale : {1.0, 0.92, 0.84, 0.76, 0.68})
            for (double k : {1.0, 0.9, 0.8})
                if (content(top, scale, false) + kCutSpace + slip(0, false, k) <= top - kMargin) {
                    FlyerFit fit;
                    fit.content_scale = scale;
                    fit.slip_scale = k;
                    return fit;
                }
        FlyerFit fit;
        fit.content_scale = 0.84;
        fit.slip_on_own_page = true;
        while (content(top, fit.content_scale, false) > top - kMargin) {
            fit.content_scale -= 0.04;
            if (fit.content_scale < 0.5) throw Error("the event has too many workshops to fit on one flyer page");
        }
        double room = pdf_.page_height() - 2 * kMargin - kCutSpace;
        for (double k : {1.0, 0.9, 0.8, 0.7, 0.6})
            if (slip(0, false, k) <= room) {
                fit.slip_scale = k;
                return fit;
            }
        throw Error("the event has too many workshops to fit on one RSVP slip");
    }

    const LabelCatalog& main_labels() const { return f_.sides.front().labels; }
    std::string label(const std::string& key) const {
        std::string text = main_labels().at(key);
        if (f_.sides.size() > 1) text += " / " + f_.sides[1].labels.at(key);
        return text;
    }

    double draw_header() {
        double top = pdf_.page_height() - kMargin;
        bool logo = pdf_.image_top_right(page_, f_.logo_path, pdf_.page_width() - kMargin, top, 72, 48);
        pdf_.draw_fitted(page_, kMargin, top - 12, width_ - (logo ? 90 : 0), f_.school_name, 12, 8, true);
        if (f_.school_contact.empty()) return logo ? 56 : 26;
        pdf_.draw_fitted(page_, kMargin, top - 25, width_ - (logo ? 90 : 0), f_.school_contact, 9, 9);
        return logo ? 56 : 38;
    }

    // The school's choice of 12- or 24-hour times, or each language's custom.
    Clock clock() const {
        return f_.clock == "12" ? Clock::TwelveHour : f_.clock == "24" ? Clock::TwentyFourHour : Clock::Locale;
    }

    // Draws (or, with draw false, only measures) the wrapped text; returns the height used.
    double para(double x, double y, double w, const std::string& text, double size, bool bold, bool draw) {
        if (text.empty()) return 0;
        double h = 0;
        for (const auto& line : pdf_.wrap(page_, text, w, size, bold)) {
            // A right-to-left side (Arabic, Farsi) is set flush right.
            double at = rtl_ ? x + w - pdf_.measure(page_, line, size, bold) : x;
            if (draw) pdf_.draw_text(page_, at, y - h - size, line, size, bold);
            h += size * 1.3;
        }
        return h;
    }

    double side(const FlyerSide& s, double x, double y, double w, double k, bool draw) {
        rtl_ = writes_right_to_left(s.language);
        // Indented lines (workshops, presenters) step in from the side a line starts on.
        auto from = [&](double indent) { return rtl_ ? x : x + indent; };
        double h = 0;
        h += para(x, y - h, w, s.title, 20 * k, true, draw) + 4 * k;
        h += para(x, y - h, w, s.description, 10.5 * k, false, draw) + 6 * k;
        // Dates and times as the family reads them, in this side's language.
        h += para(x, y - h, w,
                  human_date(f_.date, s.language) + "  \xC2\xB7  " + human_time_range(f_.start_time, f_.end_time, s.language, clock()),
                  12.5 * k, true, draw);
        h += para(x, y - h, w, f_.place, 11 * k, false, draw) + 6 * k;
        if (f_.dinner) h += para(x, y - h, w, "\xE2\x80\xA2 " + s.labels.at("free_dinner"), 11 * k, true, draw);
        if (f_.childcare)
            h += para(x, y - h, w,
                      "\xE2\x80\xA2 " + fill(fill(s.labels.at("childcare"), "min", std::to_string(f_.childcare_min_age)), "max",
                                             std::to_string(f_.childcare_max_age)),
                      11 * k, true, draw);
        bool any = false;
        for (const auto& r : s.rounds) any = any || !r.workshops.empty();
        if (any) {
            h += 6 * k;
            h += para(x, y - h, w, s.labels.at("workshops"), 12 * k, true, draw) + 2 * k;
            for (const auto& r : s.rounds) {
                if (r.workshops.empty()) continue;
                h += para(x, y - h, w,
                          fill(s.labels.at("round"), "n", std::to_string(r.number)) + "  " +
                              human_time_range(r.start_time, r.end_time, s.language, clock()),
                          10 * k, true, draw);
                for (const auto& ws : r.workshops) {
                    h += para(from(8 * k), y - h, w - 8 * k, "\xE2\x80\xA2 " + ws.title, 9.5 * k, false, draw);
                    std::string who = ws.presenters.empty() ? "" : s.labels.at("presented_by") + " " + ws.presenters;
                    if (!ws.room.empty()) who += (who.empty() ? "" : "  \xC2\xB7  ") + ws.room;
                    h += para(from(16 * k), y - h, w - 16 * k, who, 8 * k, false, draw);
                }
                h += 2 * k;
            }
        }
        if (!f_.rsvp_deadline.empty()) {
            h += 6 * k;
            h += para(x, y - h, w, fill(s.labels.at("rsvp_by"), "date", human_date(f_.rsvp_deadline, s.language)), 11 * k,
                      true, draw);
        }
        rtl_ = false;
        return h;
    }

    double content(double top, double k, bool draw) {
        std::size_t n = f_.sides.size();
        double w = n == 1 ? width_ : (width_ - kGap) / 2;
        double tallest = 0;
        for (std::size_t i = 0; i < n; ++i)
            tallest = std::max(tallest, side(f_.sides[i], kMargin + static_cast<double>(i) * (w + kGap), top, w, k, draw));
        return tallest;
    }

    // The tear-off slip with its top at `top`, drawn at scale `k`; returns its height.
    double slip(double top, bool draw, double k) {
        double x = kMargin, y = top, w = width_;
        const double full_w = w;
        if (draw && in_template()) {
            std::string cut = label("cut_here");
            double cw = pdf_.measure(page_, cut, 7.5);
            pdf_.draw_text(page_, kMargin + (w - cw) / 2, y + 16, cut, 7.5);
            pdf_.dashed_line(page_, 16, y + 10, pdf_.page_width() - 16);
        }
        double h = 8 * k;
        const auto& main = f_.sides.front();
        std::string title = label("slip_title") + "  \xE2\x80\x94  " + main.title + "  \xC2\xB7  " +
                            human_date(f_.date, main.language);
        if (draw && in_template()) pdf_.draw_fitted(page_, x, y - h - 12 * k, w, title, 12 * k, 8, true);
        h += 24 * k;
        if (!f_.family_code.empty()) {
            // Scanned at the door: the same code as printed beside it.
            double qr = (f_.childcare ? 62 : 42) * k;  // beside the rows above the workshops
            if (draw && personal()) {
                pdf_.qr_code(page_, f_.family_code, x + w - qr, y - h + 4 * k, qr);
                std::string code = label("family_code") + ": " + f_.family_code;
                pdf_.draw_fitted(page_, x + w - qr - 150 * k, y - h - 10 * k, 140 * k, code, 9 * k, 6, true);
            }
            w -= qr + 160 * k;  // the fields below leave room for the code
        }
        h += blank_field(x, y - h, w, label("family_name"), f_.family_name, draw, k);
        // Same-name families are told apart by their child, as on the RSVP form.
        h += blank_field(x, y - h, w, label("student"), f_.student, draw, k);
        // Adults / children / ages on one line.
        if (draw && in_template()) {
            double cx = x;
            for (auto [key, width] : {std::pair{"adults", 40.0}, {"children", 40.0}, {"ages", 110.0}}) {
                std::string text = label(key) + ":";
                pdf_.draw_text(page_, cx, y - h - 10 * k, text, 9.5 * k);
                cx += pdf_.measure(page_, text, 9.5 * k) + 4;
                pdf_.line(page_, cx, y - h - 12 * k, cx + width, y - h - 12 * k, 0.5);
                cx += width + 14;
            }
        }
        h += 22 * k;
        if (f_.childcare) {
            if (draw && in_template()) {
                std::string text = label("childcare_needed");
                double used = pdf_.draw_fitted(page_, x, y - h - 10 * k, w - 60, text, 9.5 * k, 7);
                double end = x + pdf_.measure(page_, text, used) + 6;
                pdf_.line(page_, end, y - h - 12 * k, end + 40, y - h - 12 * k, 0.5);
            }
            h += 22 * k;
        }
        w = full_w;
        for (const auto& r : main.rounds) {
            if (r.workshops.empty()) continue;
            std::vector<std::string> options;
            for (const auto& ws : r.workshops) options.push_back(ws.title);
            h += checkboxes(x, y - h, w,
                            fill(main.labels.at("round"), "n", std::to_string(r.number)) + " " +
                                human_time(r.start_time, main.language, clock()) + ":",
                            options, draw, k);
        }
        if (f_.dinner) {
            std::vector<std::string> options;
            for (const char* key : {"regular", "vegetarian", "halal", "kosher", "allergy"}) options.push_back(main.labels.at(key));
            double used = checkboxes(x, y - h, w - 110, label("meals") + ":", options, draw, k);
            if (draw && in_template()) pdf_.line(page_, x + w - 100, y - h - 12 * k, x + w, y - h - 12 * k, 0.5);
            h += used;
        }
        h += blank_field(x, y - h, w, label("interpreter"), "", draw, k);
        if (!f_.rsvp_deadline.empty()) {
            if (draw && in_template())
                pdf_.draw_fitted(page_, x, y - h - 10 * k, w,
                                 fill(main.labels.at("rsvp_by"), "date", human_date(f_.rsvp_deadline, main.language)),
                                 9.5 * k, 7, true);
            h += 18 * k;
        }
        return h;
    }

    double blank_field(double x, double y, double w, const std::string& text, const std::string& value, bool draw,
                       double k) {
        if (draw) {
            // The label and its line are the template's; a pre-filled value is the family's.
            double size = pdf_.fitted_size(page_, text + ":", w * 0.5, 9.5 * k, 7);
            double start = x + pdf_.measure(page_, text + ":", size) + 6;
            if (in_template()) {
                pdf_.draw_fitted(page_, x, y - 10 * k, w * 0.5, text + ":", 9.5 * k, 7);
                pdf_.line(page_, start, y - 12 * k, x + w, y - 12 * k, 0.5);
            }
            if (personal() && !value.empty())
                pdf_.draw_fitted(page_, start + 4, y - 10 * k, x + w - start - 8, value, 11 * k, 7, true);
        }
        return 22 * k;
    }

    // A label followed by tick boxes that flow onto more lines as needed.
    double checkboxes(double x, double y, double w, const std::string& text, const std::vector<std::string>& options,
                      bool draw, double k) {
        double lead = std::min(pdf_.measure(page_, text, 9.5 * k, true) + 8, w * 0.35);
        if (draw && in_template()) pdf_.draw_fitted(page_, x, y - 10 * k, lead - 4, text, 9.5 * k, 6.5, true);
        double cx = x + lead, h = 0;
        for (const auto& opt : options) {
            double ow = std::min(pdf_.measure(page_, opt, 9 * k) + 22 * k, w - lead);
            if (cx + ow > x + w && cx > x + lead) {
                cx = x + lead;
                h += 15 * k;
            }
            if (draw && in_template()) {
                pdf_.box(page_, cx, y - h - 11 * k, 8 * k, 8 * k, 0.6);
                pdf_.draw_fitted(page_, cx + 11 * k, y - h - 10 * k, ow - 14 * k, opt, 9 * k, 5.5);
            }
            cx += ow;
        }
        return h + 20 * k;
    }

    const Flyer& f_;
    PdfDocument& pdf_;
    bool rtl_ = false;  // the side being laid out is written right to left
    // Which pass draws: the template every flyer of the batch shares, or the family's own part.
    enum class Part { Template, Personal };
    Part part_ = Part::Template;
    bool in_template() const { return part_ == Part::Template; }
    bool personal() const { return part_ == Part::Personal; }
    HPDF_Page page_ = nullptr;
    double width_ = 0;
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
