#include "ops/resource_ops.h"

#include <algorithm>
#include <set>

#include "core/document_texts.h"
#include "core/errors.h"
#include "core/labels.h"
#include "core/text.h"
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
