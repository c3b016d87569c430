#include "store/childcare_store.h"

#include <soci/soci.h>

#include "store/statement.h"

namespace fn::store {
namespace {

// Drop-offs of one event matching `where` (which may use more bindings).
template <typename... Uses>
std::vector<ChildcareDropOff> select_dropoffs(soci::session& sql, const std::string& where, const Uses&... uses) {
    std::vector<ChildcareDropOff> list;
    ChildcareDropOff d;
    auto st = prepared(sql,
                       "SELECT id, event_id, household_id, children, pickup_code, dropped_at, picked_up_at"
                       " FROM childcare_dropoffs WHERE " +
                           where + " ORDER BY dropped_at, id",
                       soci::into(d.id), soci::into(d.event_id), soci::into(d.household_id), soci::into(d.children),
                       soci::into(d.pickup_code), soci::into(d.dropped_at), soci::into(d.picked_up_at), uses...);
    st.execute();
    while (st.fetch()) list.push_back(d);
    return list;
}

std::optional<ChildcareDropOff> first(std::vector<ChildcareDropOff> list) {
    if (list.empty()) return std::nullopt;
    return list.front();
}

}  // namespace

Id insert_dropoff(soci::session& sql, const ChildcareDropOff& d) {
    Id id = 0;
    sql << "INSERT INTO childcare_dropoffs (event_id, household_id, children, pickup_code, dropped_at)"
           " VALUES (:e, :h, :c, :p, :t) RETURNING id",
        soci::use(d.event_id), soci::use(d.household_id), soci::use(d.children), soci::use(d.pickup_code),
        soci::use(d.dropped_at), soci::into(id);
    return id;
}

std::optional<ChildcareDropOff> find_open_dropoff(soci::session& sql, Id event_id, const std::string& code) {
    return first(select_dropoffs(sql, "event_id = :e AND pickup_code = :c AND picked_up_at = ''", soci::use(event_id),
                                 soci::use(code)));
}

std::optional<ChildcareDropOff> find_open_dropoff_of(soci::session& sql, Id event_id, Id household_id) {
    return first(select_dropoffs(sql, "event_id = :e AND household_id = :h AND picked_up_at = ''", soci::use(event_id),
                                 soci::use(household_id)));
}

void mark_picked_up(soci::session& sql, Id dropoff_id, const std::string& at) {
    sql << "UPDATE childcare_dropoffs SET picked_up_at = :t WHERE id = :id", soci::use(at), soci::use(dropoff_id);
}

std::optional<ChildcareDropOff> find_dropoff(soci::session& sql, Id dropoff_id) {
    return first(select_dropoffs(sql, "id = :id", soci::use(dropoff_id)));
}

void reopen_dropoff(soci::session& sql, Id dropoff_id) {
    sql << "UPDATE childcare_dropoffs SET picked_up_at = '' WHERE id = :id", soci::use(dropoff_id);
}

void delete_dropoff(soci::session& sql, Id dropoff_id) {
    sql << "DELETE FROM childcare_dropoffs WHERE id = :id", soci::use(dropoff_id);
}

std::vector<ChildcareDropOff> dropoffs_of_event(soci::session& sql, Id event_id) {
    return select_dropoffs(sql, "event_id = :e", soci::use(event_id));
}

}  // namespace fn::store
