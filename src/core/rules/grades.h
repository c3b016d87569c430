#pragma once
// School grades in order, and what a new school year makes of them.
#include <optional>
#include <string>
#include <vector>

#include "core/household.h"

namespace fn {

// Where a grade comes in school order: PK (and TK) -1, K 0, "1".."12" their
// number (also written "01", "Grade 3", "3rd"; PowerSchool's 0 is K, -1 and
// -2 are PK); nullopt for anything else
// ("Adult", "Ungraded", ""). Case is ignored.
std::optional<int> grade_rank(const std::string& grade);
// For sorting: unknown grades after every known one.
int grade_sort_key(const std::string& grade);

// The grade a student moves up to in a new school year, written as this
// program writes grades ("PK" -> "K", "K" -> "1", "4" -> "5"); nullopt
// when the grade is not one it knows.
std::optional<std::string> next_grade(const std::string& grade);

// The band a grade is counted in on evaluation forms and in the barriers
// report: "PK-2", "3-5", "6-8", "9-12"; "" for a grade it does not know.
std::string grade_band(const std::string& grade);
// Every band in school order.
const std::vector<std::string>& grade_bands();

// The student a paper for the family goes home with: the youngest still at
// the school (the first of them in the household when grades tie); null
// when all have left.
const Student* paper_carrier(const Household& h);

}  // namespace fn
