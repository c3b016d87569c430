#pragma once
// Relationship-building home visits: offered to every
// family of a class, never to a chosen few; voluntary (the family's consent
// and its date); made by two staff, one of whom may interpret; nothing
// written at the visit, a private reflection entered afterwards (never
// printed, not for the door, cleared after the school's retention period).
#include <string>
#include <vector>

#include "core/ids.h"

namespace fn {

// A visit's record as it was before it was recorded again: kept, never
// overwritten, with who replaced it and when (the server's word on a shared
// database).
struct EarlierVisitRecord {
    std::string changed_at;
    std::string changed_by;
    bool made = false;
    int minutes = 0;
    std::string reflection;
    std::string recorded_at;
    std::string recorded_by;
};

struct HomeVisit {
    Id id = 0;
    Id household_id = 0;
    std::string homeroom;    // the class it was offered through
    std::string offered_on;  // YYYY-MM-DD
    std::string offered_by;
    std::string answer;      // "" not yet, "yes", "no"
    std::string consent_on;  // the day the family said yes
    std::string visit_on;    // planned, then made
    std::string staff;       // the two who visit
    std::string second_staff;
    std::string interpreter;  // which of the two interprets, or ""
    int minutes = 0;          // the visit's length, once made
    bool made = false;
    std::string reflection;  // private, afterwards
    std::string recorded_at;
    std::string recorded_by;                  // the login that recorded the visit; only it or a coordinator changes it
    std::vector<EarlierVisitRecord> earlier;  // oldest first (read with a household's visits)
};

// Whether two typed names are the same staff member, as the directory's
// search compares names ("ms. rivera " is "Ms. Rivera").
bool same_staff(const std::string& a, const std::string& b);

// Throws ValidationError naming the field: real dates, two different staff
// once planned, an interpreter who is one of them, at most 8 hours.
void validate(const HomeVisit& v);

}  // namespace fn
