#include "store/door_search_store.h"

#include <soci/soci.h>

#include <algorithm>

#include "core/text.h"
#include "store/row_reader.h"
#include "core/text_list.h"

namespace fn::store {
namespace {

// Fields inside one aggregated column: people by \x1f, a student's fields by
// \x1e. Names cannot hold control characters (core/text.h), so neither
// separator can appear in a value.
constexpr char kPeople = '\x1f', kFields = '\x1e';

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
// event that match, through expected_terms, then the others who are still
// at the school, each with what its row shows. A household can come more
// than once (several of its words match, or both kinds): find() keeps its
// first row and stops reading at the limit, so only the rows kept are
// joined. SQLite runs UNION ALL's parts in order; PostgreSQL is asked to
// (`ordered`; by id
// within each part, the same rows each time), which costs it a sort of a
// few hundred rows at most.
std::string door_search_query(std::size_t words, bool ordered) {
    auto part = [&](const char* later, const std::string& tag, const std::string& found, const char* condition) {
        return std::string("SELECT ") + later +
               " AS later, h.id, h.code, h.family_name, h.door_guardians, h.door_students,"
               " r.status, r.adults, r.child_ages, a.checked_in_at, a.adults, a.children, a.walk_in"
               " FROM (" +
               found +
               ") c JOIN households h ON h.id = c.id"
               " LEFT JOIN rsvps r ON r.event_id = :" +
               tag +
               "rsvp_event AND r.household_id = h.id"
               " LEFT JOIN checkins a ON a.event_id = :" +
               tag + "checkin_event AND a.household_id = h.id" + condition;
    };
    return part("0", "e", matching("expected_terms", "e", words, true), "") + " UNION ALL " +
           // A family whose children have all left is not offered, unless it said it is coming.
           part("1", "o", matching("search_terms", "o", words, false), " WHERE h.active = 1") +
           (ordered ? " ORDER BY later, id" : "");
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

namespace {

// Calls `each` with every part of `text` between separators (none for "").
template <typename Each>
void for_each_part(std::string_view text, char separator, Each each) {
    if (text.empty()) return;
    for (;;) {
        auto end = text.find(separator);
        each(text.substr(0, end));
        if (end == std::string_view::npos) return;
        text.remove_prefix(end + 1);
    }
}

// One row of the statement (door_search_query) as what the door shows. The
// people are read in place from the row's text (no copies of the parts):
// this runs for thirty rows on every keystroke.
DoorCandidate candidate_from(const RowReader& rows) {
    DoorCandidate c;
    Household& h = c.household;
    h.id = rows.integer(1);
    h.code = rows.text(2);
    h.family_name_as_written = rows.text(3);
    const std::string guardians = rows.text(4), students = rows.text(5);
    h.guardians.reserve(static_cast<std::size_t>(std::count(guardians.begin(), guardians.end(), kPeople)) + 1);
    for_each_part(guardians, kPeople, [&](std::string_view name) { h.guardians.emplace_back().name = name; });
    h.students.reserve(static_cast<std::size_t>(std::count(students.begin(), students.end(), kPeople)) + 1);
    for_each_part(students, kPeople, [&](std::string_view row) {
        Student& st = h.students.emplace_back();
        std::string* fields[] = {&st.first_name, &st.last_name, &st.grade, &st.homeroom};
        std::size_t at = 0;
        for_each_part(row, kFields, [&](std::string_view field) {
            if (at < std::size(fields)) *fields[at++] = field;
        });
    });
    if (auto status = rows.text(6); !status.empty()) {
        c.rsvp = parse_rsvp_status(status);
        c.expected_adults = static_cast<int>(rows.integer(7));
        c.expected_children = static_cast<int>(split_ints(rows.text(8)).size());
    }
    if (auto arrived = rows.text(9); !arrived.empty()) {
        c.arrived_at = arrived;
        c.adults_here = static_cast<int>(rows.integer(10));
        c.children_here = static_cast<int>(rows.integer(11));
        c.walk_in = rows.integer(12) != 0;
    }
    return c;
}

}  // namespace

// The statement for a number of typed words, prepared on its first run and
// run again on every keystroke (store/row_reader.h: SQLite's C API in place,
// SOCI on PostgreSQL).
struct DoorSearch::Statement {
    Statement(soci::session& sql, std::size_t words)
        : rows(sql, door_search_query(words, sql.get_backend_name() != "sqlite3"), RowReader::Use::Reused) {}
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
    // In the order the placeholders appear (each once), for each part: the
    // expected families' event and words, the event of the RSVP and of the
    // arrival; then the others' words and the same two events.
    rows.bind(event_id);
    for (const auto& word : typed) rows.bind(word).bind(prefix_end(word));
    rows.bind(event_id).bind(event_id);
    for (const auto& word : typed) rows.bind(word).bind(prefix_end(word));
    rows.bind(event_id).bind(event_id);
    std::vector<Id> seen;  // at most `limit`: a linear search beats a set
    while (static_cast<int>(out.size()) < limit && rows.next()) {
        const Id id = rows.integer(1);
        if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
        seen.push_back(id);
        out.push_back(candidate_from(rows));
    }
    rows.stop();  // the rows past the limit are not read
    return out;
}

}  // namespace fn::store
