#include "reports/evaluation_form.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "core/evaluation.h"
#include "reports/human_dates.h"
#include "reports/text_direction.h"

namespace fn::reports {
namespace {

constexpr double kMargin = 48;
constexpr double kBox = 11;      // a pen's tick fits inside
constexpr double kSmallest = 9;  // nothing a family reads is smaller

// "ES 3-5": printed in a corner so a pile of forms is sorted by it and typed
// with the right language and band.
std::string form_key(const EvaluationSheet& s) {
    std::string key = s.language;
    for (auto& c : key) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s.grade_band.empty() ? key : key + "  " + s.grade_band;
}

// Lays out a form or a slip from the top of a region downwards, in the
// sheet's reading direction: a right-to-left language is set flush right,
// its tick boxes on the right of their words and its columns from the right.
class FormWriter {
public:
    FormWriter(PdfDocument& pdf, HPDF_Page page, const EvaluationSheet& sheet, double left, double right, double top,
               double scale)
        : pdf_(pdf),
          page_(page),
          s_(sheet),
          left_(left),
          width_(right - left),
          y_(top),
          k_(scale),
          rtl_(writes_right_to_left(sheet.language)) {}

    double y() const { return y_; }
    void skip(double points) { y_ -= points * k_; }
    std::string text(const char* key) const { return s_.texts.at(key); }

    // A line of text set at `size` (shrunk to fit the width), in reading order.
    void line(const std::string& s, double size, bool bold = false, double indent = 0) {
        y_ -= size * k_ * 1.3;
        put(left_ + indent, width_ - indent, y_, s, size * k_, bold);
    }
    // Wrapped over as many lines as it needs.
    void paragraph(const std::string& s, double size, bool bold = false) {
        for (const auto& l : pdf_.wrap(page_, s, width_, std::max(kSmallest, size * k_), bold)) line(l, size, bold);
    }

    // The form's questions: each on its line with three faces, frowning to
    // smiling from left to right in every language, numbered 1 to 3.
    void questions() {
        const double face_r = 9 * k_, step = std::max(52 * k_, 44.0);
        const double faces_w = 3 * step;
        const double text_left = rtl_ ? left_ + faces_w + 10 : left_;
        const double text_w = width_ - faces_w - 10;
        const double faces_left = rtl_ ? left_ : left_ + width_ - faces_w;
        // Captions above the faces, once.
        y_ -= 12 * k_;
        const char* captions[] = {"evaluation_no", "evaluation_some", "evaluation_yes"};
        for (int f = 0; f < 3; ++f) {
            const std::string c = text(captions[f]);
            const double size = pdf_.fitted_size(page_, c, step - 2, 9, kSmallest);
            const double w = pdf_.measure(page_, c, size);
            pdf_.draw_fitted(page_, faces_left + f * step + (step - std::min(w, step - 2)) / 2, y_, step - 2, c, size,
                             kSmallest);
        }
        for (int q = 0; q < kQuestions; ++q) {
            const std::string words = text((std::string("evaluation_") + question_keys()[q]).c_str());
            auto lines = pdf_.wrap(page_, words, text_w, 10.5 * k_);
            const double row = std::max(2 * face_r + 12 * k_, lines.size() * 13.5 * k_ + 6 * k_);
            const double top = y_;
            double ly = top - 13 * k_;
            for (const auto& l : lines) {
                put(text_left, text_w, ly, l, 10.5 * k_);
                ly -= 13.5 * k_;
            }
            const double cy = top - row / 2 - 2 * k_;
            for (int f = 0; f < 3; ++f) {
                const double cx = faces_left + f * step + step / 2;
                pdf_.face(page_, cx, cy, face_r, f - 1);
                pdf_.draw_text(page_, cx + face_r + 2, cy - face_r, std::to_string(f + 1), kSmallest);
            }
            y_ = top - row;
            pdf_.line(page_, left_, y_ + 2, left_ + width_, y_ + 2, 0.2);
        }
    }

    // Numbered tick boxes in `columns` columns, in reading order.
    void ticks(const std::vector<std::string>& labels, int columns) {
        const double col_w = width_ / columns, row_h = 17 * k_;
        const int rows = static_cast<int>((labels.size() + columns - 1) / columns);
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const int col = static_cast<int>(i) / rows, row = static_cast<int>(i) % rows;
            const double cell_left = rtl_ ? left_ + width_ - (col + 1) * col_w : left_ + col * col_w;
            const double base = y_ - (row + 1) * row_h + 4 * k_;
            const std::string number = std::to_string(i + 1);
            const double box_x = rtl_ ? cell_left + col_w - kBox - 4 : cell_left + 10;
            pdf_.box(page_, box_x, base - 2, kBox, kBox, 0.7);
            // The typist's number, small, beside the box on the outer side.
            pdf_.draw_text(page_, rtl_ ? box_x + kBox + 2 : box_x - pdf_.measure(page_, number, kSmallest) - 2, base,
                           number, kSmallest);
            const double text_left = rtl_ ? cell_left : box_x + kBox + 5;
            const double text_w = col_w - kBox - 22;
            put(text_left, text_w, base, labels[i], 10 * k_);
        }
        y_ -= rows * row_h + 2 * k_;
    }

