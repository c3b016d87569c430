#include "store/audit_store.h"

#include <string>

#include <soci/soci.h>

#include <nlohmann/json.hpp>

#include "store/batch_insert.h"
#include "store/row_reader.h"

namespace fn::store {

std::string history_lines_json(const std::vector<AuditEntry>& entries) {
    nlohmann::json lines = nlohmann::json::array();
    for (const auto& e : entries)
        lines.push_back({{"household_id", e.household_id},
                         {"operation", to_string(e.operation)},
                         {"station", e.station},
                         {"subject", to_string(e.change.subject)},
                         {"label", e.change.label},
                         {"field", e.change.field},
                         {"before_value", e.change.before},
                         {"after_value", e.change.after}});
    return lines.dump();
}

void insert_audit_entries(soci::session& sql, const std::vector<AuditEntry>& entries) {
    if (entries.empty()) return;
    if (sql.get_backend_name() == "postgresql") {
        const std::string lines = history_lines_json(entries);
        sql << "SELECT familynight_write_history(CAST(:p AS json))", soci::use(lines);
        return;
    }
    BatchInsert rows(sql, "audit_log",
                     {"household_id", "at", "operation", "actor", "station", "subject", "label", "field",
                      "before_value", "after_value"});
    for (const auto& e : entries) {
        const auto household = std::to_string(e.household_id), operation = to_string(e.operation),
                   subject = to_string(e.change.subject);
        rows.add({household, e.at, operation, e.actor, e.station, subject, e.change.label, e.change.field,
                  e.change.before, e.change.after});
    }
    rows.flush();
}

std::vector<AuditEntry> audit_entries_of(soci::session& sql, Id household_id) {
    RowReader rows(sql,
                   "SELECT id, at, operation, actor, station, subject, label, field, before_value, after_value"
                   " FROM audit_log WHERE household_id = :h ORDER BY id");
    rows.bind(static_cast<long long>(household_id));
    std::vector<AuditEntry> list;
    while (rows.next()) {
        AuditEntry e;
        e.id = rows.integer(0);
        e.household_id = household_id;
        e.at = rows.text(1);
        e.operation = parse_audit_operation(rows.text(2));
        e.actor = rows.text(3);
        e.station = rows.text(4);
        e.change = {parse_audit_subject(rows.text(5)), rows.text(6), rows.text(7), rows.text(8), rows.text(9)};
        list.push_back(std::move(e));
    }
    return list;
}

}  // namespace fn::store
