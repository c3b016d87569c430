#pragma once
// Exports a coordinator asks for: they are the one way family data leaves
// the machine, always to a file the user names.
#include <string>

#include "core/ids.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

// Each returns the number of data rows written.
int export_rsvps_csv(Database& db, Id event_id, const std::string& path);
int export_attendance_csv(Database& db, Id event_id, const std::string& path);
int export_volunteers_csv(Database& db, Id event_id, const std::string& path);
// All announced events, or only `event_id` when it is not 0.
// `feed`: every announced event from today on (cancelled ones too, so a
// subscribed calendar hears of it), as a calendar subscribes to it.
int export_events_ics(Database& db, Id event_id, const std::string& path, const std::string& language = "en",
                      bool feed = false);

}  // namespace fn::ops
