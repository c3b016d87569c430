#pragma once
// What a new school year does to the students at the school: each moves up
// a grade, the top grade leaves, homerooms are cleared until the next
// roster. Pure rules on households; ops/rollover_ops.h stores the result.
#include <string>
#include <vector>

#include "core/household.h"

namespace fn {

struct GradeMove {
    std::string from;
    std::string to;  // empty: left the school (the top grade)
    int students = 0;
};

struct YearMoves {
    std::vector<GradeMove> moves;  // in grade order
    int moved_up = 0;
    int left = 0;  // finished the top grade
    int homerooms_cleared = 0;
    std::vector<std::string> unknown_grades;  // not moved: "Ungraded" and the like, once each
    int unknown_students = 0;
};

// The highest grade a student at the school is in, as written; "" when no
// grade is one core/rules/grades knows.
std::string highest_grade(const std::vector<Household>& households);

// Every student at the school (not left) moves up a grade, those in
// `top_rank` or above leave on `today`, and homerooms are cleared.
YearMoves move_up_a_year(std::vector<Household>& households, int top_rank, const std::string& today);

// Clears the homerooms of the students at the school; returns how many.
int clear_homerooms(std::vector<Household>& households);

}  // namespace fn
