#pragma once
// The barriers and reach report of a school year beside the year before:
// families invited, RSVP'd, reached and returning, event by event; reach by
// home language, grade band, weekday, start time, childcare and interpreter
// offered; what the evaluation forms and barrier slips said, by language;
// charts; and the page "barrier -> strategy -> what changed -> result" the
// coordinator fills in. Groups of fewer than 10 read "fewer than 10".
#include <string>

#include "core/sheets.h"
#include "reports/paper.h"
#include "reports/pdf_document.h"
#include "reports/unprinted.h"

namespace fn::reports {

UnprintedTexts write_reach_report(const ReachReport& report, PaperSize paper, const std::string& path);
// The whole report into a document that holds others (the Title I binder).
void draw_reach_report(PdfDocument& pdf, const ReachReport& report);
// Only the strategy page, with the year's barriers and their counts.
void draw_strategy_page(PdfDocument& pdf, const ReachReport& report);

}  // namespace fn::reports
