#include "store/resource_store.h"

#include <soci/soci.h>

#include <algorithm>

#include "core/text.h"
#include "store/row_reader.h"
#include "core/text_list.h"

namespace fn::store {

Id insert_resource(soci::session& sql, const CommunityResource& r) {
    Id id = 0;
    const std::string category = to_string(r.category), cost = to_string(r.cost), languages = join_words(r.languages);
    sql << "INSERT INTO community_resources (category, name, address, hours, phone, languages, cost, notes)"
           " VALUES (:c, :n, :a, :h, :p, :l, :co, :no) RETURNING id",
        soci::use(category), soci::use(r.name), soci::use(r.address), soci::use(r.hours), soci::use(r.phone),
        soci::use(languages), soci::use(cost), soci::use(r.notes), soci::into(id);
    return id;
}

bool update_resource(soci::session& sql, const CommunityResource& r) {
    int n = 0;
    sql << "SELECT COUNT(*) FROM community_resources WHERE id = :id", soci::use(r.id), soci::into(n);
    if (n == 0) return false;
    const std::string category = to_string(r.category), cost = to_string(r.cost), languages = join_words(r.languages);
    sql << "UPDATE community_resources SET category = :c, name = :n, address = :a, hours = :h, phone = :p,"
           " languages = :l, cost = :co, notes = :no WHERE id = :id",
        soci::use(category), soci::use(r.name), soci::use(r.address), soci::use(r.hours), soci::use(r.phone),
        soci::use(languages), soci::use(cost), soci::use(r.notes), soci::use(r.id);
    return true;
}

bool delete_resource(soci::session& sql, Id id) {
    int n = 0;
    sql << "SELECT COUNT(*) FROM community_resources WHERE id = :id", soci::use(id), soci::into(n);
    if (n == 0) return false;
    sql << "DELETE FROM community_resources WHERE id = :id", soci::use(id);
    return true;
}

std::vector<CommunityResource> list_resources(soci::session& sql) {
    RowReader rows(sql,
                   "SELECT id, category, name, address, hours, phone, languages, cost, notes FROM community_resources");
    std::vector<CommunityResource> out;
    while (rows.next()) {
        CommunityResource r;
        r.id = rows.integer(0);
        r.category = parse_resource_category(rows.text(1));
        r.name = rows.text(2);
        r.address = rows.text(3);
        r.hours = rows.text(4);
        r.phone = rows.text(5);
        r.languages = split_words(rows.text(6));
        r.cost = parse_resource_cost(rows.text(7));
        r.notes = rows.text(8);
        out.push_back(std::move(r));
    }
    const auto& order = resource_categories();
    auto rank = [&](ResourceCategory c) { return std::find(order.begin(), order.end(), c) - order.begin(); };
    std::stable_sort(out.begin(), out.end(), [&](const CommunityResource& a, const CommunityResource& b) {
        if (a.category != b.category) return rank(a.category) < rank(b.category);
        return fold_for_search(a.name) < fold_for_search(b.name);
    });
    return out;
}

}  // namespace fn::store
