#pragma once
// The words of a family's readable record (reports/family_record): its
// title, its sections, the name of each kept field, in the languages
// FamilyNight has them in (English and Spanish so far, not yet read by a
// speaker). A family whose language has none gets English, and the export
// says so (print/family_export).
#include <optional>
#include <string>

namespace fn {

bool has_record_texts(const std::string& language);
// The family's own language when the record can be written in it, else English.
std::string record_language(const std::string& family_language);
// "title", "intro", "nothing", "yes", ... in `language` (English where it
// has none). Throws for an unknown key.
std::string record_text(const std::string& language, const std::string& key);
// Whether `key` is one of the record's words ("by.text": how a family is reached).
bool has_record_text(const std::string& key);
// A table's heading: "Parents and guardians" for "guardians"; the table's
// own name for one added later.
std::string record_section(const std::string& language, const std::string& table);
// A column's name for the reader ("Phone" for "phone"); nothing for the
// columns kept only to link rows (ids, positions, search copies), which the
// JSON file holds; a column added later is named by its stored name.
std::optional<std::string> record_field(const std::string& language, const std::string& column);

}  // namespace fn
