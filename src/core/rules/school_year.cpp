#include "core/rules/school_year.h"

#include <map>
#include <set>

#include "core/rules/grades.h"

namespace fn {
namespace {

bool at_school(const Student& s) { return s.left_on.empty(); }

}  // namespace

std::string highest_grade(const std::vector<Household>& households) {
    std::string top;
    for (const auto& h : households)
        for (const auto& s : h.students)
            if (at_school(s) && grade_rank(s.grade) && (top.empty() || *grade_rank(s.grade) > *grade_rank(top)))
                top = s.grade;
    return top;
}

YearMoves move_up_a_year(std::vector<Household>& households, int top_rank, const std::string& today) {
    YearMoves out;
    out.homerooms_cleared = clear_homerooms(households);
    std::map<std::pair<int, std::string>, GradeMove> moves;  // grade order, then as written
    std::set<std::string> unknown;
    for (auto& h : households)
        for (auto& st : h.students) {
            if (!at_school(st)) continue;
            auto rank = grade_rank(st.grade);
            if (!rank) {
                ++out.unknown_students;
                unknown.insert(st.grade.empty() ? "(none)" : st.grade);
                continue;
            }
            auto& move = moves[{*rank, st.grade}];
            move.from = st.grade;
            ++move.students;
            if (*rank >= top_rank) {
                st.left_on = today;
                ++out.left;
            } else {
                st.grade = *next_grade(st.grade);
                move.to = st.grade;
                ++out.moved_up;
            }
        }
    for (auto& [key, move] : moves) out.moves.push_back(move);
    out.unknown_grades.assign(unknown.begin(), unknown.end());
    return out;
}

int clear_homerooms(std::vector<Household>& households) {
    int cleared = 0;
    for (auto& h : households)
        for (auto& st : h.students)
            if (at_school(st) && !st.homeroom.empty()) {
                st.homeroom.clear();
                ++cleared;
            }
    return cleared;
}

}  // namespace fn
