#pragma once
// The one place FamilyNight knows languages, from ICU's locale data: what a
// roster, a form or a coordinator writes for a language, read as the code a
// family is kept under, and a code's name for whoever reads it. The roster
// reader, typed entry, the app's choices, validation and the printed papers
// all use it. (Which languages can be printed: core/labels.)
#include <optional>
#include <string>

namespace fn {

// A language as people write it, as a code: a name in English, Spanish or
// the language itself ("Spanish", "Español", "Farsi", "فارسی", "中文"), an
// ISO 639-1/2/3 code ("es", "SPA", "prs") or a BCP 47 tag ("fa-AF" -> prs,
// "zh-Hant" -> zh-hant, "es-419" -> es). Nothing for what it cannot read
// ("Other", "Unknown", "xx").
std::optional<std::string> language_code(const std::string& name_or_code);
// What a person typed for a language, as its code; refuses what it cannot
// read (ValidationError on the field "language", the typed value quoted).
std::string read_language(const std::string& typed);
// California's CALPADS home-language number ("01", "1": Spanish; "16":
// Farsi), as Aeries writes it, as a code. Nothing for the numbers that name
// no one language ("99": other non-English) or that it does not know.
std::optional<std::string> language_code_from_calpads(const std::string& number);
// Whether `code` is a code a family can be kept under: lower case, read as
// itself ("es", "prs", "zh-hant"); "xx", "spanish" and "es-419" (kept as
// "es") are not.
bool is_language_code(const std::string& code);

// A language's name for the school's own documents: "Haitian Creole (ht)"
// rather than a bare code; the code when ICU knows no name.
std::string language_name(const std::string& code);
// A language's name as a reader of `in_language` writes it, for families'
// papers: "inglés" for en in Spanish, "英语" in Chinese; the code when ICU
// knows no name.
std::string language_name_in(const std::string& code, const std::string& in_language);
// A language's name in itself, as a family points at it on a list:
// "Español", "Tiếng Việt", "فارسی"; "Hmong (hmn)" when ICU has no name of
// the language in itself.
std::string language_in_itself(const std::string& code);

}  // namespace fn