    // The workshops of each round, numbered as on the flyer.
    void favourites() {
        if (s_.rounds.empty()) return;
        std::size_t most = 0;
        for (const auto& r : s_.rounds) most = std::max(most, r.workshops.size());
        const int columns = most > 8 ? 3 : 2;
        for (const auto& r : s_.rounds) {
            std::string round = s_.texts.count("round")
                                    ? fill_label(s_.texts.at("round"), "n", std::to_string(r.number))
                                    : "Round " + std::to_string(r.number);
            line(round, 10, true, 4);
            std::vector<std::string> titles;
            for (std::size_t w = 0; w < r.workshops.size(); ++w) titles.push_back(r.workshops[w].title);
            ticks(titles, columns);
        }
    }

    void write_on_lines(int lines) {
        for (int l = 0; l < lines; ++l) {
            y_ -= 20 * k_;
            pdf_.line(page_, left_, y_, left_ + width_, y_, 0.4);
        }
        y_ -= 4 * k_;
    }

    std::vector<std::string> weekdays() const {
        std::vector<std::string> days;
        for (int d = 1; d <= kPrintedDays; ++d) days.push_back(weekday_name(d, s_.language));
        return days;
    }
    std::vector<std::string> labels_of(const char* prefix, const auto& keys) const {
        std::vector<std::string> out;
        for (const char* k : keys) out.push_back(text((std::string(prefix) + k).c_str()));
        return out;
    }

    // The heading every form and slip starts with: event, date and the
    // form's key in the outer corner.
    void heading(const std::string& title, bool with_event = true) {
        const std::string key = form_key(s_);
        const double key_w = pdf_.measure(page_, key, 11, true) + 12;
        const double key_x = rtl_ ? left_ : left_ + width_ - key_w;
        pdf_.box(page_, key_x, y_ - 20, key_w, 18, 0.8);
        pdf_.draw_text(page_, key_x + 6, y_ - 15, key, 11, true);
        const double saved_left = left_, saved_w = width_;
        if (!rtl_)
            width_ -= key_w + 8;
        else {
            left_ += key_w + 8;
            width_ -= key_w + 8;
        }
        line(s_.school_name, 9);
        paragraph(title, 14, true);  // a slip's title holds the event's: it may take two lines
        const std::string date = human_date(s_.date, s_.language);
        const std::string both = s_.event_title + "  \xC2\xB7  " + date;
        // A long title never cuts the date short: each gets its own line.
        if (!with_event) {
            line(date, 10.5);
        } else if (pdf_.measure(page_, both, std::max(10.5 * k_, kSmallest)) <= width_) {
            line(both, 10.5);
        } else {
            line(s_.event_title, 10.5);
            line(date, 10.5);
        }
        left_ = saved_left;
        width_ = saved_w;
    }

private:
    void put(double left, double width, double baseline, const std::string& s, double size, bool bold = false) {
        size = std::max(size, kSmallest);
        const double used = pdf_.fitted_size(page_, s, width, size, kSmallest, bold);
        const double at = rtl_ ? left + width - std::min(width, pdf_.measure(page_, s, used, bold)) : left;
        pdf_.draw_fitted(page_, at, baseline, width, s, size, kSmallest, bold);
    }

