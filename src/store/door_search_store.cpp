#include "store/door_search_store.h"

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>  // SQLite's C API, in namespace sqlite_api

#include <algorithm>

#include "core/text.h"
#include "store/text_list.h"

namespace fn::store {

using namespace sqlite_api;

namespace {

// Fields inside one aggregated column: people by \x1f, a student's fields by
// \x1e. Names cannot hold control characters (core/text.h), so neither
// separator can appear in a value.
constexpr char kPeople = '\x1f', kFields = '\x1e';

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    if (text.empty()) return parts;
    std::size_t start = 0;
    for (;;) {
        auto end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) return parts;
        start = end + 1;
    }
}

// Every UTF-8 string that starts with `prefix` sorts below prefix + U+10FFFF
// under binary collation (SQLite's, and COLLATE "C" on PostgreSQL).
std::string prefix_end(const std::string& prefix) { return prefix + "\xF4\x8F\xBF\xBF"; }

// `words` typed words against one index: the longest word drives the range
// scan of `table` (alias a0); each other word must start some word of the
// same household. Placeholders are named after `tag`, each used once.
std::string matching(const std::string& table, const std::string& tag, std::size_t words, bool per_event) {
    // The longest word's range is read at most kWindow entries deep when
    // other words must match too ("ana l": thousands of "ana..." words, few
    // with an "l..." beside them); the expected families' own index is
    // small enough to read whole.
    std::string range = "a0.term >= :" + tag + "lo0 AND a0.term < :" + tag + "hi0";
    if (per_event) range = "a0.event_id = :" + tag + "event AND " + range;
    std::string from = table + " a0";
    if (!per_event && words > 1)
        from = "(SELECT a0.household_id FROM " + table + " a0 WHERE " + range + " LIMIT " +
               std::to_string(DoorSearch::kWindow) + ") a0";
    std::vector<std::string> conditions;
    if (per_event || words == 1) conditions.push_back(range);
    for (std::size_t i = 1; i < words; ++i) {
        auto n = std::to_string(i);
        conditions.push_back("EXISTS (SELECT 1 FROM search_terms t" + n + " WHERE t" + n +
                             ".household_id = a0.household_id AND t" + n + ".term >= :" + tag + "lo" + n + " AND t" +
                             n + ".term < :" + tag + "hi" + n + ")");
    }
    std::string q = "SELECT a0.household_id AS id FROM " + from;
    for (std::size_t i = 0; i < conditions.size(); ++i) q += (i ? " AND " : " WHERE ") + conditions[i];
    return q + " LIMIT " + std::to_string(DoorSearch::kScannedWords);
}

// The door's statement for `words` typed words: the families expected at the
// event that match, through expected_terms, then the others, each household
// once, expected first, within the limit; then what each row shows.
std::string door_search_query(std::size_t words) {
    return "WITH found AS (SELECT id, 0 AS later FROM (" + matching("expected_terms", "e", words, true) +
           ") e UNION ALL SELECT id, 1 AS later FROM (" + matching("search_terms", "o", words, false) + ") o),"
           " chosen AS (SELECT id, MIN(later) AS later FROM found GROUP BY id ORDER BY MIN(later), id LIMIT :limit)"
           " SELECT h.id, h.code, h.family_name, h.door_guardians, h.door_students,"
           " COALESCE(r.status, ''), COALESCE(r.adults, 0), COALESCE(r.child_ages, ''),"
           " COALESCE(a.checked_in_at, ''), COALESCE(a.adults, 0), COALESCE(a.children, 0), COALESCE(a.walk_in, 0)"
           " FROM chosen c JOIN households h ON h.id = c.id"
           " LEFT JOIN rsvps r ON r.event_id = :rsvp_event AND r.household_id = h.id"
           " LEFT JOIN checkins a ON a.event_id = :checkin_event AND a.household_id = h.id"
           // A family whose children have all left is not offered, unless it said it is coming.
           " WHERE h.active = 1 OR c.later = 0";
}

}  // namespace

