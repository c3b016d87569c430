#pragma once
// Standard US label sheets (always Letter): Avery 5395 name badges
// (2 x 4, 2-1/3" x 3-3/8") and Avery 5160 address labels (3 x 10, 1" x
// 2-5/8") used for childcare pickup tag pairs.
#include <string>
#include <vector>

#include "core/sheets.h"
#include "reports/unprinted.h"

namespace fn::reports {

UnprintedTexts write_name_badges(const std::vector<NameTag>& tags, const std::string& heading, const std::string& path);
// Each pair fills two neighbouring labels in a row: the child's tag, then
// the guardian's stub, both with the same code in large type.
UnprintedTexts write_pickup_tags(const std::vector<PickupPair>& pairs, const std::string& heading,
                                 const std::string& path);

}  // namespace fn::reports
