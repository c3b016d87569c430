#pragma once
// Plain data that printed documents are laid out from. Operations load them;
// reports never query the database.
#include <string>
#include <vector>

#include "core/rules/childcare.h"
#include "core/rules/dinner.h"

namespace fn {

struct SignInRow {
    std::string family_name;
    std::string guardians;  // names only: sign-in sheets never show phones or addresses
    int adults = 0;
    int children = 0;
};

struct SignInSheet {
    std::string school_name;
    std::string event_title;
    std::string date;
    std::string start_time;
    std::string end_time;
    std::string place;
    std::vector<SignInRow> rows;  // households that said yes, in alphabetical order
    int blank_rows = 15;          // for walk-ins
};

// For the caterer and the childcare lead.
struct HeadcountSheet {
    std::string school_name;
    std::string event_title;
    std::string date;
    std::string start_time;
    std::string end_time;
    bool dinner = false;
    bool childcare = false;
    DinnerCount meals;
    ChildcareCount children;
    int rsvp_households = 0;
    std::string prepared_at;  // when the numbers were taken
};

}  // namespace fn
