#include "reports/human_dates.h"
#include "reports/evidence_binder.h"

#include <fmt/format.h>

#include "reports/compose.h"
#include "reports/table_writer.h"

namespace fn::reports {
namespace {

constexpr double kMargin = 54;

void divider(PdfDocument& pdf, const EvidenceBinder& b, int number, const std::string& title, const std::string& note) {
    HPDF_Page page = pdf.add_page();
    double x = kMargin, w = pdf.page_width() - 2 * kMargin, y = pdf.page_height() / 2 + 80;
    pdf.draw_fitted(page, x, y + 60, w, b.heading.school_name, 12, 8);
    pdf.draw_fitted(page, x, y + 36, w, b.heading.event_title + "  \xC2\xB7  " + staff_date(b.heading.date), 14, 8, true);
    pdf.draw_fitted(page, x, y - 20, w, fmt::format("{}. {}", number, title), 30, 14, true);
    pdf.line(page, x, y - 34, x + w, y - 34, 1.5);
    pdf.draw_fitted(page, x, y - 56, w, note, 11, 7);
    pdf.draw_text(page, x, kMargin, "Prepared " + b.prepared_at + " with FamilyNight", 8);
}

void evaluation_form(PdfDocument& pdf, const EvidenceBinder& b) {
    HPDF_Page page = pdf.add_page();
    double x = kMargin, w = pdf.page_width() - 2 * kMargin, y = pdf.page_height() - kMargin;
    pdf.draw_fitted(page, x, y - 16, w, "Family evaluation  \xC2\xB7  " + b.heading.event_title + "  \xC2\xB7  " + staff_date(b.heading.date),
                    15, 9, true);
    pdf.draw_text(page, x, y - 34, "Please tick one box for each (1 = not at all, 5 = very much).", 10);
    y -= 64;
    const char* questions[] = {"I felt welcome at the school tonight.",
                               "I learned something I can do at home with my child.",
                               "The workshop was in a language I understand.",
                               "The time and place worked for my family.",
                               "I would come to another family night."};
    for (const char* q : questions) {
        pdf.draw_fitted(page, x, y, w - 150, q, 11, 9);  // a family fills this in: 9 pt at least
        for (int n = 1; n <= 5; ++n) {
            double cx = x + w - 150 + n * 26;
            pdf.box(page, cx - 8, y - 5, 18, 16, 0.6);
            pdf.draw_text(page, cx - 2, y - 1, std::to_string(n), 10);
        }
        y -= 34;
    }
    for (const char* open : {"What did you like most?", "What should we change next time?",
                             "What would you like a future workshop to be about?"}) {
        y -= 10;
        pdf.draw_text(page, x, y, open, 11, true);
        for (int l = 0; l < 3; ++l) {
            y -= 24;
            pdf.line(page, x, y, x + w, y, 0.5);
        }
        y -= 14;
    }
    pdf.draw_text(page, x, y - 10, "Thank you! Please leave this form at the sign-in table.", 10);
}

}  // namespace

UnprintedTexts write_evidence_binder(const EvidenceBinder& b, PaperSize paper, const std::string& path) {
    PdfDocument pdf(paper, "Title I evidence: " + b.heading.event_title + " " + staff_date(b.heading.date));
    std::string languages;
    for (const auto& f : b.invitations) languages += (languages.empty() ? "" : ", ") + f.sides.front().language;

    HPDF_Page contents = pdf.add_page();
    double x = kMargin, w = pdf.page_width() - 2 * kMargin, y = pdf.page_height() - kMargin;
    pdf.draw_fitted(contents, x, y - 14, w, b.heading.school_name, 12, 8);
    pdf.draw_fitted(contents, x, y - 44, w, "Title I family engagement records", 22, 12, true);
    pdf.draw_fitted(contents, x, y - 70, w, b.heading.event_title + "  \xC2\xB7  " + staff_date(b.heading.date) + "  " +
                                                b.heading.start_time + "\xE2\x80\x93" + b.heading.end_time +
                                                (b.heading.place.empty() ? "" : "  \xC2\xB7  " + b.heading.place),
                    13, 8);
    const std::string sections[] = {"Invitation (" + languages + ")", "Agenda", "Sign-in sheet", "Attendance summary",
                                    "Evaluation form"};
    for (int i = 0; i < 5; ++i) pdf.draw_text(contents, x + 12, y - 120 - i * 24, fmt::format("{}.  {}", i + 1, sections[i]), 13);
    pdf.draw_text(contents, x, kMargin, "Prepared " + b.prepared_at + " with FamilyNight", 8);

    divider(pdf, b, 1, "Invitation", "As sent to families, in each language: " + languages);
    FlyerFit fit;
    for (const auto& flyer : b.invitations) draw_flyer(pdf, flyer, &fit, false);

    divider(pdf, b, 2, "Agenda", "Rounds and workshops with presenters and rooms");
    TableWriter agenda(pdf, {b.heading.school_name, b.heading.event_title, staff_date(b.heading.date), "Agenda",
                             b.heading.event_title + " \xC2\xB7 Agenda"},
                       {{"Time", 90}, {"Workshop", 230}, {"Presenter", 130}, {"Room", 90}});
    if (b.agenda.empty()) agenda.row({b.heading.start_time + "\xE2\x80\x93" + b.heading.end_time, "No workshops (gathering only)", "", ""});
    for (const auto& a : b.agenda)
        agenda.row({fmt::format("Round {}  {}\xE2\x80\x93{}", a.round, a.start_time, a.end_time), a.workshop, a.presenters, a.room});
    agenda.finish();

    divider(pdf, b, 3, "Sign-in sheet", "Names only; families sign on arrival");
    draw_sign_in_sheet(pdf, b.sign_in);

    divider(pdf, b, 4, "Attendance summary", "RSVP versus actual, by workshop, grade and home language");
    draw_attendance_report(pdf, b.attendance);

    divider(pdf, b, 5, "Evaluation form", "A blank form to copy for families");
    evaluation_form(pdf, b);
    // The binder is filed as one document: every page numbered in it, below
    // the numbers its parts carry of their own.
    pdf.number_pages(0, "Title I binder \xC2\xB7 " + b.heading.event_title + " \xC2\xB7 " + staff_date(b.heading.date), 16);
    return pdf.save(path);
}

}  // namespace fn::reports