std::string door_guardians(const Household& h) {
    std::string out;
    for (const auto& g : h.guardians) {
        if (!out.empty()) out += kPeople;
        out += g.name;
    }
    return out;
}

std::string door_students(const Household& h) {
    std::string out;
    for (const auto& s : h.students) {
        if (!s.left_on.empty()) continue;  // left the school: not who the door is told about
        if (!out.empty()) out += kPeople;
        out += s.first_name + kFields + s.last_name + kFields + s.grade + kFields + s.homeroom;
    }
    return out;
}

void refresh_expected_terms(soci::session& sql, Id event_id, Id household_id) {
    sql << "DELETE FROM expected_terms WHERE household_id = :h AND event_id = :e", soci::use(household_id),
        soci::use(event_id);
    sql << "INSERT INTO expected_terms (event_id, term, household_id) SELECT r.event_id, t.term, t.household_id"
           " FROM rsvps r JOIN search_terms t ON t.household_id = r.household_id"
           " WHERE r.event_id = :e AND r.household_id = :h AND r.status = 'yes'",
        soci::use(event_id), soci::use(household_id);
}

void refresh_expected_terms(soci::session& sql, Id household_id) {
    sql << "DELETE FROM expected_terms WHERE household_id = :h", soci::use(household_id);
    sql << "INSERT INTO expected_terms (event_id, term, household_id) SELECT r.event_id, t.term, t.household_id"
           " FROM rsvps r JOIN search_terms t ON t.household_id = r.household_id"
           " WHERE r.household_id = :h AND r.status = 'yes'",
        soci::use(household_id);
}

// The prepared statement and its bound buffers. On SQLite it runs through
// SQLite's C API: SOCI's per-row fetch (every column copied through its own
// text cache) cost as much as the query itself, on every keystroke.
struct DoorSearch::Statement {
    Statement(soci::session& sql, std::size_t words) : lows(words), highs(words), st(sql) {
        const std::string query = door_search_query(words);
        if (sql.get_backend_name() == "sqlite3") {
            sqlite3* db = static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_;
            if (int rc = sqlite3_prepare_v2(db, query.c_str(), static_cast<int>(query.size()), &raw, nullptr); rc != SQLITE_OK)
                throw soci::sqlite3_soci_error(sqlite3_errmsg(db), rc);
            return;
        }
        st.exchange(soci::into(id));
        st.exchange(soci::into(code));
        st.exchange(soci::into(family_name));
        st.exchange(soci::into(guardians));
        st.exchange(soci::into(students));
        st.exchange(soci::into(rsvp_status));
        st.exchange(soci::into(rsvp_adults));
        st.exchange(soci::into(rsvp_child_ages));
        st.exchange(soci::into(arrived_at));
        st.exchange(soci::into(adults_here));
        st.exchange(soci::into(children_here));
        st.exchange(soci::into(walk_in));
        // In the order the placeholders appear (each once): the expected
        // families' event and words, the others' words, the limit, the
        // event of the RSVP and of the arrival.
        st.exchange(soci::use(event));
        for (int branch = 0; branch < 2; ++branch)
            for (std::size_t i = 0; i < words; ++i) {
                st.exchange(soci::use(lows[i]));
                st.exchange(soci::use(highs[i]));
            }
        st.exchange(soci::use(limit));
        st.exchange(soci::use(event));
        st.exchange(soci::use(event));
        st.alloc();
        st.prepare(query);
        st.define_and_bind();
    }
    ~Statement() {
        if (raw) sqlite3_finalize(raw);
    }

