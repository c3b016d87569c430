#pragma once
// One 40-household school, with the traps real rosters hold, written out in
// the shape each student information system exports it: the same families
// whatever the shape, so a test can check each import against them.
//
// Traps: two unrelated Mendoza families; two families at one shelter
// address; two families listing the same phone (a grandmother's); a
// grandmother as the only guardian; an emergency contact who is not a
// guardian (contact-row shapes); a child who left beside a sibling who
// stays, and a family whose only child left; a language no list knows.
#include <map>
#include <string>
#include <vector>

namespace fn::testing {

struct SchoolGuardian {
    std::string first, last;
    std::string phone;  // "(555) 010-2000"
    std::string email;
    bool grandparent = false;
};

struct SchoolStudent {
    std::string number, first, last, grade, homeroom;
    bool left = false;  // left the school before the export: never imported
};

struct SchoolHousehold {
    std::vector<SchoolStudent> students;
    std::vector<SchoolGuardian> guardians;  // in the school's contact order
    std::string street;                     // "12 Oak St"
    std::string language;                   // a code ("es"), or "?" for a value no list reads
    std::string emergency_contact;          // a neighbour's name, or ""
};

const std::vector<SchoolHousehold>& forty_household_school();

// The export shapes. Each writes the school under `folder` and returns the
// path to import (a file, or a folder for OneRoster).
std::string write_infinite_campus_contact_rows(const std::string& folder);  // one row per student and contact
std::string write_powerschool_quick_export(const std::string& folder);  // tab-separated, Guardian_FN/LN, "Last, First"
std::string write_oneroster_folder(const std::string& folder);          // users, enrollments, classes, demographics
std::string write_oneroster_zip(const std::string& folder);     // the same files, zipped as Clever delivers them
std::string write_spanish_headings(const std::string& folder);  // "Nombre del estudiante", "Inglés", "Otro"
std::string write_aeries_calpads(const std::string& folder);    // CALPADS numeric language codes

// What a shape makes of a household's language: a code, or "?" when the
// family's language is to be confirmed.
std::string expected_language(const std::string& shape, const std::string& language);

}  // namespace fn::testing
