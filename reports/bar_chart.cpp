#include "reports/bar_chart.h"

#include <algorithm>

namespace fn::reports {
namespace {
constexpr double kBar = 9, kGap = 7, kLabelShare = 0.38;

bool paired(const std::vector<ChartBar>& bars) {
    return std::any_of(bars.begin(), bars.end(), [](const ChartBar& b) { return b.expected >= 0; });
}
}  // namespace

double bar_chart_height(const std::vector<ChartBar>& bars) {
    double per = paired(bars) ? 2 * kBar + kGap : kBar + kGap;
    return static_cast<double>(bars.size()) * per + (paired(bars) ? 16 : 0);
}

double draw_bar_chart(PdfDocument& pdf, HPDF_Page page, double x, double top, double width,
                      const std::vector<ChartBar>& bars, const std::string& expected_label) {
    bool pairs = paired(bars);
    int most = 1;
    for (const auto& b : bars) most = std::max({most, b.value, b.expected});
    double label_w = width * kLabelShare, bar_x = x + label_w + 6, bar_w = width - label_w - 40;
    double y = top;
    if (pairs) {  // legend
        pdf.fill_box(page, bar_x, y - 8, 10, 7, 0.75);
        pdf.draw_text(page, bar_x + 14, y - 8, expected_label, 7.5);
        pdf.fill_box(page, bar_x + 90, y - 8, 10, 7, 0.25);
        pdf.draw_text(page, bar_x + 104, y - 8, "came", 7.5);
        y -= 16;
    }
    for (const auto& b : bars) {
        double rows = pairs ? 2 * kBar : kBar;
        pdf.draw_fitted(page, x, y - rows / 2 - 3, label_w, b.label, 8.5, 6);
        if (pairs) {
            double ew = bar_w * std::max(0, b.expected) / most;
            pdf.fill_box(page, bar_x, y - kBar, std::max(ew, 0.5), kBar - 1, 0.75);
            pdf.draw_text(page, bar_x + ew + 4, y - kBar + 1.5, std::to_string(std::max(0, b.expected)), 7.5);
            y -= kBar;
        }
        double w = bar_w * b.value / most;
        pdf.fill_box(page, bar_x, y - kBar, std::max(w, 0.5), kBar - 1, 0.25);
        pdf.draw_text(page, bar_x + w + 4, y - kBar + 1.5, std::to_string(b.value), 7.5);
        y -= kBar + kGap;
    }
    pdf.line(page, bar_x, top - (pairs ? 16 : 0), bar_x, y + kGap, 0.6);
    return top - y;
}

}  // namespace fn::reports
