#pragma once
// A family's request for its data: everything stored about it
// (ops::family_record), written as JSON and as a readable PDF, for the CLI's
// `family export` and the app's families tab alike.
#include <string>
#include <vector>

#include "core/ids.h"

namespace fn::store {
class Database;
}

namespace fn::printing {

struct FamilyExport {
    std::vector<std::string> files;  // written, JSON first
    int tables = 0;                  // kinds of data with at least one row
    int rows = 0;
    std::vector<std::string> unprinted;  // names printed with "[?]"
    // The readable record's language: the family's own (`family_language`)
    // where FamilyNight has the record's words in it, else English.
    std::string record_language;
    std::string family_language;
    bool in_english_instead() const { return record_language != family_language; }
};

// Either path may be empty (not written); both are written whole or not at
// all, readable by their owner only. The export is written in the privacy
// ledger with `reason`.
FamilyExport export_family(store::Database& db, Id household_id, const std::string& json_path,
                           const std::string& pdf_path, const std::string& paper = "", const std::string& reason = "");

}  // namespace fn::printing
