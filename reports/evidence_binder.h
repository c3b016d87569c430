#pragma once
#include <string>

#include "core/sheets.h"
#include "reports/paper.h"
#include "reports/unprinted.h"

namespace fn::reports {

// One PDF per event for Title I records: a contents page, then each section
// behind a titled and dated divider: the invitation in every language sent,
// the agenda, the sign-in sheet, the attendance summary and a blank
// evaluation form.
UnprintedTexts write_evidence_binder(const EvidenceBinder& binder, PaperSize paper, const std::string& path);

}  // namespace fn::reports
