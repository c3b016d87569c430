#pragma once
// Rows of the audit log (core/audit.h). Callers own the transaction.
#include <vector>

#include "core/audit.h"

namespace soci {
class session;
}

namespace fn::store {

// Writes the entries in multi-row statements (a roster import adds one per
// new family and member).
void insert_audit_entries(soci::session& sql, const std::vector<AuditEntry>& entries);
// One household's entries, oldest first.
std::vector<AuditEntry> audit_entries_of(soci::session& sql, Id household_id);

}  // namespace fn::store