    PdfDocument& pdf_;
    HPDF_Page page_;
    const EvaluationSheet& s_;
    double left_, width_, y_, k_;
    bool rtl_;
};

// The whole form from `top` at `scale`; returns where it ended.
double form_at(PdfDocument& pdf, HPDF_Page page, const EvaluationSheet& s, double scale) {
    FormWriter w(pdf, page, s, kMargin, pdf.page_width() - kMargin, pdf.page_height() - kMargin, scale);
    w.heading(w.text("evaluation_title"));
    if (!s.grade_band.empty()) w.line(fill_label(w.text("evaluation_grades"), "band", s.grade_band), 10.5, true);
    w.line(w.text("evaluation_anonymous") + "  " + w.text("evaluation_how"), 10);
    w.questions();
    if (!s.rounds.empty()) {
        w.skip(6);
        w.paragraph(w.text("evaluation_favourite"), 11, true);
        w.favourites();
    }
    w.skip(6);
    w.paragraph(w.text("evaluation_barriers"), 11, true);
    w.ticks(w.labels_of("barrier_", barrier_keys()), 3);
    w.paragraph(w.text("evaluation_best_day"), 11, true);
    w.ticks(w.weekdays(), 3);
    w.paragraph(w.text("evaluation_best_time"), 11, true);
    w.ticks(w.labels_of("time_", time_keys()), 3);
    w.paragraph(w.text("evaluation_future"), 11, true);
    w.write_on_lines(1);
    w.paragraph(w.text("evaluation_comment"), 11, true);
    w.write_on_lines(2);
    w.line(w.text("evaluation_thanks"), 10);
    return w.y();
}

// A barrier slip in a region `height` high from `top`.
void slip_at(PdfDocument& pdf, HPDF_Page page, const EvaluationSheet& s, double top, double scale) {
    FormWriter w(pdf, page, s, kMargin, pdf.page_width() - kMargin, top, scale);
    w.heading(fill_label(w.text("barrier_slip_title"), "event", s.event_title), false);
    w.paragraph(w.text("barrier_slip_how"), 10.5, true);
    w.ticks(w.labels_of("barrier_", barrier_keys()), 3);
    w.paragraph(w.text("evaluation_best_day"), 10.5, true);
    w.ticks(w.weekdays(), 3);
    w.paragraph(w.text("evaluation_best_time"), 10.5, true);
    w.ticks(w.labels_of("time_", time_keys()), 3);
    w.paragraph(w.text("evaluation_future"), 10.5, true);
    w.write_on_lines(1);
    w.paragraph(w.text("evaluation_comment"), 10.5, true);
    w.write_on_lines(1);
    w.line(w.text("barrier_slip_return"), 9.5);
}

}  // namespace

void draw_evaluation_form(PdfDocument& pdf, const EvaluationSheet& sheet) {
    // Measured on a scratch page first: many workshops make the form
    // tighter (never smaller than kSmallest) so it stays one sheet.
    PdfDocument scratch(PaperSize::Letter, "measure");
    HPDF_Page trial = scratch.add_page();
    double scale = 1.0;
    for (double k : {1.0, 0.92, 0.85, 0.78, 0.72}) {
        scale = k;
        if (form_at(scratch, trial, sheet, k) >= kMargin - 10) break;
    }
    form_at(pdf, pdf.add_page(), sheet, scale);
}

UnprintedTexts write_evaluation_forms(const EvaluationForms& forms, PaperSize paper, const std::string& path) {
    PdfDocument pdf(paper, "Evaluation forms");
    for (const auto& sheet : forms.sheets) draw_evaluation_form(pdf, sheet);
    return pdf.save(path);
}

UnprintedTexts write_barrier_slips(const BarrierSlips& slips, PaperSize paper, const std::string& path) {
    PdfDocument pdf(paper, "Barrier slips: " + slips.event_title + " " + staff_date(slips.date));
    for (const auto& bundle : slips.bundles) {
        HPDF_Page cover = pdf.add_page();
        double x = 72, top = pdf.page_height() - 110, w = pdf.page_width() - 144;
        pdf.draw_fitted(cover, x, top, w, slips.event_title + "  \xC2\xB7  " + staff_date(slips.date), 13, 8);
        pdf.draw_fitted(cover, x, top - 44, w,
                        "Homeroom: " + (bundle.homeroom.empty() ? std::string("(none)") : bundle.homeroom), 24, 12,
                        true);
        pdf.draw_fitted(cover, x, top - 80, w,
                        fmt::format("{} barrier slip{} for the families who did not come: one for each student below.",
                                    bundle.students.size(), bundle.students.size() == 1 ? "" : "s"),
                        11, 7);
        pdf.draw_fitted(cover, x, top - 96, w, "The slips carry no name, so what comes back is anonymous.", 10, 7);
        double y = top - 130;
        for (const auto& student : bundle.students) {
            if (y < 60) {
                cover = pdf.add_page();
                y = pdf.page_height() - 72;
            }
            pdf.box(cover, x, y - 2, 9, 9, 0.6);
            pdf.draw_fitted(cover, x + 16, y, w - 16, student, 10.5, 7);
            y -= 16;
        }
        // Two slips to a page, a dashed line to cut between them.
        const double half = pdf.page_height() / 2;
        for (std::size_t i = 0; i < bundle.slips.size(); ++i) {
            HPDF_Page page = i % 2 == 0 ? pdf.add_page() : pdf.pages().back();
            const EvaluationSheet& sheet = slips.sheets.at(bundle.slips[i]);
            if (i % 2 == 0) {
                slip_at(pdf, page, sheet, pdf.page_height() - 36, 1.0);
                pdf.dashed_line(page, 24, half, pdf.page_width() - 24, 0.6);
            } else {
                slip_at(pdf, page, sheet, half - 22, 1.0);
            }
        }
    }
    return pdf.save(path);
}

}  // namespace fn::reports
