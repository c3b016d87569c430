#pragma once
// Home visits between the nights: offered to every
// family of a class at once, planned with the family's consent and two
// staff, made, and reflected on afterwards in private. Coverage reads
// "offered to all", never as a list of families to chase; the hours each
// staff member gave are exported for the records. Not at the door.
#include <string>
#include <vector>

#include "core/home_visit.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

// Offers a visit to every family of the class that has no offer on or
// after `since` ("": the school year's first day, July 1st), in one
// transaction; returns how many were offered. `on` empty: today.
int offer_home_visits(Database& db, const std::string& homeroom, const std::string& offered_by,
                      const std::string& since, const std::string& on = "");

struct VisitPlan {
    std::string consent_on;  // the day the family said yes ("" today)
    std::string visit_on;
    std::string staff, second_staff;
    std::string interpreter;  // one of the two, or ""
};
// On the family's latest offer: its yes and the planned visit.
void plan_home_visit(Database& db, Id household_id, const VisitPlan& plan);
// The family said no thank you: recorded, never asked again this year.
void decline_home_visit(Database& db, Id household_id);
// The planned visit was made: its length and, afterwards, a private reflection.
void record_home_visit(Database& db, Id household_id, int minutes, const std::string& reflection);
// Newest first.
std::vector<HomeVisit> home_visits_of(Database& db, Id household_id);

struct VisitCoverageLine {
    std::string homeroom;
    int families = 0;  // of the class, at the school
    int offered = 0;   // offered a visit since the day asked
    int made = 0;      // visits made
};
// By class in name order: every family offered, and visits made, since
// `since` ("": the school year's first day).
std::vector<VisitCoverageLine> home_visit_coverage(Database& db, const std::string& since);

// One row per staff member: visits made since `since` ("": the school
// year's first day) and their hours.
// Returns the number of rows.
// CSV, or XLSX when `path` ends in .xlsx.
int export_visit_hours(Database& db, const std::string& since, const std::string& path);

}  // namespace fn::ops
