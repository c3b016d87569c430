#pragma once
// Everything stored about one family, as it is stored: table by table, each
// row's columns as text. What a family gets when it asks for its data
// (ops/retention_ops.h), written as JSON (io/family_record_json.h) and as a
// readable PDF (reports/family_record.h).
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace fn {

struct RecordRow {
    std::vector<std::pair<std::string, std::string>> columns;  // name, value ("" for none)
};

struct RecordTable {
    std::string table;  // "households", "guardians", "rsvps", ...
    std::vector<RecordRow> rows;
};

struct FamilyRecord {
    std::string family_name;
    std::string code;
    std::string exported_at;  // local timestamp
    std::string language;     // the family's
    std::vector<RecordTable> tables;
    // For people reading it: event id -> "2026-12-03 Literacy Night" (the
    // title in the family's language where the event has one).
    std::map<std::string, std::string> events;
    std::map<std::string, std::string> workshops;  // workshop id -> its title
};

}  // namespace fn
