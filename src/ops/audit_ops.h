#pragma once
// The audit log (core/audit.h) as the operations write it, and a family's
// history as the app's History window and `familynight-cli family history`
// show it: its changes and its door log, oldest first.
#include <string>
#include <vector>

#include "core/audit.h"
#include "core/text_message.h"

namespace soci {
class session;
}

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

// Who makes the changes on this connection, and where: the database role on
// a shared database (the computer's user on a SQLite file), and this
// computer's name. Asked once per connection.
struct Author {
    std::string actor;
    std::string station;
};
const Author& author(Database& db);

// One line per change, stamped now, to be written (record_changes, or a
// server's walk-in function).
std::vector<AuditEntry> audit_lines(const Author& who, AuditOperation operation, Id household_id,
                                    const std::vector<FieldChange>& changes);
// Writes one line per change, stamped now, inside the caller's transaction.
void record_changes(soci::session& sql, const Author& who, AuditOperation operation, Id household_id,
                    const std::vector<FieldChange>& changes);
// The same for many households at once (a roster import).
void record_changes(soci::session& sql, const Author& who, AuditOperation operation,
                    const std::vector<std::pair<Id, std::vector<FieldChange>>>& changes);

struct HistoryLine {
    std::string at;
    Text operation;   // "edit family", "roster import", "check-in at the door", ...
    Text what;        // "guardian Rosa Núñez, phone: 555-0100 → 555-0199"
    std::string who;  // actor, or '' for the door
    std::string station;
};
// Everything recorded about the household, oldest first. Refused on the
// door role of a shared database (the history holds phones and addresses).
std::vector<HistoryLine> family_history(Database& db, Id household_id);

// What one audit line says.
Text describe(const FieldChange& c);
Text describe(AuditOperation operation);

}  // namespace fn::ops
