#include "store/door_search_store.h"

#include <soci/soci.h>

#include <algorithm>

#include "core/text.h"
#include "store/row_reader.h"
#include "store/text_list.h"

namespace fn::store {
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

// The statement for a number of typed words, prepared on its first run and
// run again on every keystroke (store/row_reader.h: SQLite's C API in place,
// SOCI on PostgreSQL).
struct DoorSearch::Statement {
    Statement(soci::session& sql, std::size_t words) : rows(sql, door_search_query(words)) {}
    RowReader rows;
    bool ran = false;
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
    RowReader& rows = slot->rows;
    if (slot->ran) rows.again();
    slot->ran = true;
    // In the order the placeholders appear (each once): the expected
    // families' event and words, the others' words, the limit, the event of
    // the RSVP and of the arrival.
    rows.bind(event_id);
    for (int branch = 0; branch < 2; ++branch)
        for (const auto& word : typed) rows.bind(word).bind(prefix_end(word));
    rows.bind(limit).bind(event_id).bind(event_id);
    while (rows.next()) {
        DoorCandidate c;
        Household& h = c.household;
        h.id = rows.integer(0);
        h.code = rows.text(1);
        h.family_name_as_written = rows.text(2);
        for (auto& name : split(rows.text(3), kPeople)) {
            Guardian g;
            g.name = std::move(name);
            h.guardians.push_back(std::move(g));
        }
        for (const auto& row : split(rows.text(4), kPeople)) {
            auto f = split(row, kFields);
            f.resize(4);
            Student st;
            st.first_name = f[0];
            st.last_name = f[1];
            st.grade = f[2];
            st.homeroom = f[3];
            h.students.push_back(std::move(st));
        }
        if (auto status = rows.text(5); !status.empty()) {
            c.rsvp = parse_rsvp_status(status);
            c.expected_adults = static_cast<int>(rows.integer(6));
            c.expected_children = static_cast<int>(split_ints(rows.text(7)).size());
        }
        if (auto arrived = rows.text(8); !arrived.empty()) {
            c.arrived_at = arrived;
            c.adults_here = static_cast<int>(rows.integer(9));
            c.children_here = static_cast<int>(rows.integer(10));
            c.walk_in = rows.integer(11) != 0;
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
