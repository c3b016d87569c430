#pragma once
// A new school year: every student at the school moves up a
// grade (the top grade leaves the school), homerooms are cleared until the
// next roster, or the next year's roster gives grades and homerooms; in one
// transaction, after a backup of the file, with a summary of what changed.
#include <optional>
#include <string>
#include <vector>

#include "core/rules/school_year.h"
#include "ops/roster_ops.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

struct RolloverOptions {
    // The school's last grade, whose students leave. Empty: the highest grade
    // among the students at the school now (shown in the summary).
    std::string top_grade;
    // The next year's roster: grades and homerooms from it instead of moving
    // everyone up by one (students it does not list follow `roster_options`).
    std::optional<io::RosterFile> roster;
    RosterImportOptions roster_options;
    // A year already started less than 300 days ago is refused (two clicks
    // would move everyone up twice) unless this is set.
    bool again = false;
};

struct RolloverSummary {
    bool dry_run = false;
    std::string started_on;  // today, YYYY-MM-DD
    std::string previous_start;
    std::string top_grade;
    std::vector<GradeMove> moves;  // in grade order
    int students_moved_up = 0;
    int students_left = 0;  // finished the top grade
    int homerooms_cleared = 0;
    int households_now_inactive = 0;
    std::vector<std::string> unknown_grades;  // not moved: "Ungraded" and the like, once each
    int students_with_unknown_grade = 0;
    std::optional<RosterImportSummary> roster;  // when the year started from a roster
    // The backup written first (a SQLite file); empty on a shared database,
    // which its server backs up, and in a dry run.
    std::string backup;
};

// With dry_run, everything runs and is rolled back: the summary says exactly
// what would change. Refused on a login that is not a coordinator's.
RolloverSummary start_school_year(Database& db, const RolloverOptions& options, bool dry_run);

}  // namespace fn::ops
