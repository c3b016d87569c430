#include "reports/human_dates.h"
#include "reports/sign_in_sheet.h"

#include <fmt/format.h>

#include "core/document_texts.h"
#include "core/errors.h"
#include "reports/compose.h"
#include "reports/pdf_document.h"

namespace fn::reports {
namespace {

constexpr double kMargin = 36;
constexpr double kRowHeight = 34;  // a name, the adults named, two lines of tick boxes
constexpr double kHeaderRowHeight = 18;

struct Column {
    const char* key;  // its heading in core/document_texts.h
    double width;
};
// Family, adults, children, role, signature: 540 pt, the printable width of Letter.
const Column kColumns[] = {{"signin_family", 200},
                           {"signin_adults", 42},
                           {"signin_children", 50},
                           {"signin_role", 128},
                           {"signin_signature", 120}};
// Families read their row and tick it: nothing under 9 pt, boxes a pen fits in.
constexpr double kSmallest = 9;
constexpr double kTickBox = 10;

class SignInLayout {
public:
    SignInLayout(const SignInSheet& sheet, PdfDocument& pdf) : sheet_(sheet), pdf_(pdf) {}

    void draw() {
        first_page_ = pdf_.pages().size();
        new_page();
        for (const auto& row : sheet_.rows) {
            ensure_room(kRowHeight);
            draw_row(&row);
        }
        ensure_room(kRowHeight * 2);
        pdf_.draw_text(page_, kMargin, y_ - 14, both("signin_walkins"), 10, true);
        y_ -= 20;
        for (int i = 0; i < sheet_.blank_rows; ++i) {
            ensure_room(kRowHeight);
            draw_row(nullptr);
        }
        // The rest of the last page is for walk-ins too: paper is there anyway.
        while (sheet_.blank_rows > 0 && y_ - kRowHeight >= kMargin + 20) draw_row(nullptr);
        draw_footers();
    }

private:
    double left() const { return (pdf_.page_width() - table_width()) / 2; }
    static double table_width() {
        double w = 0;
        for (const auto& c : kColumns) w += c.width;
        return w;
    }

    void new_page() {
        page_ = pdf_.add_page();
        double top = pdf_.page_height() - kMargin;
        pdf_.draw_fitted(page_, left(), top - 12, table_width(), sheet_.heading.school_name, 11, 7);
        pdf_.draw_fitted(page_, left(), top - 32, table_width() - 120, sheet_.heading.event_title, 16, 9, true);
        std::string when =
            staff_date(sheet_.heading.date) + "  " +
            staff_times(sheet_.heading.start_time, sheet_.heading.end_time, clock_setting(sheet_.heading.clock)) +
            (sheet_.heading.place.empty() ? "" : "  " + sheet_.heading.place);
        pdf_.draw_fitted(page_, left(), top - 48, table_width() - 120, when, 10, 7);
        double label = pdf_.measure(page_, words("en", "signin_title"), 14, true);
        pdf_.draw_text(page_, left() + table_width() - label, top - 32, words("en", "signin_title"), 14, true);
        if (!second().empty()) {
            std::string also = words(second(), "signin_title");
            pdf_.draw_text(page_, left() + table_width() - pdf_.measure(page_, also, 11), top - 48, also, 11);
        }
        if (!sheet_.subtitle.empty()) {
            pdf_.draw_fitted(page_, left(), top - 64, table_width(), sheet_.subtitle, 11, 9, true);
            top -= 16;
        }
        if (!second().empty()) {
            // The role boxes in each row are labelled in English: their words in the families' language once, here.
            std::string legend = words(second(), "signin_role") + ":  ";
            for (const char* key : {"signin_parent", "signin_staff", "signin_community"})
                legend += std::string(key == std::string("signin_parent") ? "" : "  \xC2\xB7  ") + words("en", key) +
                          " = " + words(second(), key);
            pdf_.draw_fitted(page_, left(), top - 64, table_width(), legend, 9, kSmallest);
            top -= 14;
        }
        y_ = top - 62;
        draw_header_row();
    }

