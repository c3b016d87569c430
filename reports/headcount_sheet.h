#pragma once
#include <string>

#include "core/sheets.h"
#include "reports/paper.h"
#include "reports/unprinted.h"

namespace fn::reports {

// One page for the caterer and the childcare lead: meals by dietary need
// with the walk-in buffer and each allergy; children by age band with the
// caregivers the ratios call for against those signed up.
UnprintedTexts write_headcount_sheet(const HeadcountSheet& sheet, PaperSize paper, const std::string& path);

}  // namespace fn::reports
