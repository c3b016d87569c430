#pragma once
// The community resources handout for families: one or two pages in the
// family's language (right to left where it is written so), the resources
// grouped by category with their address, hours, phone, languages served
// (named in the reader's language) and cost.
#include <string>
#include <vector>

#include "core/sheets.h"
#include "reports/paper.h"
#include "reports/pdf_document.h"
#include "reports/unprinted.h"

namespace fn::reports {

// Starts on a new page; returns the number of pages it took.
int draw_resources_handout(PdfDocument& pdf, const ResourcesHandout& handout);
UnprintedTexts write_resources_handouts(const std::vector<ResourcesHandout>& handouts, PaperSize paper,
                                        const std::string& path);

}  // namespace fn::reports