    // Headings in English, and below them in the language most of the families read.
    double header_height() const { return second().empty() ? kHeaderRowHeight : kHeaderRowHeight + 12; }
    void draw_header_row() {
        const double h = header_height();
        pdf_.fill_box(page_, left(), y_ - h, table_width(), h, 0.88);
        double x = left();
        for (const auto& c : kColumns) {
            pdf_.draw_fitted(page_, x + 4, y_ - 13, c.width - 8, words("en", c.key), 9, kSmallest, true);
            if (!second().empty())
                pdf_.draw_fitted(page_, x + 4, y_ - 25, c.width - 8, words(second(), c.key), 9, kSmallest);
            x += c.width;
        }
        pdf_.box(page_, left(), y_ - h, table_width(), h);
        y_ -= h;
    }

    const std::string& second() const { return sheet_.second_language; }
    static std::string words(const std::string& language, const char* key) { return document_text(language, key); }
    std::string both(const char* key) const {
        return second().empty() ? words("en", key) : words("en", key) + "  \xC2\xB7  " + words(second(), key);
    }

    void ensure_room(double height) {
        if (y_ - height < kMargin + 20) new_page();
    }

    void draw_row(const SignInRow* row) {
        double x = left(), top = y_, bottom = y_ - kRowHeight;
        if (row) {
            pdf_.draw_fitted(page_, x + 4, top - 12, kColumns[0].width - 8, row->family_name, 11, kSmallest, true);
            pdf_.draw_fitted(page_, x + 4, top - 26, kColumns[0].width - 8, row->guardians, kSmallest, kSmallest);
            centered(x + kColumns[0].width, kColumns[1].width, top - 21, std::to_string(row->adults));
            centered(x + kColumns[0].width + kColumns[1].width, kColumns[2].width, top - 21,
                     std::to_string(row->children));
        }
        // Role: tick boxes on every row, filled in by hand.
        struct Tick {
            const char* label;
            double dx, dy;
        };
        const Tick ticks[] = {{"signin_parent", 0, 0}, {"signin_staff", 0, 15}, {"signin_community", 46, 15}};
        double rx = x + kColumns[0].width + kColumns[1].width + kColumns[2].width + 5;
        for (const auto& t : ticks) {
            double bx = rx + t.dx, by = top - 14 - t.dy;
            pdf_.box(page_, bx, by - 1.5, kTickBox, kTickBox, 0.6);
            pdf_.draw_text(page_, bx + kTickBox + 3, by, words("en", t.label), kSmallest);
        }
        pdf_.box(page_, left(), bottom, table_width(), kRowHeight);
        double cx = left();
        for (std::size_t i = 0; i + 1 < std::size(kColumns); ++i) {
            cx += kColumns[i].width;
            pdf_.line(page_, cx, bottom, cx, top);
        }
        y_ = bottom;
    }

    void centered(double x, double width, double y, const std::string& text) {
        double w = pdf_.measure(page_, text, 11);
        pdf_.draw_text(page_, x + (width - w) / 2, y, text, 11);
    }

    void draw_footers() {
        const auto& pages = pdf_.pages();
        std::size_t count = pages.size() - first_page_;
        for (std::size_t i = first_page_; i < pages.size(); ++i) {
            std::string foot = fmt::format("{} · {}    Page {} of {}", sheet_.heading.event_title,
                                           staff_date(sheet_.heading.date), i - first_page_ + 1, count);
            double w = pdf_.measure(pages[i], foot, kSmallest);
            pdf_.draw_text(pages[i], (pdf_.page_width() - w) / 2, kMargin - 8, foot, kSmallest);
        }
    }

    const SignInSheet& sheet_;
    PdfDocument& pdf_;
    HPDF_Page page_ = nullptr;
    double y_ = 0;
    std::size_t first_page_ = 0;
};

}  // namespace

UnprintedTexts write_sign_in_sheet(const SignInSheet& sheet, PaperSize paper, const std::string& path) {
    return write_sign_in_sheets({sheet}, paper, path);
}

void draw_sign_in_sheet(PdfDocument& pdf, const SignInSheet& sheet) { SignInLayout(sheet, pdf).draw(); }

UnprintedTexts write_sign_in_sheets(const std::vector<SignInSheet>& sheets, PaperSize paper, const std::string& path) {
    if (sheets.empty()) throw Error("there is no sign-in sheet to print (the event has no workshops?)");
    PdfDocument pdf(
        paper, "Sign-in sheets: " + sheets.front().heading.event_title + " " + staff_date(sheets.front().heading.date));
    for (const auto& sheet : sheets) SignInLayout(sheet, pdf).draw();
    return pdf.save(path);
}

}  // namespace fn::reports
