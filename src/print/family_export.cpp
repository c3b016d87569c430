#include "print/family_export.h"

#include <filesystem>

#include "core/record_texts.h"
#include "io/family_record_json.h"
#include "ops/retention_ops.h"
#include "ops/settings_ops.h"
#include "reports/family_record.h"

namespace fn::printing {

FamilyExport export_family(store::Database& db, Id household_id, const std::string& json_path,
                           const std::string& pdf_path, const std::string& paper, const std::string& reason) {
    const auto record = ops::family_record(db, household_id);
    FamilyExport out;
    out.family_language = record.language;
    out.record_language = record_language(record.language);
    for (const auto& t : record.tables) {
        if (!t.rows.empty()) ++out.tables;
        out.rows += static_cast<int>(t.rows.size());
    }
    if (!json_path.empty()) {
        io::write_family_record_json(record, json_path);
        out.files.push_back(json_path);
    }
    if (!pdf_path.empty()) {
        auto size = reports::parse_paper_size(paper.empty() ? ops::load_settings(db).paper : paper);
        for (const auto& text : reports::write_family_record(record, size, pdf_path)) out.unprinted.push_back(text);
        // Personal data: readable by whoever made the export, as the JSON file is.
        std::filesystem::permissions(pdf_path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::replace);
        out.files.push_back(pdf_path);
    }
    // Written once the files are: a failed export was not one.
    if (!out.files.empty()) ops::record_family_export(db, household_id, reason);
    return out;
}

}  // namespace fn::printing
