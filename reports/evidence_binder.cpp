#include "reports/human_dates.h"
#include "reports/evidence_binder.h"

#include <fmt/format.h>

#include <algorithm>

#include "reports/evaluation_form.h"
#include "reports/reach_report.h"
#include "reports/compose.h"
#include "reports/text_direction.h"
#include "reports/table_writer.h"

namespace fn::reports {
namespace {

constexpr double kMargin = 54;

void divider(PdfDocument& pdf, const EvidenceBinder& b, int number, const std::string& title, const std::string& note) {
    HPDF_Page page = pdf.add_page();
    double x = kMargin, w = pdf.page_width() - 2 * kMargin, y = pdf.page_height() / 2 + 80;
    pdf.draw_fitted(page, x, y + 60, w, b.heading.school_name, 12, 8);
    pdf.draw_fitted(page, x, y + 36, w, b.heading.event_title + "  \xC2\xB7  " + staff_date(b.heading.date), 14, 8,
                    true);
    pdf.draw_fitted(page, x, y - 20, w, fmt::format("{}. {}", number, title), 30, 14, true);
    pdf.line(page, x, y - 34, x + w, y - 34, 1.5);
    pdf.draw_fitted(page, x, y - 56, w, note, 11, 7);
    pdf.draw_text(page, x, kMargin,
                  "Prepared " + staff_timestamp(b.prepared_at, clock_setting(b.heading.clock)) + " with FamilyNight",
                  9);
}

}  // namespace

UnprintedTexts write_evidence_binder(const EvidenceBinder& b, PaperSize paper, const std::string& path) {
    PdfDocument pdf(paper, "Title I evidence: " + b.heading.event_title + " " + staff_date(b.heading.date));
    const Clock clock = clock_setting(b.heading.clock);
    std::string languages;
    for (const auto& f : b.invitations) languages += (languages.empty() ? "" : ", ") + f.sides.front().language;

    HPDF_Page contents = pdf.add_page();
    double x = kMargin, w = pdf.page_width() - 2 * kMargin, y = pdf.page_height() - kMargin;
    pdf.draw_fitted(contents, x, y - 14, w, b.heading.school_name, 12, 8);
    pdf.draw_fitted(contents, x, y - 44, w, "Title I family engagement records", 22, 12, true);
    pdf.draw_fitted(contents, x, y - 70, w,
                    b.heading.event_title + "  \xC2\xB7  " + staff_date(b.heading.date) + "  " +
                        staff_times(b.heading.start_time, b.heading.end_time, clock) +
                        (b.heading.place.empty() ? "" : "  \xC2\xB7  " + b.heading.place),
                    13, 8);
    const std::string sections[] = {"Invitation (" + languages + ")",
                                    "Agenda",
                                    "Sign-in sheet",
                                    "Attendance summary",
                                    "Evaluation form",
                                    "The school year's nights, barriers and strategies"};
    for (int i = 0; i < 6; ++i)
        pdf.draw_text(contents, x + 12, y - 120 - i * 24, fmt::format("{}.  {}", i + 1, sections[i]), 13);
    pdf.draw_text(contents, x, kMargin,
                  "Prepared " + staff_timestamp(b.prepared_at, clock_setting(b.heading.clock)) + " with FamilyNight",
                  9);

    divider(pdf, b, 1, "Invitation", "As sent to families, in each language: " + languages);
    FlyerFit fit;
    for (const auto& flyer : b.invitations) draw_flyer(pdf, flyer, &fit, false);

    divider(pdf, b, 2, "Agenda", "Rounds and workshops with presenters and rooms");
    TableWriter agenda(pdf,
                       {b.heading.school_name, b.heading.event_title, staff_date(b.heading.date), "Agenda",
                        b.heading.event_title + " \xC2\xB7 Agenda"},
                       {{"Time", 90}, {"Workshop", 230}, {"Presenter", 130}, {"Room", 90}});
    if (b.agenda.empty())
        agenda.row(
            {staff_times(b.heading.start_time, b.heading.end_time, clock), "No workshops (gathering only)", "", ""});
    for (const auto& a : b.agenda)
        agenda.row({fmt::format("Round {}  {}", a.round, staff_times(a.start_time, a.end_time, clock)), a.workshop,
                    a.presenters, a.room});
    agenda.finish();

    divider(pdf, b, 3, "Sign-in sheet", "Names only; families sign on arrival");
    draw_sign_in_sheet(pdf, b.sign_in);

    divider(pdf, b, 4, "Attendance summary", "RSVP versus actual, by workshop, grade and home language");
    draw_attendance_report(pdf, b.attendance);

    divider(pdf, b, 5, "Evaluation form",
            "A blank form to copy for families, in each language the invitations went out in");
    for (const auto& form : b.evaluation_forms) draw_evaluation_form(pdf, form);

    divider(pdf, b, 6, "Barriers and strategies " + b.reach.year.name,
            "The school year's nights with who they reached, and the barrier \xE2\x86\x92 strategy page to fill in");
    TableWriter nights(
        pdf, {b.heading.school_name, "Nights of " + b.reach.year.name, "", "Title I", "Nights of " + b.reach.year.name},
        {{"Night", 260}, {"Invited", 70, true}, {"RSVP'd", 70, true}, {"Came", 70, true}, {"Returning", 70, true}});
    if (b.reach.this_year.events.empty()) nights.row({"No nights this year yet", "", "", "", ""});
    for (const auto& e : b.reach.this_year.events)
        nights.row({staff_date(e.date) + "  " + e.title, std::to_string(e.invited), std::to_string(e.rsvped),
                    std::to_string(e.attended), std::to_string(e.returning)});
    nights.finish(false);
    draw_strategy_page(pdf, b.reach);
    // The binder is filed as one document: every page numbered in it, below
    // the numbers its parts carry of their own.
    pdf.number_pages(0, "Title I binder \xC2\xB7 " + b.heading.event_title + " \xC2\xB7 " + staff_date(b.heading.date),
                     16);
    return pdf.save(path);
}

}  // namespace fn::reports
