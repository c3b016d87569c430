#pragma once
// Imports a student roster: one row per student, guardians repeated on
// siblings' rows. Students are grouped into households; a re-import updates
// households found by student number instead of duplicating them.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/errors.h"
#include "io/roster_columns.h"
#include "io/roster_reader.h"

namespace soci {
class session;
}

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

// A student at the school whom a full roster no longer lists.
struct Departure {
    Id household_id = 0;
    std::string student_number;
    std::string name;  // "Ana Núñez"
    std::string grade;
    std::string homeroom;
};

struct RosterImportOptions {
    // The file lists only some students (one class, the new arrivals): no one
    // is missing from it.
    bool partial = false;
    // Mark the students a full roster no longer lists as left, today: asked
    // for once the coordinator has seen the list (the dry run, or the import
    // that listed them). A household whose students have all left is then
    // no longer active (core/household.h).
    bool mark_left = false;
    // Marking more than a quarter of the students at the school as left is
    // refused (ManyLeaversError) unless confirmed again.
    bool confirm_many_left = false;
    // Importing a roster whose columns were matched by a weak guess ("Name",
    // "ID") is refused (GuessedColumnsError) until a person has seen which
    // (the dry run lists them) and confirms.
    bool confirm_guessed_columns = false;
};

// The roster would mark more than a quarter of the school as left.
class ManyLeaversError : public ConflictError {
public:
    using ConflictError::ConflictError;
};

// Some columns were matched by a weak guess, not yet confirmed.
class GuessedColumnsError : public ConflictError {
public:
    using ConflictError::ConflictError;
};

// A roster line whose language FamilyNight could not read: imported, the
// value kept as written for a person to confirm, papers in `language` until then.
struct LanguageToConfirm {
    int line = 0;
    std::string student;
    std::string as_written;  // "Other"
    std::string language;    // what the family's papers use meanwhile ("en")
};

struct RosterImportSummary {
    bool dry_run = false;
    bool partial = false;
    // Students at the school the roster does not list (a full roster only),
    // by household; marked as left when departures_marked.
    std::vector<Departure> departed;
    bool departures_marked = false;
    int households_now_inactive = 0;  // every student of theirs has now left
    int students_returned = 0;        // marked as left before, listed again: back at the school
    int students_at_school = 0;       // before this roster (a full roster only)
    int rows = 0;
    int households_created = 0;
    int households_updated = 0;
    int households_unchanged = 0;
    int students_added = 0;
    int students_updated = 0;
    int guardians_added = 0;
    int guardians_updated = 0;
    std::vector<std::string> unused_columns;
    std::vector<std::string> guessed_columns;  // "Name → student_name": matched by a weak guess
    // Every time two rows were put in one household, and why ("line 3 with
    // line 2: the same phone 555-0200 and guardian Trần Thị Lan").
    std::vector<std::string> groupings;
    std::string preset;                         // the SIS whose export the file is ("PowerSchool"), if recognised
    std::vector<io::NotEnrolled> not_enrolled;  // listed in the file as not enrolled: not imported
    std::vector<LanguageToConfirm> languages_to_confirm;
};

// All or nothing: any bad row throws io::RosterError (file, line, column,
// reason) before anything is written. With dry_run the whole import runs
// and is rolled back, so the summary says exactly what would change.
// Households written so far and in all, while the import runs (called on
// the importing thread).
using ImportProgress = std::function<void(int done, int total)>;
RosterImportSummary import_roster(Database& db, const std::string& path, const io::ColumnMapping& mapping, bool dry_run,
                                  const ImportProgress& progress = {}, const RosterImportOptions& options = {});
RosterImportSummary import_roster_rows(Database& db, const io::RosterFile& roster, bool dry_run,
                                       const ImportProgress& progress = {}, const RosterImportOptions& options = {});

// Refuses (GuessedColumnsError) a roster with columns matched by a weak
// guess that nobody has confirmed; every import that writes calls it first.
void require_confirmed_guesses(const io::RosterFile& roster, const RosterImportOptions& options);

struct Author;
// The import inside the caller's transaction (a new school year reads the
// next year's roster in its own), without progress.
RosterImportSummary import_roster_within(soci::session& sql, const io::RosterFile& roster,
                                         const RosterImportOptions& options, const Author& who);

// The first rows of a roster and the field each column would fill, before
// anything is imported. `problem` says why the columns cannot be used yet
// (e.g. no student number column), so the user can map them.
struct RosterPreview {
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> samples;
    std::vector<std::optional<io::RosterField>> fields;  // per column
    int rows = 0;                                        // data rows in the file
    Text problem;                      // why the columns cannot be used as they are; empty when they can
    std::string preset;                // the SIS whose export the file is ("PowerSchool"), if recognised
    std::vector<std::string> guessed;  // "ID → student_number": columns matched by a weak guess, to check
};
// `preset` reads it as that system's export (io/roster_columns.h plan_columns).
RosterPreview preview_roster(const std::string& path, const io::ColumnMapping& mapping = {}, int sample_rows = 5,
                             const std::string& preset = "");

}  // namespace fn::ops
