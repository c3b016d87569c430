#pragma once
#include <string>
#include <vector>

#include "core/sheets.h"
#include "reports/paper.h"
#include "reports/unprinted.h"

namespace fn::reports {

// Households that RSVP'd (family, guardians, adults, children, role boxes,
// a box to sign), then blank rows for walk-ins. Header repeated on every
// page with the event and date; "Page x of y" at the foot.
UnprintedTexts write_sign_in_sheet(const SignInSheet& sheet, PaperSize paper, const std::string& path);
// Several sheets in one PDF (one per workshop), each numbered on its own.
UnprintedTexts write_sign_in_sheets(const std::vector<SignInSheet>& sheets, PaperSize paper, const std::string& path);

}  // namespace fn::reports
