#pragma once
// Imports a student roster: one row per student, guardians repeated on
// siblings' rows. Students are grouped into households; a re-import updates
// households found by student number instead of duplicating them.
#include <string>
#include <vector>

#include "io/roster_columns.h"
#include "io/roster_reader.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

struct RosterImportSummary {
    bool dry_run = false;
    int rows = 0;
    int households_created = 0;
    int households_updated = 0;
    int households_unchanged = 0;
    int students_added = 0;
    int students_updated = 0;
    int guardians_added = 0;
    int guardians_updated = 0;
    std::vector<std::string> unused_columns;
};

// All or nothing: any bad row throws io::RosterError (file, line, column,
// reason) before anything is written. With dry_run the whole import runs
// and is rolled back, so the summary says exactly what would change.
RosterImportSummary import_roster(Database& db, const std::string& path, const io::ColumnMapping& mapping,
                                  bool dry_run);
RosterImportSummary import_roster_rows(Database& db, const io::RosterFile& roster, bool dry_run);

}  // namespace fn::ops
