#pragma once
// The anonymous evaluation form families fill in after a night, and the
// barrier slip that goes home to the families who did not come, each in the
// family's language (right to left where it is written so): three faces per
// question, favourite workshop per round, a barrier checklist, best days and
// times, a wish and a comment. Every tick box carries the small number the
// tally is typed with (core/evaluation.h).
#include <string>

#include "core/sheets.h"
#include "reports/paper.h"
#include "reports/pdf_document.h"
#include "reports/unprinted.h"

namespace fn::reports {

// One page: the form for `sheet`'s language and grade band.
void draw_evaluation_form(PdfDocument& pdf, const EvaluationSheet& sheet);

// One master per language and band, to copy.
UnprintedTexts write_evaluation_forms(const EvaluationForms& forms, PaperSize paper, const std::string& path);
// Per homeroom a cover page naming the students to give a slip to, then
// their slips, two to a page.
UnprintedTexts write_barrier_slips(const BarrierSlips& slips, PaperSize paper, const std::string& path);

}  // namespace fn::reports
