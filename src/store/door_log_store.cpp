#include "store/door_log_store.h"

#include <soci/soci.h>

#include "store/statement.h"

namespace fn::store {
namespace {

template <typename... Uses>
std::vector<DoorEntry> select_entries(soci::session& sql, const std::string& where, const Uses&... uses) {
    std::vector<DoorEntry> list;
    DoorEntry e;
    std::string action;
    soci::statement st =
        prepared(sql,
                 "SELECT id, event_id, household_id, action, operation_id, station, at, adults, children,"
                 " before_adults, before_children, target_id, detail, reverted_by FROM door_log WHERE " +
                     where + " ORDER BY id",
                 soci::into(e.id), soci::into(e.event_id), soci::into(e.household_id), soci::into(action),
                 soci::into(e.operation_id), soci::into(e.station), soci::into(e.at), soci::into(e.adults),
                 soci::into(e.children), soci::into(e.before_adults), soci::into(e.before_children),
                 soci::into(e.target_id), soci::into(e.detail), soci::into(e.reverted_by), uses...);
    st.execute();
    while (st.fetch()) {
        e.action = parse_door_action(action);
        list.push_back(e);
    }
    return list;
}

}  // namespace

Id insert_door_entry(soci::session& sql, const DoorEntry& e) {
    Id id = 0;
    std::string action = to_string(e.action);
    sql << "INSERT INTO door_log (event_id, household_id, action, operation_id, station, at, adults, children,"
           " before_adults, before_children, target_id, detail) VALUES (:e, :h, :a, :o, :s, :t, :ad, :ch, :ba, :bc, :tg, :d)"
           " RETURNING id",
        soci::use(e.event_id), soci::use(e.household_id), soci::use(action), soci::use(e.operation_id),
        soci::use(e.station), soci::use(e.at), soci::use(e.adults), soci::use(e.children), soci::use(e.before_adults),
        soci::use(e.before_children), soci::use(e.target_id), soci::use(e.detail), soci::into(id);
    return id;
}

std::optional<DoorEntry> find_door_entry(soci::session& sql, Id entry_id) {
    auto list = select_entries(sql, "id = :id", soci::use(entry_id));
    if (list.empty()) return std::nullopt;
    return list.front();
}

std::optional<DoorEntry> find_door_operation(soci::session& sql, const std::string& operation_id) {
    auto list = select_entries(sql, "operation_id = :o", soci::use(operation_id));
    if (list.empty()) return std::nullopt;
    return list.front();
}

std::vector<DoorEntry> door_entries_of_event(soci::session& sql, Id event_id) {
    return select_entries(sql, "event_id = :e", soci::use(event_id));
}

std::vector<DoorEntry> door_entries_of_household(soci::session& sql, Id household_id) {
    return select_entries(sql, "household_id = :h", soci::use(household_id));
}

std::vector<DoorEntry> door_entries_of(soci::session& sql, Id event_id, Id household_id) {
    return select_entries(sql, "event_id = :e AND household_id = :h", soci::use(event_id), soci::use(household_id));
}

void mark_reverted(soci::session& sql, Id entry_id, Id revert_entry_id) {
    sql << "UPDATE door_log SET reverted_by = :r WHERE id = :id", soci::use(revert_entry_id), soci::use(entry_id);
}

}  // namespace fn::store
