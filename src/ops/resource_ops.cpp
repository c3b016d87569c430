#include "ops/resource_ops.h"

#include <algorithm>
#include <set>

#include "core/document_texts.h"
#include "core/errors.h"
#include "core/labels.h"
#include "core/text.h"
#include "core/text_list.h"
#include "io/csv_reader.h"
#include "io/csv_writer.h"
#include "io/table_writer.h"
#include "io/xlsx_reader.h"
#include "ops/login_checks.h"
#include "store/database.h"
#include "store/household_store.h"
#include "store/resource_store.h"
#include "store/settings_store.h"

namespace fn::ops {
namespace {

void resources_coordinator_only(Database& db) {
    require_coordinator(
        db, tr("the resources directory is kept by the coordinator: sign in as the coordinator to change it"));
}

CommunityResource tidied(CommunityResource r) {
    r.name = trim(r.name);
    r.hours = trim(r.hours);
    r.phone = trim(r.phone);
    for (auto& code : r.languages) code = trim(code);
    validate(r);
    return r;
}

}  // namespace

Id add_resource(Database& db, CommunityResource r) {
    resources_coordinator_only(db);
    r = tidied(std::move(r));
    Id id = 0;
    db.transaction([&](soci::session& sql) { id = store::insert_resource(sql, r); });
    return id;
}

void update_resource(Database& db, const CommunityResource& r) {
    resources_coordinator_only(db);
    auto clean = tidied(r);
    db.transaction([&](soci::session& sql) {
        if (!store::update_resource(sql, clean))
            throw NotFoundError(tr("no community resource {0}", {static_cast<long long>(r.id)}));
    });
}

void remove_resource(Database& db, Id resource_id) {
    resources_coordinator_only(db);
    db.transaction([&](soci::session& sql) {
        if (!store::delete_resource(sql, resource_id))
            throw NotFoundError(tr("no community resource {0}", {static_cast<long long>(resource_id)}));
    });
}

std::vector<CommunityResource> list_resources(Database& db) { return store::list_resources(db.sql()); }

namespace {

const std::vector<std::string> kResourceColumns{"category", "name",      "address", "hours",
                                                "phone",    "languages", "cost",    "notes"};

// A header cell as typed ("Name ", "LANGUAGES") to its column, or "".
std::string column_of(const std::string& typed) {
    std::string folded = trim(typed);
    std::transform(folded.begin(), folded.end(), folded.begin(), [](unsigned char c) { return std::tolower(c); });
    return std::find(kResourceColumns.begin(), kResourceColumns.end(), folded) != kResourceColumns.end() ? folded : "";
}

}  // namespace

int export_resources(Database& db, const std::string& path) {
    io::Table t{"Resources", {}, {}};
    for (const auto& c : kResourceColumns) t.columns.push_back({c});
    for (const auto& r : store::list_resources(db.sql()))
        t.rows.push_back({to_string(r.category), r.name, r.address, r.hours, r.phone, join_words(r.languages),
                          to_string(r.cost), r.notes});
    io::write_tables(path, {t});
    return static_cast<int>(t.rows.size());
}

ResourcesImported import_resources(Database& db, const std::string& path) {
    resources_coordinator_only(db);
    // A workbook's first sheet, or a CSV file: the same columns either way.
    const auto records = io::is_xlsx_path(path) ? io::read_xlsx_first_sheet(path) : io::read_csv_file(path);
    if (records.empty()) throw ValidationError(tr("file"), tr("{0} is empty", {path}));
    std::vector<std::string> columns;
    for (const auto& cell : records.front().fields) columns.push_back(column_of(cell));
    if (std::find(columns.begin(), columns.end(), "name") == columns.end())
        throw ValidationError(tr("file"), tr("{0} has no \"name\" column in its first line", {path}));
    std::vector<std::pair<int, CommunityResource>> read;
    for (std::size_t i = 1; i < records.size(); ++i) {
        const auto& rec = records[i];
        CommunityResource r;
        bool blank = true;
        try {
            for (std::size_t c = 0; c < columns.size() && c < rec.fields.size(); ++c) {
                const std::string value = io::without_formula_guard(trim(rec.fields[c]));
                blank &= value.empty();
                if (columns[c] == "category" && !value.empty()) r.category = parse_resource_category(value);
                if (columns[c] == "name") r.name = value;
                if (columns[c] == "address") r.address = value;
                if (columns[c] == "hours") r.hours = value;
                if (columns[c] == "phone") r.phone = value;
                if (columns[c] == "languages") r.languages = split_words(value);
                if (columns[c] == "cost" && !value.empty()) r.cost = parse_resource_cost(value);
                if (columns[c] == "notes") r.notes = value;
            }
            if (blank) continue;
            r = tidied(std::move(r));
        } catch (const ValidationError& e) {
            throw ValidationError(tr("line {0}", {static_cast<long long>(rec.line)}), e.text());
        }
        read.emplace_back(rec.line, std::move(r));
    }
    ResourcesImported done;
    db.transaction([&](soci::session& sql) {
        auto listed = store::list_resources(sql);
        for (const auto& [line, r] : read) {
            const bool known = std::any_of(listed.begin(), listed.end(), [&](const CommunityResource& x) {
                return x.category == r.category && fold_for_search(x.name) == fold_for_search(r.name);
            });
            if (known) {
                done.already_listed.push_back(r.name);
                continue;
            }
            store::insert_resource(sql, r);
            listed.push_back(r);
            ++done.added;
        }
    });
    return done;
}

ResourcesHandout load_resources_handout(Database& db, const std::string& language) {
    auto& sql = db.sql();
    auto settings = store::load_settings(sql);
    ResourcesHandout h;
    h.school_name = settings.name;
    std::string address = settings.address;
    for (auto& c : address)
        if (c == '\n') c = ',';
    h.school_contact = address + (address.empty() || settings.phone.empty() ? "" : "  \xC2\xB7  ") + settings.phone;
    h.language = language;
    h.texts = document_texts_for(language, school_wording(settings.label_overrides, language));
    h.resources = store::list_resources(sql);
    if (h.resources.empty())
        throw ConflictError(tr("the resources directory is empty: add the community's resources first"));
    return h;
}

std::vector<ResourcesHandout> load_resources_handouts(Database& db) {
    auto& sql = db.sql();
    auto printable = printable_languages(store::load_settings(sql).label_overrides);
    std::set<std::string> languages;
    for (const auto& h : store::load_households(sql, store::all_household_ids(sql)))
        if (h.active() && h.erased_on.empty()) languages.insert(paper_language(h.language, printable));
    languages.erase("en");
    std::vector<ResourcesHandout> out{load_resources_handout(db, "en")};
    for (const auto& language : languages) out.push_back(load_resources_handout(db, language));
    return out;
}

}  // namespace fn::ops
