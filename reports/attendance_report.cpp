#include "reports/human_dates.h"
#include "core/languages.h"
#include "reports/attendance_report.h"

#include <fmt/format.h>

#include "reports/bar_chart.h"
#include "reports/compose.h"
#include "reports/pdf_document.h"
#include "reports/table_writer.h"

namespace fn::reports {
namespace {

constexpr double kMargin = 48;

class ChartPages {
public:
    ChartPages(PdfDocument& pdf, const AttendanceReport& r) : pdf_(pdf), r_(r) { page(); }

    // A titled chart; one longer than the page left (32 workshops) goes on
    // over the next pages, its title repeated with "(continued)".
    void section(const std::string& title, const std::vector<ChartBar>& bars) {
        double bottom = kMargin + 14;  // above the page number
        double need = 28 + (bars.empty() ? 16 : bar_chart_height({bars.front()}));
        if (y_ - need < bottom) page();
        pdf_.draw_text(page_, kMargin, y_ - 14, title, 13, true);
        y_ -= 28;
        if (bars.empty()) {
            pdf_.draw_text(page_, kMargin, y_ - 10, "Nothing recorded.", 9);
            y_ -= 24;
            return;
        }
        std::size_t done = 0;
        while (done < bars.size()) {
            std::size_t fit = 0;
            while (done + fit < bars.size() &&
                   bar_chart_height({bars.begin() + static_cast<long>(done),
                                     bars.begin() + static_cast<long>(done + fit + 1)}) <= y_ - bottom)
                ++fit;
            if (fit == 0) {  // not even one bar left room here
                page();
                pdf_.draw_text(page_, kMargin, y_ - 14, title + " (continued)", 13, true);
                y_ -= 28;
                continue;
            }
            std::vector<ChartBar> part(bars.begin() + static_cast<long>(done),
                                       bars.begin() + static_cast<long>(done + fit));
            y_ -= draw_bar_chart(pdf_, page_, kMargin, y_, pdf_.page_width() - 2 * kMargin, part) + 14;
            done += fit;
        }
    }

private:
    void page() {
        page_ = pdf_.add_page();
        y_ = pdf_.page_height() - kMargin;
        const auto& h = r_.heading;
        pdf_.draw_fitted(page_, kMargin, y_ - 12, pdf_.page_width() - 2 * kMargin, h.school_name, 11, 7);
        pdf_.draw_fitted(page_, kMargin, y_ - 34, pdf_.page_width() - 2 * kMargin - 150, h.event_title, 18, 9, true);
        pdf_.draw_text(page_, pdf_.page_width() - kMargin - pdf_.measure(page_, "Attendance", 14, true), y_ - 34,
                       "Attendance", 14, true);
        pdf_.draw_text(page_, kMargin, y_ - 52,
                       staff_date(h.date) + "  " + staff_times(h.start_time, h.end_time, clock_setting(h.clock)), 10);
        y_ -= 72;
    }

    PdfDocument& pdf_;
    const AttendanceReport& r_;
    HPDF_Page page_ = nullptr;
    double y_ = 0;
};

}  // namespace

UnprintedTexts write_attendance_report(const AttendanceReport& r, PaperSize paper, const std::string& path) {
    PdfDocument pdf(paper, "Attendance: " + r.heading.event_title + " " + staff_date(r.heading.date));
    draw_attendance_report(pdf, r);
    return pdf.save(path);
}

void draw_attendance_report(PdfDocument& pdf, const AttendanceReport& r) {
    std::size_t first_page = pdf.pages().size();
    const auto& t = r.turnout;
    ChartPages charts(pdf, r);
    charts.section(fmt::format("RSVP versus actual: {} families came ({} with an RSVP, {} walk-ins); {} no-shows",
                               t.attended_households + t.walk_in_households, t.attended_households,
                               t.walk_in_households, t.no_show_households),
                   {{"Families", t.attended_households + t.walk_in_households, t.rsvp_households},
                    {"Adults", t.actual_adults, t.expected_adults},
                    {"Children", t.actual_children, t.expected_children}});
    if (r.headcount_total)
        charts.section(fmt::format("Rally head count (no names): {}", r.headcount_total),
                       {{"People counted", r.headcount_total, -1}});
    charts.section("Workshops: seated from RSVPs versus attended", r.workshops);
    charts.section("Families by their students' grades", r.grades);
    auto languages = r.languages;
    for (auto& bar : languages) bar.label = language_name(bar.label);  // "Somali (so)", not "so"
    charts.section("Families by home language", languages);

    TitleBlock title{r.heading.school_name, r.heading.event_title,
                     staff_date(r.heading.date) + "  " +
                         staff_times(r.heading.start_time, r.heading.end_time, clock_setting(r.heading.clock)),
                     "Who came", r.heading.event_title + " \xC2\xB7 " + staff_date(r.heading.date)};
    TableWriter table(
        pdf, title,
        {{"Family", 150}, {"Guardians", 230}, {"Adults", 50, true}, {"Children", 60, true}, {"Walk-in", 50, true}});
    if (r.households.empty()) table.row({"", "Nobody was checked in.", "", "", ""});
    for (const auto& h : r.households)
        table.row(
            {h.family_name, h.guardians, std::to_string(h.adults), std::to_string(h.children), h.walk_in ? "yes" : ""},
            true);
    table.finish(false);
    // Charts and the list are one report: numbered together.
    pdf.number_pages(first_page, title.footer, kMargin - 6);
}

}  // namespace fn::reports
