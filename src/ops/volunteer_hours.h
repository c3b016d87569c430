#pragma once
// Volunteer hours for the school's records (Title I parent involvement,
// volunteer recognition): each person's shifts across the events from a
// day on, and their hours, as a workbook or CSV the office opens. Hours are
// those signed up for (FamilyNight does not clock volunteers in or out),
// and said so in the column's name; cancelled events count none.
#include <string>

#include "core/ids.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

// Two tables: hours by person, and every shift behind them. `since`
// (YYYY-MM-DD): the events on or after it; empty: from the day the current
// school year started, else every event. Returns the people listed.
int export_volunteer_hours(store::Database& db, const std::string& since, const std::string& path);

}  // namespace fn::ops
