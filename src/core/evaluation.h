#pragma once
// Family evaluations. Families fill in an anonymous
// paper form after a night, and families who did not come may send back a
// barrier slip; a coordinator types each paper from the pile. A row holds
// what one paper says and what it was printed with (the event, the
// language, the grade band): never a name.
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "core/ids.h"
#include "core/text_message.h"

namespace fn {

enum class EvaluationKind { Form, Slip };  // Slip: from a family who did not come
std::string to_string(EvaluationKind);
EvaluationKind parse_evaluation_kind(const std::string&);

// The questions of the form in printed order, each answered on three faces:
// 1 no (frowning), 2 a little, 3 yes (smiling); 0 not answered. The key
// names the question's words in core/document_texts ("evaluation_<key>")
// and its column in the CSV export.
inline constexpr int kQuestions = 5;
const std::array<const char*, kQuestions>& question_keys();
inline constexpr int kFaces = 3;

// What kept a family away, in printed order and numbered from 1 as printed
// ("barrier_<key>" in core/document_texts).
inline constexpr int kBarriers = 7;
const std::array<const char*, kBarriers>& barrier_keys();
// Days numbered as printed: 1 Monday .. 6 Saturday (a family night is never
// on a Sunday in the schools this serves; 7 is accepted all the same).
inline constexpr int kDays = 7;
inline constexpr int kPrintedDays = 6;
// Times of day as printed: 1 morning, 2 after school, 3 evening.
inline constexpr int kTimes = 3;
const std::array<const char*, kTimes>& time_keys();

struct Evaluation {
    Id id = 0;
    Id event_id = 0;
    EvaluationKind kind = EvaluationKind::Form;
    std::string language;                   // the form's printed language
    std::string grade_band;                 // as printed ("3-5"), "" when the form had none
    std::array<int, kQuestions> answers{};  // 0 not answered, else 1..3
    // The favourite workshop per round: (round number, the workshop's number
    // within its round as printed on the form and the flyer).
    std::vector<std::pair<int, int>> favourites;
    std::vector<int> barriers;    // 1..kBarriers, ascending, each once
    std::vector<int> best_days;   // 1..kDays
    std::vector<int> best_times;  // 1..kTimes
    std::string topic;            // a workshop they wish for
    std::string comment;          // as written on the paper
    std::string entered_at;       // when it was typed in
    std::string entered_by;       // who typed it
};

// Tally entry reads what the typist sees on the paper, in the order printed:
//   answers    "3 3 2 - 1" or "332-1": one per question, 1-3, "-" or "0"
//              for no answer; fewer than five leave the rest unanswered.
//   numbers    "1 3 7", "1,3,7" or "137" (barriers, days, times).
//   favourites "2 1": one per round, "-" for none; with a space or comma
//              between them when a round has ten workshops or more.
// Each throws ValidationError naming `field` and what was wrong, never
// guessing.
std::array<int, kQuestions> parse_answers(const Text& field, const std::string& typed);
std::vector<int> parse_ticked(const Text& field, const std::string& typed, int highest);
// Per round in order, the workshop number or 0 for none.
std::vector<int> parse_favourites(const Text& field, const std::string& typed);

// The same lists written back the way they are typed ("3 3 2 - 1", "1 3 7").
std::string answers_text(const std::array<int, kQuestions>& answers);
std::string ticked_text(const std::vector<int>& numbers);
// The favourites as typed: each round's number up to the last round picked,
// "-" for a round left blank ("2 - 1"); "" when none was picked.
std::string favourites_text(const std::vector<std::pair<int, int>>& favourites);

// Throws ValidationError naming the field: answers 0..3, numbers in range,
// a language code, short texts.
void validate(const Evaluation& e);

}  // namespace fn
