#pragma once
#include <string>

#include "core/sheets.h"
#include "reports/paper.h"
#include "reports/unprinted.h"

namespace fn::reports {

// RSVP versus actual (families, adults, children; walk-ins and no-shows),
// bar charts per workshop, grade and home language, then the list of
// attending households.
UnprintedTexts write_attendance_report(const AttendanceReport& report, PaperSize paper, const std::string& path);

}  // namespace fn::reports
