#pragma once
#include <optional>
#include <string>

namespace fn::io {
// A roster's language cell as a code: "Spanish", "Español", "es", "SPA" -> "es".
// Nothing for names it does not know. (reports/language_names goes the
// other way: a code to its name in a reader's language.)
std::optional<std::string> language_code(const std::string& name_or_code);
// California's CALPADS home-language number ("01", "1": Spanish; "16":
// Farsi), as Aeries writes it, as a code. Nothing for the numbers that name
// no one language ("99": other non-English) or that it does not know.
std::optional<std::string> language_code_from_calpads(const std::string& number);
}  // namespace fn::io
