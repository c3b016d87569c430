#pragma once
#include <optional>
#include <string>

namespace fn::io {
// A roster's language cell as a code: "Spanish", "Español", "es", "SPA" -> "es".
// Nothing for names it does not know. (reports/language_names goes the
// other way: a code to its name in a reader's language.)
std::optional<std::string> language_code(const std::string& name_or_code);
}  // namespace fn::io
