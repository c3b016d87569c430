#pragma once
// The phone tree's sheets (core/phone_tree.h): one or more pages per caller,
// each family with its number, the call script in the family's language
// (right to left where it reads so) beside the English, and boxes for how
// the call went.
#include <string>

#include "core/phone_tree.h"
#include "reports/paper.h"
#include "reports/unprinted.h"

namespace fn::reports {

UnprintedTexts write_phone_tree(const PhoneTree& tree, PaperSize paper, const std::string& path);

}  // namespace fn::reports
