#pragma once
#include <string>

#include "core/sheets.h"
#include "reports/paper.h"
#include "reports/unprinted.h"

namespace fn::reports {

// One PDF: per homeroom a cover page saying how many flyers to hand out,
// then that homeroom's personalised flyers.
UnprintedTexts write_backpack_mail(const BackpackMail& mail, PaperSize paper, const std::string& path);

}  // namespace fn::reports