    void execute() {
        if (!raw) {
            st.execute();
            return;
        }
        int at = 1;
        auto text = [&](const std::string& v) {
            sqlite3_bind_text(raw, at++, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
        };
        sqlite3_bind_int64(raw, at++, event);
        for (int branch = 0; branch < 2; ++branch)
            for (std::size_t i = 0; i < lows.size(); ++i) {
                text(lows[i]);
                text(highs[i]);
            }
        sqlite3_bind_int(raw, at++, limit);
        sqlite3_bind_int64(raw, at++, event);
        sqlite3_bind_int64(raw, at++, event);
    }
    bool fetch() {
        if (!raw) return st.fetch();
        int rc = sqlite3_step(raw);
        if (rc == SQLITE_DONE) {
            sqlite3_reset(raw);
            return false;
        }
        if (rc != SQLITE_ROW) {
            sqlite3* db = sqlite3_db_handle(raw);
            sqlite3_reset(raw);
            throw soci::sqlite3_soci_error(sqlite3_errmsg(db), rc);
        }
        auto text = [&](int column, std::string& into) {
            auto* p = reinterpret_cast<const char*>(sqlite3_column_text(raw, column));
            into.assign(p ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(raw, column)));
        };
        id = sqlite3_column_int64(raw, 0);
        text(1, code);
        text(2, family_name);
        text(3, guardians);
        text(4, students);
        text(5, rsvp_status);
        rsvp_adults = sqlite3_column_int(raw, 6);
        text(7, rsvp_child_ages);
        text(8, arrived_at);
        adults_here = sqlite3_column_int(raw, 9);
        children_here = sqlite3_column_int(raw, 10);
        walk_in = sqlite3_column_int(raw, 11);
        return true;
    }

    // Bound buffers.
    std::vector<std::string> lows, highs;
    Id event = 0;
    int limit = 0;
    Id id = 0;
    std::string code, family_name, guardians, students, rsvp_status, rsvp_child_ages, arrived_at;
    int rsvp_adults = 0, adults_here = 0, children_here = 0, walk_in = 0;
    soci::statement st;
    sqlite3_stmt* raw = nullptr;  // set on SQLite
};

DoorSearch::DoorSearch(soci::session& sql) : sql_(sql) {}
DoorSearch::~DoorSearch() = default;

std::vector<DoorCandidate> DoorSearch::find(Id event_id, const std::vector<std::string>& words, int limit) {
    std::vector<DoorCandidate> out;
    if (words.empty() || limit <= 0) return out;
    std::vector<std::string> typed(words.begin(), words.begin() + static_cast<long>(std::min(words.size(), kMaxWords)));
    std::stable_sort(typed.begin(), typed.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    auto& slot = by_words_[typed.size() - 1];
    if (!slot) slot = std::make_unique<Statement>(sql_, typed.size());
    Statement& s = *slot;
    for (std::size_t i = 0; i < typed.size(); ++i) {
        s.lows[i] = typed[i];
        s.highs[i] = prefix_end(typed[i]);
    }
    s.event = event_id;
    s.limit = limit;
    s.execute();
    while (s.fetch()) {
        DoorCandidate c;
        Household& h = c.household;
        h.id = s.id;
        h.code = s.code;
        h.family_name_as_written = s.family_name;
        for (auto& name : split(s.guardians, kPeople)) {
            Guardian g;
            g.name = std::move(name);
            h.guardians.push_back(std::move(g));
        }
        for (const auto& row : split(s.students, kPeople)) {
            auto f = split(row, kFields);
            f.resize(4);
            Student st;
            st.first_name = f[0];
            st.last_name = f[1];
            st.grade = f[2];
            st.homeroom = f[3];
            h.students.push_back(std::move(st));
        }
        if (!s.rsvp_status.empty()) {
            c.rsvp = parse_rsvp_status(s.rsvp_status);
            c.expected_adults = s.rsvp_adults;
            c.expected_children = static_cast<int>(split_ints(s.rsvp_child_ages).size());
        }
        if (!s.arrived_at.empty()) {
            c.arrived_at = s.arrived_at;
            c.adults_here = s.adults_here;
            c.children_here = s.children_here;
            c.walk_in = s.walk_in != 0;
        }
        out.push_back(std::move(c));
    }
    // The order the limit chose by (expected first, then by id), made
    // certain here: cheaper than a second sort in the statement.
    std::sort(out.begin(), out.end(), [](const DoorCandidate& a, const DoorCandidate& b) {
        return a.expected() != b.expected() ? a.expected() : a.household.id < b.household.id;
    });
    return out;
}

}  // namespace fn::store
