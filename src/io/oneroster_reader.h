#pragma once
// Reads a OneRoster 1.1 CSV export, what Clever, ClassLink and most student
// information systems deliver: a folder or a zip holding users.csv (students,
// their parents and guardians, staff), enrollments.csv and classes.csv
// (homerooms), and demographics.csv. Students become roster rows like a
// plain roster's; staff are never imported.
#include <string>

#include "io/roster_reader.h"

namespace fn::io {

// A folder holding users.csv, or a .zip file.
bool is_oneroster(const std::string& path);

// Who has left is said by status ("tobedeleted", enabledUser false). Throws
// RosterError for rows that break the model's rules, fn::Error for a missing
// users.csv or an unreadable zip.
RosterFile read_oneroster(const std::string& path);

}  // namespace fn::io
