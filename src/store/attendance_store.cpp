#include "store/attendance_store.h"

#include <soci/soci.h>

#include "store/row_reader.h"
#include "store/statement.h"

namespace fn::store {
namespace {

template <typename... Uses>
std::vector<CheckIn> select_checkins(soci::session& sql, const std::string& where, const Uses&... uses) {
    std::vector<CheckIn> list;
    CheckIn c;
    int walk_in = 0;
    soci::statement st = prepared(sql,
                                  "SELECT id, event_id, household_id, adults, children, station, checked_in_at,"
                                  " walk_in FROM checkins WHERE " +
                                      where + " ORDER BY checked_in_at, id",
                                  soci::into(c.id), soci::into(c.event_id), soci::into(c.household_id),
                                  soci::into(c.adults), soci::into(c.children), soci::into(c.station),
                                  soci::into(c.checked_in_at), soci::into(walk_in), uses...);
    st.execute();
    while (st.fetch()) {
        c.walk_in = walk_in != 0;
        list.push_back(c);
    }
    return list;
}

}  // namespace

Id insert_checkin(soci::session& sql, const CheckIn& c) {
    Id id = 0;
    int walk_in = c.walk_in ? 1 : 0;
    sql << "INSERT INTO checkins (event_id, household_id, adults, children, station, checked_in_at, walk_in)"
           " VALUES (:e, :h, :a, :c, :s, :t, :w) RETURNING id",
        soci::use(c.event_id), soci::use(c.household_id), soci::use(c.adults), soci::use(c.children),
        soci::use(c.station), soci::use(c.checked_in_at), soci::use(walk_in), soci::into(id);
    return id;
}

void restore_checkin(soci::session& sql, const CheckIn& c) {
    int walk_in = c.walk_in ? 1 : 0;
    sql << "INSERT INTO checkins (id, event_id, household_id, adults, children, station, checked_in_at, walk_in)"
           " VALUES (:id, :e, :h, :a, :c, :s, :t, :w)",
        soci::use(c.id), soci::use(c.event_id), soci::use(c.household_id), soci::use(c.adults), soci::use(c.children),
        soci::use(c.station), soci::use(c.checked_in_at), soci::use(walk_in);
}

void update_checkin_counts(soci::session& sql, Id checkin_id, int adults, int children) {
    sql << "UPDATE checkins SET adults = :a, children = :c WHERE id = :id", soci::use(adults), soci::use(children),
        soci::use(checkin_id);
}

void delete_checkin(soci::session& sql, Id checkin_id) {
    sql << "DELETE FROM checkins WHERE id = :id", soci::use(checkin_id);
}

std::optional<CheckIn> find_checkin(soci::session& sql, Id event_id, Id household_id) {
    auto list =
        select_checkins(sql, "event_id = :e AND household_id = :h", soci::use(event_id), soci::use(household_id));
    if (list.empty()) return std::nullopt;
    return list.front();
}

std::set<Id> households_that_came_before(soci::session& sql, const std::string& day) {
    std::set<Id> ids;
    RowReader rows(sql,
                   "SELECT DISTINCT c.household_id FROM checkins c JOIN events e ON e.id = c.event_id"
                   " WHERE e.event_date < :d");
    rows.bind(day);
    while (rows.next()) ids.insert(rows.integer(0));
    return ids;
}

std::vector<CheckIn> checkins_of_event(soci::session& sql, Id event_id) {
    return select_checkins(sql, "event_id = :e", soci::use(event_id));
}

void insert_workshop_attendance(soci::session& sql, Id workshop_id, Id household_id) {
    sql << "INSERT INTO workshop_attendance (workshop_id, household_id) VALUES (:w, :h) ON CONFLICT DO NOTHING",
        soci::use(workshop_id), soci::use(household_id);
}

std::vector<Id> workshop_attendees(soci::session& sql, Id workshop_id) {
    std::vector<Id> ids;
    Id id = 0;
    soci::statement st =
        (sql.prepare << "SELECT household_id FROM workshop_attendance WHERE workshop_id = :w ORDER BY household_id",
         soci::into(id), soci::use(workshop_id));
    st.execute();
    while (st.fetch()) ids.push_back(id);
    return ids;
}

Id insert_headcount(soci::session& sql, const Headcount& h) {
    Id id = 0;
    std::string category = to_string(h.category);
    sql << "INSERT INTO headcounts (event_id, category, label, count, recorded_at) VALUES (:e, :c, :l, :n, :t)"
           " RETURNING id",
        soci::use(h.event_id), soci::use(category), soci::use(h.label), soci::use(h.count), soci::use(h.recorded_at),
        soci::into(id);
    return id;
}

std::vector<Headcount> headcounts_of_event(soci::session& sql, Id event_id) {
    std::vector<Headcount> list;
    Headcount h;
    std::string category;
    soci::statement st = (sql.prepare << "SELECT id, event_id, category, label, count, recorded_at FROM headcounts"
                                         " WHERE event_id = :e ORDER BY id",
                          soci::into(h.id), soci::into(h.event_id), soci::into(category), soci::into(h.label),
                          soci::into(h.count), soci::into(h.recorded_at), soci::use(event_id));
    st.execute();
    while (st.fetch()) {
        h.category = parse_headcount_category(category);
        list.push_back(h);
    }
    return list;
}

void refresh_turnout_summary(soci::session& sql, Id event_id) {
    // Children are stored as a list of ages "4,7": count = commas + 1.
    const std::string people =
        "(r.adults + CASE WHEN r.child_ages = '' THEN 0 ELSE"
        " length(r.child_ages) - length(replace(r.child_ages, ',', '')) + 1 END)";
    const std::string query =
        "INSERT INTO turnout_summaries (event_id, expected_people, no_show_people, walk_in_people) SELECT :e,"
        " (SELECT COALESCE(SUM(" +
        people +
        "), 0) FROM rsvps r WHERE r.event_id = :e AND r.status = 'yes'),"
        " (SELECT COALESCE(SUM(" +
        people +
        "), 0) FROM rsvps r WHERE r.event_id = :e AND r.status = 'yes'"
        "   AND NOT EXISTS (SELECT 1 FROM checkins c WHERE c.event_id = :e AND c.household_id = r.household_id)),"
        " (SELECT COALESCE(SUM(c.adults + c.children), 0) FROM checkins c WHERE c.event_id = :e"
        "   AND NOT EXISTS (SELECT 1 FROM rsvps r WHERE r.event_id = :e AND r.household_id = c.household_id"
        "   AND r.status = 'yes'))"
        " ON CONFLICT (event_id) DO UPDATE SET expected_people = excluded.expected_people,"
        " no_show_people = excluded.no_show_people, walk_in_people = excluded.walk_in_people";
    sql << query, soci::use(event_id, "e");
}

void drop_turnout_summary(soci::session& sql, Id event_id) {
    sql << "DELETE FROM turnout_summaries WHERE event_id = :e", soci::use(event_id);
}

std::vector<Turnout> past_turnouts(soci::session& sql, const std::string& before_date) {
    std::vector<Turnout> list;
    Turnout t;
    soci::statement st = (sql.prepare << "SELECT s.expected_people, s.no_show_people, s.walk_in_people"
                                         " FROM turnout_summaries s JOIN events e ON e.id = s.event_id"
                                         " WHERE e.status = 'done' AND e.event_date < :d ORDER BY e.event_date",
                          soci::into(t.expected_adults), soci::into(t.no_show_people), soci::into(t.walk_in_people),
                          soci::use(before_date));
    st.execute();
    while (st.fetch()) list.push_back(t);
    return list;
}

}  // namespace fn::store
