#pragma once
// Rows of the audit log (core/audit.h). Callers own the transaction.
#include <string>
#include <vector>

#include "core/audit.h"

namespace soci {
class session;
}

namespace fn::store {

// Writes the entries in multi-row statements (a roster import adds one per
// new family and member); on a shared server, through the server's own
// function in one call, the login and the time set by the server.
void insert_audit_entries(soci::session& sql, const std::vector<AuditEntry>& entries);
// The entries as the server's function takes them (a JSON array; who and
// when are left out: the server writes its own).
std::string history_lines_json(const std::vector<AuditEntry>& entries);
// One household's entries, oldest first.
std::vector<AuditEntry> audit_entries_of(soci::session& sql, Id household_id);

}  // namespace fn::store
