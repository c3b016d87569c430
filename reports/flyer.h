#pragma once
#include <string>
#include <vector>

#include "core/sheets.h"
#include "reports/paper.h"
#include "reports/unprinted.h"

namespace fn::reports {

// The invitation: school and event, what happens (rounds and numbered
// workshops with presenters), dinner and childcare when offered, the RSVP
// deadline, and a dashed tear-off RSVP slip at the foot. Two languages stand
// side by side; slip labels are given in both. Nothing a family reads is
// under 9 pt: spacing and headings tighten first, then a long invitation
// flows onto more pages with the slip whole on the last one. A slip whose
// main language reads from the right is laid out as a mirror image.
UnprintedTexts write_flyer(const Flyer& flyer, PaperSize paper, const std::string& path);

}  // namespace fn::reports
