#pragma once
#include <string>

#include "core/sheets.h"
#include "reports/paper.h"

namespace fn::reports {

// Households that RSVP'd (family, guardians, adults, children, role boxes,
// a box to sign), then blank rows for walk-ins. Header repeated on every
// page with the event and date; "Page x of y" at the foot.
void write_sign_in_sheet(const SignInSheet& sheet, PaperSize paper, const std::string& path);

}  // namespace fn::reports
