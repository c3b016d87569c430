#pragma once
// Which roster column holds which field: recognised from common header names
// of school information system exports, or given explicitly.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fn::io {

enum class RosterField {
    StudentNumber,
    FirstName,
    LastName,
    StudentName,
    Grade,
    Homeroom,
    Guardian1Name,
    Guardian1First,
    Guardian1Last,
    Guardian1Phone,
    Guardian1Email,
    Guardian2Name,
    Guardian2First,
    Guardian2Last,
    Guardian2Phone,
    Guardian2Email,
    Address,
    City,
    State,
    Zip,
    Language,
    EnrollStatus,
    ExitDate,  // withdrawal or leave date: gone once it has passed
    Guardian1Priority,
    Guardian2Priority,  // contact order: the lower number comes first
    HouseholdPhone,     // the home's number: the first guardian's when they have none
    Guardian3Name,
    Guardian3First,
    Guardian3Last,
    Guardian3Phone,
    Guardian3Email,  // PowerSchool's Guardian_FN/LN
    // One row per student and contact (Infinite Campus, others): the row's
    // contact is guardian 1; these say its order and whether it is a guardian.
    ContactSequence,
    ContactRelationship,
    ContactIsGuardian,
    Ignore  // Ignore stays last
};

std::string field_name(RosterField f);  // "guardian1_phone"
std::optional<RosterField> field_from_name(const std::string& name);
std::string all_field_names();

// Case, spaces, underscores, hyphens, dots and slashes ignored; "#" reads as "number".
std::string normalize_header(const std::string& header);

// Explicit mappings "Column Header=field", as given with --map.
using ColumnMapping = std::map<std::string, RosterField>;  // normalized header -> field
ColumnMapping parse_mappings(const std::vector<std::string>& specs);

struct ColumnPlan {
    std::vector<std::optional<RosterField>> fields;  // per column; nullopt = not used
    std::vector<std::string> unused_headers;
    // The student information system whose standard export the header is
    // ("PowerSchool"); empty when none was recognised.
    std::string preset;
    // Its guardians' full-name columns read "Last, First" (Skyward).
    bool guardian_names_last_first = false;
    // Its language cells hold California's CALPADS numbers ("01": Spanish), as Aeries writes them.
    bool calpads_language_numbers = false;
    // Each row is one student and one contact: a student's rows are gathered.
    bool contact_rows = false;
    // Columns matched by a weak guess ("Name" read as the student's name,
    // "ID" as the student number): "Name as student_name", for a person to confirm.
    std::vector<std::string> guessed;
};

// Whether an enrollment status as SIS exports write it means the student is
// at the school: PowerSchool's 0 (active) and -1 (pre-registered), or a word
// such as "Active" or "Enrolled"; an empty cell counts as enrolled.
bool is_enrolled_status(const std::string& status);

// Throws fn::Error (naming the file) when a mapping names a missing column,
// two columns claim the same field, or no student number column is found.
// `preset` (a name from preset_names(), case ignored) forces that SIS's
// export reading, whatever the header says; empty: recognised from it.
ColumnPlan plan_columns(const std::vector<std::string>& headers, const ColumnMapping& explicit_map,
                        const std::string& file, const std::string& preset = "");
// The SIS exports FamilyNight knows: "PowerSchool", "Infinite Campus", ...
std::vector<std::string> preset_names();

}  // namespace fn::io
