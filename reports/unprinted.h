#pragma once
// What a document could not print in full: each text (a name, a title) in
// which a stretch was printed as "[?]" because its script cannot be drawn
// yet. Every write_* function returns it so the caller can say so.
#include <string>
#include <vector>

namespace fn::reports {

using UnprintedTexts = std::vector<std::string>;

}  // namespace fn::reports
