#pragma once
// Horizontal bar charts drawn with libharu lines and fills: one bar per
// item, or a pair (RSVP'd in light gray, actual in dark) when there is an
// expected value to compare with.
#include <string>
#include <vector>

#include "core/sheets.h"
#include "reports/pdf_document.h"

namespace fn::reports {

// Draws the chart with its top at `top`; returns the height used.
// `expected_label` names the light bars of pairs in the legend.
double draw_bar_chart(PdfDocument& pdf, HPDF_Page page, double x, double top, double width,
                      const std::vector<ChartBar>& bars, const std::string& expected_label = "RSVP / seated");
double bar_chart_height(const std::vector<ChartBar>& bars);

}  // namespace fn::reports
