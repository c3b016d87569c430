#pragma once
#include <string>

namespace fn::reports {
enum class PaperSize { Letter, A4 };
PaperSize parse_paper_size(const std::string& name);  // "letter" or "a4"
}  // namespace fn::reports
