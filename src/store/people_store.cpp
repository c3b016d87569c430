#include "store/people_store.h"

#include <soci/soci.h>

#include "core/text_list.h"
#include "store/access.h"

namespace fn::store {
namespace {

template <typename T>
std::vector<Person> select_people(soci::session& sql, const std::string& where, const T& value) {
    std::vector<Person> list;
    Person p;
    std::string role, languages;
    soci::statement st = (sql.prepare << "SELECT id, name, role, " << contact_column(sql, "phone") << ", "
                                      << contact_column(sql, "email") << ", languages FROM people WHERE " << where
                                      << " ORDER BY name, id",
                          soci::into(p.id), soci::into(p.name), soci::into(role), soci::into(p.phone),
                          soci::into(p.email), soci::into(languages), soci::use(value));
    st.execute();
    while (st.fetch()) {
        p.role = parse_person_role(role);
        p.languages = split_words(languages);
        list.push_back(p);
    }
    return list;
}

}  // namespace

Id insert_person(soci::session& sql, const Person& p) {
    Id id = 0;
    std::string role = to_string(p.role), languages = join_words(p.languages);
    sql << "INSERT INTO people (name, role, phone, email, languages) VALUES (:n, :r, :p, :e, :l) RETURNING id",
        soci::use(p.name), soci::use(role), soci::use(p.phone), soci::use(p.email), soci::use(languages),
        soci::into(id);
    return id;
}

std::optional<Person> find_person(soci::session& sql, Id id) {
    auto list = select_people(sql, "id = :v", id);
    if (list.empty()) return std::nullopt;
    return list.front();
}

std::vector<Person> list_people(soci::session& sql) { return select_people(sql, "id > :v", Id{0}); }

std::optional<Person> find_person_by_name(soci::session& sql, const std::string& name) {
    auto list = select_people(sql, "name = :v", name);
    if (list.empty()) return std::nullopt;
    return list.front();
}

std::optional<Person> person_of_this_login(soci::session& sql) {
    const std::string login = server_login(sql);
    if (login.empty()) return std::nullopt;
    auto list = select_people(sql, "login = :v", login);
    if (list.empty()) return std::nullopt;
    return list.front();
}

Id insert_role(soci::session& sql, const VolunteerRole& r) {
    Id id = 0;
    std::string kind = to_string(r.kind);
    sql << "INSERT INTO volunteer_roles (event_id, kind, name) VALUES (:e, :k, :n) RETURNING id", soci::use(r.event_id),
        soci::use(kind), soci::use(r.name), soci::into(id);
    return id;
}

std::vector<VolunteerRole> roles_of(soci::session& sql, Id event_id) {
    std::vector<VolunteerRole> list;
    VolunteerRole r;
    std::string kind;
    soci::statement st =
        (sql.prepare << "SELECT id, event_id, kind, name FROM volunteer_roles WHERE event_id = :e ORDER BY id",
         soci::into(r.id), soci::into(r.event_id), soci::into(kind), soci::into(r.name), soci::use(event_id));
    st.execute();
    while (st.fetch()) {
        r.kind = parse_volunteer_role_kind(kind);
        list.push_back(r);
    }
    return list;
}

std::optional<VolunteerRole> find_role(soci::session& sql, Id id) {
    VolunteerRole r;
    std::string kind;
    sql << "SELECT id, event_id, kind, name FROM volunteer_roles WHERE id = :id", soci::use(id), soci::into(r.id),
        soci::into(r.event_id), soci::into(kind), soci::into(r.name);
    if (!sql.got_data()) return std::nullopt;
    r.kind = parse_volunteer_role_kind(kind);
    return r;
}

Id insert_shift(soci::session& sql, const Shift& s) {
    Id id = 0;
    sql << "INSERT INTO shifts (role_id, start_time, end_time, needed) VALUES (:r, :s, :e, :n) RETURNING id",
        soci::use(s.role_id), soci::use(s.start_time), soci::use(s.end_time), soci::use(s.needed), soci::into(id);
    return id;
}

std::optional<Shift> find_shift(soci::session& sql, Id id) {
    Shift s;
    sql << "SELECT id, role_id, start_time, end_time, needed FROM shifts WHERE id = :id", soci::use(id),
        soci::into(s.id), soci::into(s.role_id), soci::into(s.start_time), soci::into(s.end_time), soci::into(s.needed);
    if (!sql.got_data()) return std::nullopt;
    return s;
}

std::vector<Shift> shifts_of_event(soci::session& sql, Id event_id) {
    std::vector<Shift> list;
    Shift s;
    soci::statement st = (sql.prepare << "SELECT s.id, s.role_id, s.start_time, s.end_time, s.needed FROM shifts s"
                                         " JOIN volunteer_roles r ON r.id = s.role_id WHERE r.event_id = :e"
                                         " ORDER BY s.role_id, s.start_time, s.id",
                          soci::into(s.id), soci::into(s.role_id), soci::into(s.start_time), soci::into(s.end_time),
                          soci::into(s.needed), soci::use(event_id));
    st.execute();
    while (st.fetch()) list.push_back(s);
    return list;
}

bool insert_signup(soci::session& sql, const ShiftSignup& s) {
    soci::statement st =
        (sql.prepare << "INSERT INTO shift_signups (shift_id, person_id) VALUES (:s, :p) ON CONFLICT DO NOTHING",
         soci::use(s.shift_id), soci::use(s.person_id));
    st.execute(true);
    return st.get_affected_rows() > 0;
}

std::vector<ShiftSignup> signups_of_event(soci::session& sql, Id event_id) {
    std::vector<ShiftSignup> list;
    ShiftSignup s;
    soci::statement st =
        (sql.prepare << "SELECT g.shift_id, g.person_id FROM shift_signups g"
                        " JOIN shifts s ON s.id = g.shift_id JOIN volunteer_roles r ON r.id = s.role_id"
                        " WHERE r.event_id = :e ORDER BY g.shift_id, g.person_id",
         soci::into(s.shift_id), soci::into(s.person_id), soci::use(event_id));
    st.execute();
    while (st.fetch()) list.push_back(s);
    return list;
}

std::vector<PersonShift> shifts_of_person_on(soci::session& sql, Id person_id, const std::string& date) {
    std::vector<PersonShift> list;
    PersonShift p;
    soci::statement st =
        (sql.prepare << "SELECT s.id, e.event_date, s.start_time, s.end_time FROM shift_signups g"
                        " JOIN shifts s ON s.id = g.shift_id JOIN volunteer_roles r ON r.id = s.role_id"
                        " JOIN events e ON e.id = r.event_id WHERE g.person_id = :p AND e.event_date = :d",
         soci::into(p.shift_id), soci::into(p.date), soci::into(p.start_time), soci::into(p.end_time),
         soci::use(person_id), soci::use(date));
    st.execute();
    while (st.fetch()) list.push_back(p);
    return list;
}

}  // namespace fn::store
