#include "store/rsvp_store.h"

#include <soci/soci.h>

#include <algorithm>

#include <map>
#include <unordered_map>

#include "store/door_search_store.h"
#include "store/statement.h"
#include "store/text_list.h"

namespace fn::store {
namespace {

// Column buffers for fetching RSVPs in batches: SOCI's per-row fetch costs
// more than SQLite itself for a 1,000-RSVP event.
struct RsvpBatch {
    static constexpr std::size_t kSize = 256;
    std::vector<Id> id, event_id, household_id;
    std::vector<int> adults;
    std::vector<std::string> status, child_ages, childcare_ages, interpreter, source, recorded_at;
    void reset() {
        for (auto* v : {&id, &event_id, &household_id}) v->resize(kSize);
        adults.resize(kSize);
        for (auto* v : {&status, &child_ages, &childcare_ages, &interpreter, &source, &recorded_at}) v->resize(kSize);
    }
    Rsvp row(std::size_t i) const {
        Rsvp r;
        r.id = id[i];
        r.event_id = event_id[i];
        r.household_id = household_id[i];
        r.status = parse_rsvp_status(status[i]);
        r.adults = adults[i];
        r.child_ages = split_ints(child_ages[i]);
        r.childcare_ages = split_ints(childcare_ages[i]);
        r.interpreter_language = interpreter[i];
        r.source = parse_rsvp_source(source[i]);
        r.recorded_at = recorded_at[i];
        return r;
    }
};

const std::string kRsvpColumns =
    "SELECT r.id, r.event_id, r.household_id, r.status, r.adults, r.child_ages, r.childcare_ages,"
    " r.interpreter_language, r.source, r.recorded_at FROM rsvps r ";

template <typename... Uses>
std::vector<Rsvp> select_rsvps(soci::session& sql, const std::string& tail, const Uses&... uses) {
    std::vector<Rsvp> list;
    RsvpBatch b;
    b.reset();
    soci::statement st = prepared(sql, kRsvpColumns + tail, soci::into(b.id), soci::into(b.event_id),
                                  soci::into(b.household_id), soci::into(b.status), soci::into(b.adults),
                                  soci::into(b.child_ages), soci::into(b.childcare_ages), soci::into(b.interpreter),
                                  soci::into(b.source), soci::into(b.recorded_at), uses...);
    st.execute();
    std::unordered_map<Id, std::size_t> index;
    index.reserve(1024);
    while (st.fetch()) {
        for (std::size_t i = 0; i < b.id.size(); ++i) {
            index[b.id[i]] = list.size();
            list.push_back(b.row(i));
        }
        b.reset();
    }
    if (list.empty()) return list;
    // Meals and picks of the same RSVPs, joined on the same filter. A join
    // and no ORDER BY: SQLite sorted every meal of a 1,000-RSVP event and
    // built a temporary table for an IN list, half the time of the counts.
    // The order inside one RSVP (meals as typed, picks by round) is made here.
    Id rid = 0;
    std::string need, note;
    int count = 0;
    long long seq = 0;
    soci::statement meals = prepared(sql, "SELECT m.rsvp_id, m.need, m.count, m.note, m.seq FROM rsvps r"
                                          " JOIN rsvp_meals m ON m.rsvp_id = r.id " + tail,
                                     soci::into(rid), soci::into(need), soci::into(count), soci::into(note),
                                     soci::into(seq), uses...);
    std::vector<std::vector<std::pair<long long, MealLine>>> meals_of(list.size());
    meals.execute();
    while (meals.fetch())
        if (auto it = index.find(rid); it != index.end())
            meals_of[it->second].push_back({seq, {parse_meal_need(need), count, note}});
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto& m = meals_of[i];
        if (m.empty()) continue;
        std::sort(m.begin(), m.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
        for (auto& [order, meal] : m) list[i].meals.push_back(std::move(meal));
    }
    // Fetched in batches: a 1,000-RSVP event has 1,500 picks, and SOCI's
    // per-row fetch cost more than SQLite reading them.
    constexpr std::size_t kBatch = 512;
    std::vector<Id> rids(kBatch), rounds(kBatch), workshops(kBatch);
    std::vector<long long> seqs(kBatch);
    soci::statement picks = prepared(sql, "SELECT p.rsvp_id, p.round_id, p.workshop_id, p.requested_seq FROM rsvps r"
                                          " JOIN rsvp_picks p ON p.rsvp_id = r.id " + tail,
                                     soci::into(rids), soci::into(rounds), soci::into(workshops), soci::into(seqs), uses...);
    picks.execute();
    while (picks.fetch()) {
        for (std::size_t i = 0; i < rids.size(); ++i)
            if (auto it = index.find(rids[i]); it != index.end())
                list[it->second].picks.push_back({rounds[i], workshops[i], seqs[i]});
        for (auto* v : {&rids, &rounds, &workshops}) v->resize(kBatch);
        seqs.resize(kBatch);
    }
    // By round (rounds are created in number order, so by id).
    for (auto& r : list)
        if (r.picks.size() > 1)
            std::sort(r.picks.begin(), r.picks.end(), [](const auto& x, const auto& y) { return x.round_id < y.round_id; });
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
        soci::use(r.event_id), soci::use(r.household_id), soci::use(status), soci::use(r.adults),
        soci::use(child_ages), soci::use(childcare_ages), soci::use(r.interpreter_language), soci::use(source),
        soci::use(r.recorded_at), soci::into(id);
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
        soci::statement st = (sql.prepare << "SELECT round_id, workshop_id, requested_seq FROM rsvp_picks WHERE rsvp_id = :r",
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
    auto list = select_rsvps(sql, "WHERE r.event_id = :e AND r.household_id = :h", soci::use(event_id),
                             soci::use(household_id));
    if (list.empty()) return std::nullopt;
    return list.front();
}

std::map<Id, Rsvp> rsvp_heads(soci::session& sql, Id event_id, const std::vector<Id>& household_ids) {
    std::map<Id, Rsvp> out;
    if (household_ids.empty()) return out;
    std::string in = ":h0";
    for (std::size_t i = 1; i < household_ids.size(); ++i) in += ", :h" + std::to_string(i);
    Rsvp r;
    std::string status, ages;
    auto st = prepared_with_ids(sql,
                                "SELECT household_id, status, adults, child_ages FROM rsvps WHERE event_id = :e"
                                " AND household_id IN (" + in + ")",
                                household_ids, soci::into(r.household_id), soci::into(status), soci::into(r.adults),
                                soci::into(ages), soci::use(event_id));
    st.execute();
    while (st.fetch()) {
        r.event_id = event_id;
        r.status = parse_rsvp_status(status);
        r.child_ages = split_ints(ages);
        out[r.household_id] = r;
    }
    return out;
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
    return select_rsvps(sql, "WHERE r.event_id = :e", soci::use(event_id));
}

}  // namespace fn::store
