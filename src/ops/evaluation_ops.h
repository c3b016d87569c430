#pragma once
// Evaluations after a night: the anonymous form in
// each family language and grade band, the barrier slip for the families
// who did not come, and the tally typed from the pile of papers, one paper
// per Enter, in the app and with `familynight-cli eval add`. Kept by the
// coordinator: refused on a door or teacher login.
#include <string>
#include <vector>

#include "core/evaluation.h"
#include "core/sheets.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

// One paper as typed (core/evaluation.h says how each list is typed).
struct TypedEvaluation {
    EvaluationKind kind = EvaluationKind::Form;
    std::string language = "en";
    std::string grade_band;  // "" or one of grade_bands()
    std::string answers;     // "3 3 2 - 1"
    std::string favourites;  // "2 1": per round
    std::string barriers;    // "1 3"
    std::string best_days;   // "2 4"
    std::string best_times;  // "3"
    std::string topic;
    std::string comment;
};

// Reads and checks the typed paper against the event (its rounds and
// their workshops), and stores it. Throws ValidationError naming the field;
// nothing is stored then.
Id add_evaluation(Database& db, Id event_id, const TypedEvaluation& typed);
// In the order typed.
std::vector<Evaluation> evaluations_of(Database& db, Id event_id);
// Removes one typed paper (a paper typed twice, or with a mistake: delete
// and type it again).
void delete_evaluation(Database& db, Id evaluation_id);
// One row per paper: the answers, the favourite workshops by title, the
// barriers, days and times by name, the wish and the comment as written.
// Returns the number of rows.
// CSV, or XLSX when `path` ends in .xlsx (io/table_writer.h).
int export_evaluations(Database& db, Id event_id, const std::string& path);

// The choices a typist picks a pile by: English and the languages the
// forms went out in, and the grade bands of the school's students.
struct EvaluationChoices {
    std::vector<std::string> languages;
    std::vector<std::string> grade_bands;
    std::vector<int> workshops_per_round;  // what a favourite may be, round by round
};
EvaluationChoices evaluation_choices(Database& db, Id event_id);

// A master form per language and grade band (evaluation_choices), to copy.
EvaluationForms load_evaluation_forms(Database& db, Id event_id);
// One form in `language` for every grade ("" band), as the Title I binder files it.
EvaluationSheet load_evaluation_sheet(Database& db, Id event_id, const std::string& language,
                                      const std::string& grade_band);
// A slip for every family with a student at the school that did not check
// in at the event, in its language (English when there is no wording in
// it), bundled by the homeroom of its youngest student. Refused before
// anyone has checked in (the slips go out after the night).
BarrierSlips load_barrier_slips(Database& db, Id event_id);

}  // namespace fn::ops
