#pragma once
#include <optional>
#include <string>

namespace fn::io {
// "Spanish", "Español", "es", "SPA" -> "es". Nothing for names it does not know.
std::optional<std::string> language_code(const std::string& name_or_code);
}  // namespace fn::io
