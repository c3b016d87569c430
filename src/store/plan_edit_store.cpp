#include "store/plan_edit_store.h"

#include <soci/soci.h>

#include "core/text_list.h"

namespace fn::store {
namespace {

std::vector<Id> ids_of(soci::session& sql, const std::string& query, Id key) {
    std::vector<Id> ids;
    Id id = 0;
    soci::statement st = (sql.prepare << query, soci::into(id), soci::use(key));
    st.execute();
    while (st.fetch()) ids.push_back(id);
    return ids;
}

bool changed_a_row(soci::session& sql, const std::string& statement, Id a, Id b) {
    soci::statement st = (sql.prepare << statement, soci::use(a), soci::use(b));
    st.execute(true);
    return st.get_affected_rows() > 0;
}

}  // namespace

void update_room(soci::session& sql, const Room& r) {
    sql << "UPDATE rooms SET name = :n, capacity = :c WHERE id = :id", soci::use(r.name), soci::use(r.capacity),
        soci::use(r.id);
}

void delete_room(soci::session& sql, Id room_id) { sql << "DELETE FROM rooms WHERE id = :id", soci::use(room_id); }

void unassign_room(soci::session& sql, Id room_id) {
    sql << "UPDATE workshops SET room_id = NULL WHERE room_id = :id", soci::use(room_id);
}

std::optional<Room> find_room(soci::session& sql, Id room_id) {
    Room r;
    soci::indicator ind = soci::i_null;
    sql << "SELECT id, event_id, name, capacity FROM rooms WHERE id = :id", soci::into(r.id, ind),
        soci::into(r.event_id), soci::into(r.name), soci::into(r.capacity), soci::use(room_id);
    if (!sql.got_data() || ind != soci::i_ok) return std::nullopt;
    return r;
}

void update_round(soci::session& sql, const Round& r) {
    sql << "UPDATE rounds SET number = :n, start_time = :s, end_time = :e WHERE id = :id", soci::use(r.number),
        soci::use(r.start_time), soci::use(r.end_time), soci::use(r.id);
}

void delete_round(soci::session& sql, Id round_id) { sql << "DELETE FROM rounds WHERE id = :id", soci::use(round_id); }

std::optional<Round> find_round(soci::session& sql, Id round_id) {
    Round r;
    soci::indicator ind = soci::i_null;
    sql << "SELECT id, event_id, number, start_time, end_time FROM rounds WHERE id = :id", soci::into(r.id, ind),
        soci::into(r.event_id), soci::into(r.number), soci::into(r.start_time), soci::into(r.end_time),
        soci::use(round_id);
    if (!sql.got_data() || ind != soci::i_ok) return std::nullopt;
    return r;
}

void update_person(soci::session& sql, const Person& p) {
    std::string role = to_string(p.role), languages = join_words(p.languages);
    sql << "UPDATE people SET name = :n, role = :r, phone = :p, email = :e, languages = :l WHERE id = :id",
        soci::use(p.name), soci::use(role), soci::use(p.phone), soci::use(p.email), soci::use(languages),
        soci::use(p.id);
}

void delete_person(soci::session& sql, Id person_id) {
    sql << "DELETE FROM people WHERE id = :id", soci::use(person_id);
}

std::vector<Id> workshops_presented_by(soci::session& sql, Id person_id) {
    return ids_of(sql, "SELECT workshop_id FROM workshop_presenters WHERE person_id = :p ORDER BY workshop_id",
                  person_id);
}

std::vector<Id> shifts_of_person(soci::session& sql, Id person_id) {
    return ids_of(sql, "SELECT shift_id FROM shift_signups WHERE person_id = :p ORDER BY shift_id", person_id);
}

void update_role(soci::session& sql, const VolunteerRole& r) {
    std::string kind = to_string(r.kind);
    sql << "UPDATE volunteer_roles SET kind = :k, name = :n WHERE id = :id", soci::use(kind), soci::use(r.name),
        soci::use(r.id);
}

void delete_role(soci::session& sql, Id role_id) {
    sql << "DELETE FROM volunteer_roles WHERE id = :id", soci::use(role_id);
}

void update_shift(soci::session& sql, const Shift& s) {
    sql << "UPDATE shifts SET start_time = :s, end_time = :e, needed = :n WHERE id = :id", soci::use(s.start_time),
        soci::use(s.end_time), soci::use(s.needed), soci::use(s.id);
}

void delete_shift(soci::session& sql, Id shift_id) { sql << "DELETE FROM shifts WHERE id = :id", soci::use(shift_id); }

std::vector<Id> people_on_shift(soci::session& sql, Id shift_id) {
    return ids_of(sql, "SELECT person_id FROM shift_signups WHERE shift_id = :s ORDER BY person_id", shift_id);
}

bool delete_signup(soci::session& sql, Id shift_id, Id person_id) {
    return changed_a_row(sql, "DELETE FROM shift_signups WHERE shift_id = :s AND person_id = :p", shift_id, person_id);
}

bool delete_presenter(soci::session& sql, Id workshop_id, Id person_id) {
    return changed_a_row(sql, "DELETE FROM workshop_presenters WHERE workshop_id = :w AND person_id = :p", workshop_id,
                         person_id);
}

}  // namespace fn::store
