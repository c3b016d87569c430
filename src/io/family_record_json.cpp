#include "io/family_record_json.h"

#include <nlohmann/json.hpp>

#include "io/atomic_file.h"

namespace fn::io {

std::string family_record_json(const FamilyRecord& record) {
    nlohmann::ordered_json tables = nlohmann::ordered_json::object();
    for (const auto& t : record.tables) {
        auto rows = nlohmann::ordered_json::array();
        for (const auto& r : t.rows) {
            nlohmann::ordered_json row = nlohmann::ordered_json::object();
            for (const auto& [column, value] : r.columns) row[column] = value;
            rows.push_back(std::move(row));
        }
        tables[t.table] = std::move(rows);
    }
    nlohmann::ordered_json j{{"family", record.family_name},
                             {"code", record.code},
                             {"exported_at", record.exported_at},
                             {"note", "Everything FamilyNight stores about this family, table by table."},
                             {"tables", std::move(tables)}};
    return j.dump(2) + "\n";
}

void write_family_record_json(const FamilyRecord& record, const std::string& path) {
    write_file_atomically(path, family_record_json(record));
}

}  // namespace fn::io
