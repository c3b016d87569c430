#pragma once
// Rows of home visits (core/home_visit.h). Callers own the transaction.
#include <string>
#include <vector>

#include "core/home_visit.h"

namespace soci {
class session;
}

namespace fn::store {

Id insert_home_visit(soci::session& sql, const HomeVisit& v);
void update_home_visit(soci::session& sql, const HomeVisit& v);
// A household's visits, newest offer first.
std::vector<HomeVisit> home_visits_of(soci::session& sql, Id household_id);
// Every visit offered on or after `since`, oldest first.
std::vector<HomeVisit> home_visits_since(soci::session& sql, const std::string& since);
// Reflections on visits made before `date`: counted, and cleared.
int count_reflections_before(soci::session& sql, const std::string& date);
int clear_reflections_before(soci::session& sql, const std::string& date);

}  // namespace fn::store
