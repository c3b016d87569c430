#include "store/retention_store.h"

#include <soci/soci.h>

#include <algorithm>

#include "core/text.h"

namespace fn::store {
namespace {

bool is_sqlite(soci::session& sql) { return sql.get_backend_name() == "sqlite3"; }

// This schema's tables that have `column`, by name.
std::vector<std::string> tables_with_column(soci::session& sql, const std::string& column) {
    std::vector<std::string> tables;
    std::string table;
    if (is_sqlite(sql)) {
        soci::statement st = (sql.prepare << "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c"
                                             " WHERE m.type = 'table' AND c.name = :c ORDER BY m.name",
                              soci::use(column), soci::into(table));
        st.execute();
        while (st.fetch()) tables.push_back(table);
    } else {
        soci::statement st = (sql.prepare << "SELECT c.table_name FROM information_schema.columns c JOIN"
                                             " information_schema.tables t ON t.table_name = c.table_name AND"
                                             " t.table_schema = c.table_schema WHERE c.table_schema = current_schema()"
                                             " AND t.table_type = 'BASE TABLE' AND c.column_name = :c ORDER BY 1",
                              soci::use(column), soci::into(table));
        st.execute();
        while (st.fetch()) tables.push_back(table);
    }
    return tables;
}

std::string as_text(const soci::row& r, std::size_t i) {
    if (r.get_indicator(i) == soci::i_null) return "";
    switch (r.get_properties(i).get_data_type()) {
        case soci::dt_string:
            return r.get<std::string>(i);
        case soci::dt_double:
            return std::to_string(r.get<double>(i));
        case soci::dt_integer:
            return std::to_string(r.get<int>(i));
        case soci::dt_long_long:
            return std::to_string(r.get<long long>(i));
        case soci::dt_unsigned_long_long:
            return std::to_string(r.get<unsigned long long>(i));
        default:
            return r.get<std::string>(i);
    }
}

template <typename Use>
void read_rows(soci::session& sql, const std::string& query, const Use& use, RecordTable& into) {
    soci::rowset<soci::row> rows = (sql.prepare << query, use);
    for (const auto& r : rows) {
        RecordRow row;
        for (std::size_t i = 0; i < r.size(); ++i)
            row.columns.emplace_back(r.get_properties(i).get_name(), as_text(r, i));
        into.rows.push_back(std::move(row));
    }
}

}  // namespace

std::vector<Id> parent_volunteers_of(soci::session& sql, Id household_id) {
    std::vector<std::string> guardians;
    std::string name;
    soci::statement g = (sql.prepare << "SELECT name FROM guardians WHERE household_id = :h", soci::use(household_id),
                         soci::into(name));
    g.execute();
    while (g.fetch()) guardians.push_back(fold_for_search(name));
    std::vector<Id> ids;
    Id id = 0;
    soci::statement p = (sql.prepare << "SELECT id, name FROM people WHERE role = 'parent' ORDER BY id", soci::into(id),
                         soci::into(name));
    p.execute();
    while (p.fetch())
        if (std::find(guardians.begin(), guardians.end(), fold_for_search(name)) != guardians.end()) ids.push_back(id);
    return ids;
}

std::vector<LeftHousehold> households_left_by(soci::session& sql, const std::string& date) {
    std::vector<LeftHousehold> out;
    LeftHousehold h;
    std::string written, student_last;
    soci::statement st =
        (sql.prepare << "SELECT h.id, h.code, h.family_name, MAX(s.left_on), MIN(s.last_name) FROM households h"
                        " JOIN students s ON s.household_id = h.id WHERE h.erased_on = '' AND h.active = 0"
                        " GROUP BY h.id, h.code, h.family_name"
                        " HAVING MIN(s.left_on) <> '' AND MAX(s.left_on) <= :d ORDER BY MAX(s.left_on), h.id",
         soci::use(date), soci::into(h.id), soci::into(h.code), soci::into(written), soci::into(h.left_on),
         soci::into(student_last));
    st.execute();
    while (st.fetch()) {
        h.family_name = written.empty() ? student_last : written;
        out.push_back(h);
    }
    return out;
}

void erase_household_personal_data(soci::session& sql, Id id, const std::string& date) {
    // Its parents' volunteer rows first, while their names still match.
    for (Id person : parent_volunteers_of(sql, id)) {
        const std::string nameless = "erased-person-" + std::to_string(person);
        sql << "UPDATE people SET name = :n, phone = '', email = '', languages = '', login = '' WHERE id = :p",
            soci::use(nameless), soci::use(person);
    }
    sql << "DELETE FROM guardians WHERE household_id = :h", soci::use(id);
    sql << "UPDATE students SET student_number = '', first_name = '', last_name = '', homeroom = ''"
           " WHERE household_id = :h",
        soci::use(id);
    sql << "DELETE FROM search_terms WHERE household_id = :h", soci::use(id);
    sql << "DELETE FROM expected_terms WHERE household_id = :h", soci::use(id);
    sql << "UPDATE contacts SET interpreter = '', note = '' WHERE household_id = :h", soci::use(id);
    sql << "UPDATE home_visits SET reflection = '' WHERE household_id = :h", soci::use(id);
    sql << "UPDATE home_visit_changes SET reflection = '' WHERE household_id = :h", soci::use(id);
    sql << "UPDATE messages_sent SET address = '', detail = '' WHERE household_id = :h", soci::use(id);
    sql << "UPDATE rsvp_meals SET note = '' WHERE rsvp_id IN (SELECT id FROM rsvps WHERE household_id = :h)",
        soci::use(id);
    const std::string code = "erased-" + std::to_string(id);
    sql << "UPDATE households SET code = :c, address = '', notes = '', family_name = '', door_guardians = '',"
           " door_students = '', active = 0, erased_on = :d WHERE id = :h",
        soci::use(code), soci::use(date), soci::use(id);
    // Its history last: on a shared server only an erased family's lines
    // may go, and only through the server's function.
    if (is_sqlite(sql))
        sql << "DELETE FROM audit_log WHERE household_id = :h", soci::use(id);
    else
        sql << "SELECT familynight_forget_history(:h)", soci::use(id);
}

int count_meal_notes_before(soci::session& sql, const std::string& date) {
    int n = 0;
    sql << "SELECT COUNT(*) FROM rsvp_meals m JOIN rsvps r ON r.id = m.rsvp_id JOIN events e ON e.id = r.event_id"
           " WHERE m.note <> '' AND e.event_date < :d",
        soci::use(date), soci::into(n);
    return n;
}

void overwrite_freed_space(soci::session& sql) {
    if (sql.get_backend_name() != "sqlite3") return;
    sql << "VACUUM";
    sql << "PRAGMA wal_checkpoint(TRUNCATE)";
}

int clear_meal_notes_before(soci::session& sql, const std::string& date) {
    const int n = count_meal_notes_before(sql, date);
    sql << "UPDATE rsvp_meals SET note = '' WHERE note <> '' AND rsvp_id IN (SELECT r.id FROM rsvps r JOIN events e"
           " ON e.id = r.event_id WHERE e.event_date < :d)",
        soci::use(date);
    return n;
}

std::vector<RecordTable> rows_about_household(soci::session& sql, Id id) {
    std::vector<RecordTable> out;
    RecordTable household{"households", {}};
    read_rows(sql, "SELECT * FROM households WHERE id = :h", soci::use(id), household);
    out.push_back(std::move(household));
    for (const auto& table : tables_with_column(sql, "household_id")) {
        RecordTable t{table, {}};
        read_rows(sql, "SELECT * FROM " + table + " WHERE household_id = :h", soci::use(id), t);
        out.push_back(std::move(t));
    }
    for (const auto& table : tables_with_column(sql, "rsvp_id")) {
        RecordTable t{table, {}};
        read_rows(sql, "SELECT * FROM " + table + " WHERE rsvp_id IN (SELECT id FROM rsvps WHERE household_id = :h)",
                  soci::use(id), t);
        out.push_back(std::move(t));
    }
    RecordTable volunteers{"people", {}};
    for (Id person : parent_volunteers_of(sql, id))
        read_rows(sql, "SELECT * FROM people WHERE id = :p", soci::use(person), volunteers);
    out.push_back(std::move(volunteers));
    return out;
}

}  // namespace fn::store
