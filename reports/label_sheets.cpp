#include "reports/label_sheets.h"

#include <algorithm>

#include "core/document_texts.h"
#include "core/errors.h"
#include "reports/pdf_document.h"

namespace fn::reports {
namespace {

constexpr double kInch = 72;
// Worn and handed to families: nothing smaller than this (points).
constexpr double kSmallest = 9;

// Geometry of a label stock, in points from the top-left of the sheet.
struct Stock {
    int columns, rows;
    double left, top, width, height, pitch_x, pitch_y;
};
constexpr Stock kAvery5395{2,          4, 0.6875 * kInch, 0.5833 * kInch, 3.375 * kInch, 2.3333 * kInch, 3.75 * kInch,
                           2.5 * kInch};
constexpr Stock kAvery5160{3, 10, 0.1875 * kInch, 0.5 * kInch, 2.625 * kInch, 1.0 * kInch, 2.75 * kInch, 1.0 * kInch};

// Calls draw(page, x, bottom, w, h) for label i, adding pages as needed.
template <typename Draw>
void place(PdfDocument& pdf, const Stock& s, std::size_t i, Draw&& draw) {
    std::size_t per_page = static_cast<std::size_t>(s.columns) * static_cast<std::size_t>(s.rows);
    if (i % per_page == 0) pdf.add_page();
    HPDF_Page page = pdf.pages().back();
    std::size_t slot = i % per_page;
    double x = s.left + static_cast<double>(slot % static_cast<std::size_t>(s.columns)) * s.pitch_x;
    double top =
        pdf.page_height() - s.top - static_cast<double>(slot / static_cast<std::size_t>(s.columns)) * s.pitch_y;
    draw(page, x, top - s.height, s.width, s.height);
}

}  // namespace

UnprintedTexts write_name_badges(const std::vector<NameTag>& tags, const std::string& heading,
                                 const std::string& path) {
    if (tags.empty()) throw Error("there is nobody to print a name badge for");
    PdfDocument pdf(PaperSize::Letter, "Name badges: " + heading);
    for (std::size_t i = 0; i < tags.size(); ++i)
        place(pdf, kAvery5395, i, [&](HPDF_Page page, double x, double y, double w, double h) {
            const double pad = 14;
            pdf.draw_fitted(page, x + pad, y + h - 26, w - 2 * pad, heading, kSmallest, kSmallest);
            // The name people call you, large; without one, a line to write it on.
            const double name_baseline = y + h / 2 - 2;
            double name_below = 4;
            if (tags[i].name.empty()) {
                pdf.line(page, x + pad, name_baseline - 2, x + w - pad, name_baseline - 2, 0.6);
            } else {
                const double size =
                    pdf.draw_fitted(page, x + pad, name_baseline, w - 2 * pad, tags[i].name, 30, 12, true);
                name_below = pdf.vertical_extent(tags[i].name, size, true).below;
            }
            // Family name or role, wrapped at words; a fourth line would not fit, so the third ends in "…".
            // It starts below the name's lowest ink (a Myanmar or Karen ၡ reaches far under the line).
            auto lines = pdf.wrap(page, tags[i].detail, w - 2 * pad, 11);
            if (lines.size() > 3) {
                lines.resize(3);
                lines[2] += " \xE2\x80\xA6";
            }
            double baseline = name_baseline - 20;
            for (std::size_t l = 0; l < lines.size(); ++l) {
                if (l == 0)
                    baseline =
                        std::min(baseline, name_baseline - name_below - pdf.vertical_extent(lines[0], 11).above - 3);
                else
                    baseline -= std::max(13.0, pdf.line_height(lines[l - 1] + lines[l], 11));
                pdf.draw_fitted(page, x + pad, baseline, w - 2 * pad, lines[l], 11, kSmallest);
            }
        });
    return pdf.save(path);
}

UnprintedTexts write_pickup_tags(const std::vector<PickupPair>& pairs, const std::string& heading,
                                 const std::string& path) {
    if (pairs.empty()) throw Error("there is no child to print a pickup tag for");
    PdfDocument pdf(PaperSize::Letter, "Childcare pickup tags: " + heading);
    // Pairs sit side by side in the left two columns; the third column
    // holds a second stub so a family with two guardians can take one each.
    std::size_t label = 0;
    for (const auto& pair : pairs) {
        auto tag = [&](const std::string& who, const std::string& what) {
            place(pdf, kAvery5160, label++, [&](HPDF_Page page, double x, double y, double w, double h) {
                const double pad = 9;
                // What the tag is for, in the family's language: two lines at most above the code.
                auto lines = pdf.wrap(page, what, w - 2 * pad, kSmallest);
                if (lines.size() > 2) {
                    lines.resize(2);
                    lines[1] += " \xE2\x80\xA6";
                }
                for (std::size_t l = 0; l < lines.size(); ++l)
                    pdf.draw_fitted(page, x + pad, y + h - 15 - static_cast<double>(l) * 10.5, w - 2 * pad, lines[l],
                                    kSmallest, kSmallest);
                pdf.draw_text(page, x + pad, y + 20, pair.code, 22, true);
                double cw = pdf.measure(page, pair.code, 22, true);
                pdf.draw_fitted(page, x + pad + cw + 8, y + 24, w - 2 * pad - cw - 8,
                                who.empty() ? "Name: ________" : who, 10, kSmallest, true);
                pdf.draw_fitted(page, x + pad, y + 6, w - 2 * pad, heading, kSmallest, kSmallest);
            });
        };
        tag(pair.child, document_text(pair.language, "pickup_child"));
        tag(pair.guardian, document_text(pair.language, "pickup_guardian"));
        tag(pair.guardian, document_text(pair.language, "pickup_second"));
    }
    return pdf.save(path);
}

}  // namespace fn::reports
