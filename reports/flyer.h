#pragma once
#include <string>
#include <vector>

#include "core/sheets.h"
#include "reports/paper.h"
#include "reports/unprinted.h"

namespace fn::reports {

// The invitation: school and event, what happens (rounds and workshops with
// presenters), dinner and childcare when offered, the RSVP deadline, and a
// dashed tear-off RSVP slip at the foot. Two languages stand side by side;
// slip labels are given in both. Text shrinks to fit; if even that is not
// enough, the slip moves to a page of its own.
UnprintedTexts write_flyer(const Flyer& flyer, PaperSize paper, const std::string& path);

}  // namespace fn::reports
