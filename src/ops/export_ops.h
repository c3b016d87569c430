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

// Each writes CSV, or an XLSX workbook when `path` ends in .xlsx (typed
// cells, the header frozen: io/table_writer.h), and returns the number of
// data rows written. Phone numbers and e-mail addresses only as far as the
// login may read them.
int export_rsvps(Database& db, Id event_id, const std::string& path);
int export_attendance(Database& db, Id event_id, const std::string& path);
int export_volunteers(Database& db, Id event_id, const std::string& path);
// The family directory: one row per guardian of every family at the
// school (students, language, preferred way to be reached); a family
// without a guardian on file gets one row too.
int export_directory(Database& db, const std::string& path);
// All announced events, or only `event_id` when it is not 0.
// `feed`: every announced event from today on (cancelled ones too, so a
// subscribed calendar hears of it), as a calendar subscribes to it.
int export_events_ics(Database& db, Id event_id, const std::string& path, const std::string& language = "en",
                      bool feed = false);

}  // namespace fn::ops
