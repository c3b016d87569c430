#include "store/rsvp_store.h"

#include <soci/soci.h>

#include <algorithm>

#include <map>
#include <unordered_map>

#include "store/door_search_store.h"
#include "store/row_reader.h"
#include "store/statement.h"
#include "core/text_list.h"

namespace fn::store {
namespace {

const std::string kRsvpColumns =
    "SELECT r.id, r.event_id, r.household_id, r.status, r.adults, r.child_ages, r.childcare_ages,"
    " r.interpreter_language, r.source, r.recorded_at FROM rsvps r ";

// The RSVPs matching `filter` (on rsvps r, its placeholders bound to `ids`
// in order), with their meals and picks. Read through RowReader: a
// 1,000-RSVP event is 2,700 rows, read on every refresh of the counts.
std::vector<Rsvp> select_rsvps(soci::session& sql, const std::string& filter, const std::vector<Id>& ids) {
    auto reader = [&](const std::string& query) {
        auto r = std::make_unique<RowReader>(sql, query);
        for (Id id : ids) r->bind(id);
        return r;
    };
    std::vector<Rsvp> list;
    std::unordered_map<Id, std::size_t> index;
    auto rows = reader(kRsvpColumns + filter);
    while (rows->next()) {
        Rsvp r;
        r.id = rows->integer(0);
        r.event_id = rows->integer(1);
        r.household_id = rows->integer(2);
        r.status = parse_rsvp_status(rows->text(3));
        r.adults = static_cast<int>(rows->integer(4));
        r.child_ages = split_ints(rows->text(5));
        r.childcare_ages = split_ints(rows->text(6));
        r.interpreter_language = rows->text(7);
        r.source = parse_rsvp_source(rows->text(8));
        r.recorded_at = rows->text(9);
        index[r.id] = list.size();
        list.push_back(std::move(r));
    }
    if (list.empty()) return list;
    // Meals and picks of the same RSVPs, joined on the same filter. A join
    // and no ORDER BY: SQLite sorted every meal of a 1,000-RSVP event and
    // built a temporary table for an IN list, half the time of the counts.
    // The order inside one RSVP (meals as typed, picks by round) is made here.
    std::vector<std::vector<std::pair<long long, MealLine>>> meals_of(list.size());
    auto meals = reader(
        "SELECT m.rsvp_id, m.need, m.count, m.note, m.seq FROM rsvps r"
        " JOIN rsvp_meals m ON m.rsvp_id = r.id " +
        filter);
    while (meals->next())
        if (auto it = index.find(meals->integer(0)); it != index.end())
            meals_of[it->second].push_back(
                {meals->integer(4),
                 {parse_meal_need(meals->text(1)), static_cast<int>(meals->integer(2)), meals->text(3)}});
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto& m = meals_of[i];
        if (m.empty()) continue;
        std::sort(m.begin(), m.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
        for (auto& [order, meal] : m) list[i].meals.push_back(std::move(meal));
    }
    auto picks = reader(
        "SELECT p.rsvp_id, p.round_id, p.workshop_id, p.requested_seq FROM rsvps r"
        " JOIN rsvp_picks p ON p.rsvp_id = r.id " +
        filter);
    while (picks->next())
        if (auto it = index.find(picks->integer(0)); it != index.end())
            list[it->second].picks.push_back({picks->integer(1), picks->integer(2), picks->integer(3)});
    // By round (rounds are created in number order, so by id).
    for (auto& r : list)
        if (r.picks.size() > 1)
            std::sort(r.picks.begin(), r.picks.end(),
                      [](const auto& x, const auto& y) { return x.round_id < y.round_id; });
    return list;
}

}  // namespace

Id save_rsvp(soci::session& sql, const Rsvp& r) {
    std::string status = to_string(r.status), source = to_string(r.source);
    std::string child_ages = join_ints(r.child_ages), childcare_ages = join_ints(r.childcare_ages);
    Id id = 0;
    sql << "INSERT INTO rsvps (event_id, household_id, status, adults, child_ages, childcare_ages,"
           " interpreter_language, source, recorded_at) VALUES (:e, :h, :s, :a, :c, :cc, :i, :src, :t)"
           " ON CONFLICT (event_id, household_id) DO UPDATE SET status = excluded.status, adults = excluded.adults,"
           " child_ages = excluded.child_ages, childcare_ages = excluded.childcare_ages,"
           " interpreter_language = excluded.interpreter_language, source = excluded.source,"
           " recorded_at = excluded.recorded_at RETURNING id",
        soci::use(r.event_id), soci::use(r.household_id), soci::use(status), soci::use(r.adults), soci::use(child_ages),
        soci::use(childcare_ages), soci::use(r.interpreter_language), soci::use(source), soci::use(r.recorded_at),
        soci::into(id);
    refresh_expected_terms(sql, r.event_id, r.household_id);

    sql << "DELETE FROM rsvp_meals WHERE rsvp_id = :id", soci::use(id);
    for (int seq = 0; seq < static_cast<int>(r.meals.size()); ++seq) {
        const auto& m = r.meals[static_cast<std::size_t>(seq)];
        std::string need = to_string(m.need);
        sql << "INSERT INTO rsvp_meals (rsvp_id, need, count, note, seq) VALUES (:r, :n, :c, :o, :s)", soci::use(id),
            soci::use(need), soci::use(m.count), soci::use(m.note), soci::use(seq);
    }

    // Keep the queue place of unchanged picks; new picks join at the back.
    std::map<Id, std::pair<Id, long long>> old;  // round -> (workshop, seq)
    {
        Id round = 0, workshop = 0;
        long long seq = 0;
        soci::statement st =
            (sql.prepare << "SELECT round_id, workshop_id, requested_seq FROM rsvp_picks WHERE rsvp_id = :r",
             soci::into(round), soci::into(workshop), soci::into(seq), soci::use(id));
        st.execute();
        while (st.fetch()) old[round] = {workshop, seq};
    }
    sql << "DELETE FROM rsvp_picks WHERE rsvp_id = :id", soci::use(id);
    for (const auto& p : r.picks) {
        long long seq = 0;
        auto it = old.find(p.round_id);
        if (it != old.end() && it->second.first == p.workshop_id) {
            seq = it->second.second;
        } else {
            // A bare MAX() so SQLite reads it from the end of rsvp_picks_seq.
            soci::indicator ind = soci::i_null;
            sql << "SELECT MAX(requested_seq) FROM rsvp_picks", soci::into(seq, ind);
            seq = ind == soci::i_ok ? seq + 1 : 1;
        }
        sql << "INSERT INTO rsvp_picks (rsvp_id, round_id, workshop_id, requested_seq) VALUES (:r, :d, :w, :s)",
            soci::use(id), soci::use(p.round_id), soci::use(p.workshop_id), soci::use(seq);
    }
    return id;
}

std::optional<Rsvp> find_rsvp(soci::session& sql, Id event_id, Id household_id) {
    auto list = select_rsvps(sql, "WHERE r.event_id = :e AND r.household_id = :h", {event_id, household_id});
    if (list.empty()) return std::nullopt;
    return list.front();
}

void set_rsvp_status(soci::session& sql, Id rsvp_id, RsvpStatus status) {
    std::string s = to_string(status);
    sql << "UPDATE rsvps SET status = :s WHERE id = :id", soci::use(s), soci::use(rsvp_id);
    Id event_id = 0, household_id = 0;
    sql << "SELECT event_id, household_id FROM rsvps WHERE id = :id", soci::use(rsvp_id), soci::into(event_id),
        soci::into(household_id);
    if (sql.got_data()) refresh_expected_terms(sql, event_id, household_id);
}

std::vector<Rsvp> rsvps_of_event(soci::session& sql, Id event_id) {
    return select_rsvps(sql, "WHERE r.event_id = :e", {event_id});
}

}  // namespace fn::store
