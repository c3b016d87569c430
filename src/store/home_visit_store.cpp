#include "store/home_visit_store.h"

#include <soci/soci.h>

#include "store/row_reader.h"

namespace fn::store {
namespace {

const char* kHomeVisitColumns =
    "SELECT id, household_id, homeroom, offered_on, offered_by, answer, consent_on, visit_on, staff, second_staff,"
    " interpreter, minutes, made, reflection, recorded_at, recorded_by FROM home_visits WHERE ";

std::vector<HomeVisit> read_home_visits(RowReader& rows) {
    std::vector<HomeVisit> out;
    while (rows.next()) {
        HomeVisit v;
        v.id = rows.integer(0);
        v.household_id = rows.integer(1);
        v.homeroom = rows.text(2);
        v.offered_on = rows.text(3);
        v.offered_by = rows.text(4);
        v.answer = rows.text(5);
        v.consent_on = rows.text(6);
        v.visit_on = rows.text(7);
        v.staff = rows.text(8);
        v.second_staff = rows.text(9);
        v.interpreter = rows.text(10);
        v.minutes = static_cast<int>(rows.integer(11));
        v.made = rows.integer(12) != 0;
        v.reflection = rows.text(13);
        v.recorded_at = rows.text(14);
        v.recorded_by = rows.text(15);
        out.push_back(std::move(v));
    }
    return out;
}

}  // namespace

Id insert_home_visit(soci::session& sql, const HomeVisit& v) {
    Id id = 0;
    const int made = v.made ? 1 : 0;
    sql << "INSERT INTO home_visits (household_id, homeroom, offered_on, offered_by, answer, consent_on, visit_on, staff,"
           " second_staff, interpreter, minutes, made, reflection, recorded_at, recorded_by) VALUES (:h, :r, :o, :b, :a,"
           " :c, :v, :s, :s2, :i, :m, :d, :x, :t, :rb) RETURNING id",
        soci::use(v.household_id), soci::use(v.homeroom), soci::use(v.offered_on), soci::use(v.offered_by),
        soci::use(v.answer), soci::use(v.consent_on), soci::use(v.visit_on), soci::use(v.staff),
        soci::use(v.second_staff), soci::use(v.interpreter), soci::use(v.minutes), soci::use(made),
        soci::use(v.reflection), soci::use(v.recorded_at), soci::use(v.recorded_by), soci::into(id);
    return id;
}

void update_home_visit(soci::session& sql, const HomeVisit& v) {
    const int made = v.made ? 1 : 0;
    sql << "UPDATE home_visits SET answer = :a, consent_on = :c, visit_on = :v, staff = :s, second_staff = :s2,"
           " interpreter = :i, minutes = :m, made = :d, reflection = :x, recorded_at = :t, recorded_by = :rb WHERE id = :id",
        soci::use(v.answer), soci::use(v.consent_on), soci::use(v.visit_on), soci::use(v.staff),
        soci::use(v.second_staff), soci::use(v.interpreter), soci::use(v.minutes), soci::use(made),
        soci::use(v.reflection), soci::use(v.recorded_at), soci::use(v.recorded_by), soci::use(v.id);
}

std::vector<HomeVisit> home_visits_of(soci::session& sql, Id household_id) {
    RowReader rows(sql, std::string(kHomeVisitColumns) + "household_id = :h ORDER BY offered_on DESC, id DESC");
    rows.bind(household_id);
    auto visits = read_home_visits(rows);
    RowReader kept(sql,
                   "SELECT visit_id, changed_at, changed_by, made, minutes, reflection, recorded_at, recorded_by"
                   " FROM home_visit_changes WHERE household_id = :h ORDER BY id");
    kept.bind(household_id);
    while (kept.next()) {
        const Id visit = kept.integer(0);
        for (auto& v : visits)
            if (v.id == visit)
                v.earlier.push_back({kept.text(1), kept.text(2), kept.integer(3) != 0,
                                     static_cast<int>(kept.integer(4)), kept.text(5), kept.text(6), kept.text(7)});
    }
    return visits;
}

std::vector<HomeVisit> home_visits_since(soci::session& sql, const std::string& since) {
    RowReader rows(sql, std::string(kHomeVisitColumns) + "offered_on >= :d ORDER BY offered_on, id");
    rows.bind(since);
    return read_home_visits(rows);
}

// A visit's reflection and those of its earlier records.
int count_reflections_before(soci::session& sql, const std::string& date) {
    int visits = 0, earlier = 0;
    sql << "SELECT COUNT(*) FROM home_visits WHERE reflection <> '' AND visit_on < :d", soci::use(date),
        soci::into(visits);
    sql << "SELECT COUNT(*) FROM home_visit_changes WHERE reflection <> '' AND visit_id IN"
           " (SELECT id FROM home_visits WHERE visit_on < :d)",
        soci::use(date), soci::into(earlier);
    return visits + earlier;
}

int clear_reflections_before(soci::session& sql, const std::string& date) {
    const int n = count_reflections_before(sql, date);
    sql << "UPDATE home_visits SET reflection = '' WHERE reflection <> '' AND visit_on < :d", soci::use(date);
    sql << "UPDATE home_visit_changes SET reflection = '' WHERE reflection <> '' AND visit_id IN"
           " (SELECT id FROM home_visits WHERE visit_on < :d)",
        soci::use(date);
    return n;
}

}  // namespace fn::store
