#include "reports/human_dates.h"
#include "reports/headcount_sheet.h"

#include <fmt/format.h>

#include <map>

#include "reports/pdf_document.h"

namespace fn::reports {
namespace {

constexpr double kMargin = 48;

std::string need_label(MealNeed need) {
    switch (need) {
        case MealNeed::None:
            return "Regular";
        case MealNeed::Vegetarian:
            return "Vegetarian";
        case MealNeed::Halal:
            return "Halal";
        case MealNeed::Kosher:
            return "Kosher";
        case MealNeed::Allergy:
            return "Allergy (see below)";
    }
    return "";
}

class HeadcountLayout {
public:
    HeadcountLayout(const HeadcountSheet& s, PdfDocument& pdf) : s_(s), pdf_(pdf), page_(pdf.add_page()) {
        y_ = pdf_.page_height() - kMargin;
        width_ = pdf_.page_width() - 2 * kMargin;
    }

    void draw() {
        pdf_.draw_fitted(page_, kMargin, y_ - 12, width_, s_.heading.school_name, 11, 7);
        pdf_.draw_fitted(page_, kMargin, y_ - 34, width_, s_.heading.event_title, 18, 10, true);
        const Clock clock = clock_setting(s_.heading.clock);
        pdf_.draw_fitted(page_, kMargin, y_ - 52, width_,
                         fmt::format("{}  {}   Head count taken {} from {} RSVPs", staff_date(s_.heading.date),
                                     staff_times(s_.heading.start_time, s_.heading.end_time, clock),
                                     staff_timestamp(s_.prepared_at, clock), s_.rsvp_households),
                         9.5, 9);
        y_ -= 76;
        if (s_.dinner) dinner();
        if (s_.childcare) childcare();
        if (!s_.dinner && !s_.childcare)
            pdf_.draw_text(page_, kMargin, y_, "This event serves no dinner and offers no childcare.", 11);
    }

private:
    void heading(const std::string& text) {
        make_room(24 + 18 * 5);  // a heading keeps its first rows with it
        pdf_.draw_text(page_, kMargin, y_, text, 14, true);
        pdf_.line(page_, kMargin, y_ - 5, kMargin + width_, y_ - 5, 0.8);
        y_ -= 24;
    }

    // A long list of allergies goes on to the next page rather than off this one.
    void make_room(double height) {
        if (y_ - height >= kMargin + 20) return;
        page_ = pdf_.add_page();
        y_ = pdf_.page_height() - kMargin;
    }

    void row(const std::string& label, const std::string& value, bool bold = false, double size = 11) {
        make_room(size + 7);
        pdf_.draw_fitted(page_, kMargin + 8, y_, width_ * 0.6, label, size, 7, bold);
        double w = pdf_.measure(page_, value, size, bold);
        pdf_.draw_text(page_, numbers_right() - w, y_, value, size, bold);
        y_ -= size + 7;
    }

    void dinner() {
        heading("Dinner");
        for (const auto& [need, n] : s_.meals.by_need) row(need_label(need), std::to_string(n));
        row(fmt::format("Walk-in buffer ({}%{})", s_.meals.buffer.percent,
                        s_.meals.buffer.learned
                            ? fmt::format(", learned from {} past event{}", s_.meals.buffer.events_used,
                                          s_.meals.buffer.events_used == 1 ? "" : "s")
                            : ", school default"),
            std::to_string(s_.meals.buffer_meals));
        pdf_.line(page_, kMargin + 8, y_ + 12, numbers_right(), y_ + 12, 0.5);
        y_ -= 4;
        row("Meals to order", std::to_string(s_.meals.total()), true, 14);
        std::map<std::string, int> allergies;
        for (const auto& note : s_.meals.allergy_notes) ++allergies[note];
        if (!allergies.empty()) {
            y_ -= 4;
            pdf_.draw_text(page_, kMargin + 8, y_, "Allergies (one plate each, labelled):", 10, true);
            y_ -= 16;
            for (const auto& [note, n] : allergies) row("  " + note, std::to_string(n), false, 10);
        }
        y_ -= 18;
    }

    // Every count on the sheet ends at the same right edge (the totals'
    // column), so the caterer and the childcare lead can add down a column.
    double numbers_right() const { return kMargin + width_ * 0.75; }

    void childcare() {
        heading("Childcare");
        // Ages on the left; children, ratio and caregivers right-aligned, the last on the totals' edge.
        const double right[] = {0, kMargin + width_ * 0.35, kMargin + width_ * 0.55, numbers_right()};
        const char* titles[] = {"Ages", "Children", "Ratio", "Caregivers"};
        auto cell = [&](int i, const std::string& text, double size, bool bold) {
            double x = i == 0 ? kMargin + 8 : right[i] - pdf_.measure(page_, text, size, bold);
            pdf_.draw_text(page_, x, y_, text, size, bold);
        };
        for (int i = 0; i < 4; ++i) cell(i, titles[i], 10, true);
        y_ -= 18;
        for (const auto& b : s_.children.bands) {
            make_room(18);
            std::string ages = b.band.max_age >= 99 ? fmt::format("{} and older", b.band.min_age)
                                                    : fmt::format("{} to {}", b.band.min_age, b.band.max_age);
            std::string cells[] = {ages, std::to_string(b.children),
                                   fmt::format("1 : {}", b.band.children_per_caregiver),
                                   std::to_string(b.caregivers_needed)};
            for (int i = 0; i < 4; ++i) cell(i, cells[i], 11, false);
            y_ -= 18;
        }
        if (s_.children.outside_bands)
            row(fmt::format("Children outside every age band: {} (decide before the night)", s_.children.outside_bands),
                "");
        y_ -= 6;
        row("Children in childcare", std::to_string(s_.children.children), true);
        row("Caregivers needed", std::to_string(s_.children.caregivers_needed), true);
        row("Caregivers signed up (thinnest shift)", std::to_string(s_.children.caregivers_signed_up));
        if (s_.children.shortfall()) {
            pdf_.fill_box(page_, kMargin, y_ - 8, width_, 24, 0.85);
            pdf_.draw_text(page_, kMargin + 8, y_,
                           fmt::format("SHORT {} CAREGIVER{}: recruit before the night", s_.children.shortfall(),
                                       s_.children.shortfall() == 1 ? "" : "S"),
                           12, true);
            y_ -= 30;
        }
    }

    const HeadcountSheet& s_;
    PdfDocument& pdf_;
    HPDF_Page page_;
    double y_ = 0, width_ = 0;
};

}  // namespace

UnprintedTexts write_headcount_sheet(const HeadcountSheet& sheet, PaperSize paper, const std::string& path) {
    PdfDocument pdf(paper, "Head count: " + sheet.heading.event_title + " " + staff_date(sheet.heading.date));
    HeadcountLayout(sheet, pdf).draw();
    pdf.number_pages(
        0, "Head count \xC2\xB7 " + sheet.heading.event_title + " \xC2\xB7 " + staff_date(sheet.heading.date), 24);
    return pdf.save(path);
}

}  // namespace fn::reports
