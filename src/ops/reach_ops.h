#pragma once
// The barriers and reach report of a school year: the
// rows of the year and the year before loaded, then counted by
// core/rules/reach. The coordinator's: refused on a door or teacher login.
#include <string>

#include "core/ids.h"
#include "core/sheets.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

// `school_year` "2026-27"; "" for the year of today.
ReachReport load_reach_report(store::Database& db, const std::string& school_year = "");
// The school year of the event's date.
ReachReport load_reach_report_for_event(store::Database& db, Id event_id);

}  // namespace fn::ops
