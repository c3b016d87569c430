#include "ops/household_ops.h"

#include "core/languages.h"

#include <soci/soci.h>

#include <algorithm>

#include "core/errors.h"
#include "core/family_code.h"
#include "core/rules/door_match.h"
#include "core/text.h"
#include "ops/audit_ops.h"
#include "store/database.h"
#include "store/household_store.h"

namespace fn::ops {
namespace {

void sort_by_family_name(std::vector<Household>& list) {
    std::vector<std::pair<std::string, std::size_t>> keys;
    for (std::size_t i = 0; i < list.size(); ++i) keys.emplace_back(fold_for_search(list[i].family_name()), i);
    std::stable_sort(keys.begin(), keys.end());
    std::vector<Household> sorted;
    sorted.reserve(list.size());
    for (const auto& [key, i] : keys) sorted.push_back(std::move(list[i]));
    list = std::move(sorted);
}

}  // namespace

std::string new_family_code(soci::session& sql) {
    // Seeded once from the system; every code is checked against the database.
    static FamilyCodeGenerator generator;
    return generator.next([&](const std::string& c) { return store::family_code_taken(sql, c); });
}

std::string new_family_code(Database& db) { return new_family_code(db.sql()); }

std::string unchecked_family_code() {
    thread_local FamilyCodeGenerator generator;  // any thread: the door's work runs off the window's
    return generator.next([](const std::string&) { return false; });
}

void settle_family_code(soci::session& sql, Household& h, bool drawn) {
    if (!store::family_code_taken(sql, h.code)) return;
    // Another station took the code drawn before the transaction began: a
    // drawn code is drawn again here, where no one else can take it first.
    if (!drawn) throw ConflictError(tr("family code {0} is already used", {h.code}));
    h.code = new_family_code(sql);
}

Id add_household(Database& db, Household h) {
    const bool drawn = h.code.empty();
    h.code = drawn ? new_family_code(db) : normalize_family_code(h.code);
    validate(h);
    Id id = 0;
    const auto& who = author(db);
    db.transaction([&](soci::session& sql) {
        settle_family_code(sql, h, drawn);
        id = store::insert_household(sql, h);
        record_changes(sql, who, AuditOperation::AddFamily, id, household_added(h));
    });
    return id;
}

void update_household(Database& db, const Household& h) {
    validate(h);
    const auto& who = author(db);
    db.transaction([&](soci::session& sql) {
        auto before = store::load_household(sql, h.id);
        store::replace_household(sql, h);
        Household after = h;
        after.code = before.code;  // a family's code is not changed by an edit
        record_changes(sql, who, AuditOperation::EditFamily, h.id, household_changes(before, after));
    });
}

Household load_household(Database& db, Id id) { return store::load_household(db.sql(), id); }

void set_family_language(Database& db, Id household_id, const std::string& typed) {
    const std::string code = read_language(typed);
    Household h = load_household(db, household_id);
    for (auto& g : h.guardians)
        if (g.language == h.language) g.language = code;
    h.language = code;
    h.language_to_confirm.clear();
    update_household(db, h);
}

std::optional<Household> find_by_family_code(Database& db, const std::string& typed_code) {
    return store::find_household_by_code(db.sql(), normalize_family_code(typed_code));
}

std::vector<Household> search_households(Database& db, const std::string& text, int limit) {
    if (!is_valid_utf8(text)) throw ValidationError(tr("search"), tr("is not valid UTF-8 text"));
    auto words = search_tokens(text);
    if (words.empty() || limit <= 0) return {};
    auto ids = store::search_household_ids(db.sql(), words, limit);
    auto list = store::load_households(db.sql(), ids);
    sort_by_family_name(list);
    std::string code = normalize_family_code(trim(text));
    auto exact = std::find_if(list.begin(), list.end(), [&](const Household& h) { return h.code == code; });
    if (exact != list.end()) std::rotate(list.begin(), exact, exact + 1);
    return list;
}

std::vector<Household> likely_same_families(Database& db, const Household& typed, int limit) {
    return likely_same_families_within(db.sql(), typed, limit);
}

std::vector<Household> likely_same_families_within(soci::session& sql, const Household& typed, int limit) {
    std::vector<Id> ids;
    auto add = [&](const std::vector<Id>& found) {
        for (Id id : found)
            if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    };
    // Candidates by name through the search index; by phone through the guardians' numbers.
    for (const auto& g : typed.guardians) add(store::search_household_ids(sql, search_tokens(g.name), 50));
    for (const auto& s : typed.students)
        add(store::search_household_ids(sql, search_tokens(s.first_name + " " + s.last_name), 50));
    for (const auto& g : typed.guardians)
        if (digits_only(g.phone).size() >= 7) add(store::households_with_phone(sql, digits_only(g.phone)));
    std::vector<Household> out;
    for (auto& h : store::load_households(sql, ids))
        if (likely_same_family(h, typed) && static_cast<int>(out.size()) < limit) out.push_back(std::move(h));
    return out;
}

std::vector<Household> list_households(Database& db, int limit, int offset) {
    auto ids = store::all_household_ids(db.sql());
    auto list = store::load_households(db.sql(), ids);
    sort_by_family_name(list);
    if (offset > 0) list.erase(list.begin(), list.begin() + std::min<long>(offset, static_cast<long>(list.size())));
    if (limit > 0 && static_cast<int>(list.size()) > limit) list.resize(static_cast<std::size_t>(limit));
    return list;
}

}  // namespace fn::ops
