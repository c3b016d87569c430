#include "store/door_search_store.h"

#include <soci/soci.h>

#include <algorithm>

#include "core/text.h"
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

// The statement for `words` typed words. The longest word drives the index
// range scan; each other word must start some word of the same household.
// Families expected tonight are chosen first within the limit, through the
// RSVP index, among the first kScannedWords matching words: a keystroke costs
// at most that many index steps, not one per family whose name starts with
// "m". Each chosen row then reads its names, students, RSVP and arrival.
// PostgreSQL orders an aggregate's values by its own clause.
std::string door_search_query(std::size_t words, bool postgresql) {
    std::string match = "SELECT t0.household_id AS id FROM search_terms t0 WHERE t0.term >= :lo0 AND t0.term < :hi0";
    for (std::size_t i = 1; i < words; ++i) {
        auto n = std::to_string(i);
        match += " AND EXISTS (SELECT 1 FROM search_terms t" + n + " WHERE t" + n + ".household_id = t0.household_id AND t" +
                 n + ".term >= :lo" + n + " AND t" + n + ".term < :hi" + n + ")";
    }
    const std::string sep = postgresql ? "chr(31)" : "char(31)", fsep = postgresql ? "chr(30)" : "char(30)";
    const std::string student = "s.first_name || " + fsep + " || s.last_name || " + fsep + " || s.grade || " + fsep +
                                " || s.homeroom";
    const std::string guardians =
        postgresql ? "(SELECT string_agg(g.name, chr(31) ORDER BY g.position) FROM guardians g WHERE g.household_id = h.id)"
                   : "(SELECT group_concat(name, char(31)) FROM (SELECT g.name FROM guardians g"
                     " WHERE g.household_id = h.id ORDER BY g.position))";
    const std::string students =
        postgresql ? "(SELECT string_agg(" + student + ", chr(31) ORDER BY s.id) FROM students s WHERE s.household_id = h.id)"
                   : "(SELECT group_concat(x, char(31)) FROM (SELECT " + student +
                         " AS x FROM students s WHERE s.household_id = h.id ORDER BY s.id))";
    return "WITH matched AS (SELECT DISTINCT id FROM (" + match + " LIMIT " + std::to_string(DoorSearch::kScannedWords) +
           ") w),"
           " chosen AS (SELECT m.id, r.status, r.adults, r.child_ages FROM matched m"
           " LEFT JOIN rsvps r ON r.event_id = :event AND r.household_id = m.id"
           " ORDER BY CASE WHEN r.status = 'yes' THEN 0 ELSE 1 END, m.id LIMIT :limit)"
           " SELECT h.id, h.code, h.family_name, COALESCE(" + guardians + ", ''), COALESCE(" + students + ", ''),"
           " COALESCE(c.status, ''), COALESCE(c.adults, 0), COALESCE(c.child_ages, ''),"
           " COALESCE(a.checked_in_at, ''), COALESCE(a.adults, 0), COALESCE(a.children, 0), COALESCE(a.walk_in, 0)"
           " FROM chosen c JOIN households h ON h.id = c.id"
           " LEFT JOIN checkins a ON a.event_id = :event2 AND a.household_id = h.id";
}

}  // namespace

struct DoorSearch::Statement {
    Statement(soci::session& sql, std::size_t words) : lows(words), highs(words), st(sql) {
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
        for (std::size_t i = 0; i < words; ++i) {
            st.exchange(soci::use(lows[i]));
            st.exchange(soci::use(highs[i]));
        }
        st.exchange(soci::use(event));
        st.exchange(soci::use(limit));
        st.exchange(soci::use(event2));
        st.alloc();
        st.prepare(door_search_query(words, sql.get_backend_name() == "postgresql"));
        st.define_and_bind();
    }
    // Bound buffers.
    std::vector<std::string> lows, highs;
    Id event = 0, event2 = 0;
    int limit = 0;
    Id id = 0;
    std::string code, family_name, guardians, students, rsvp_status, rsvp_child_ages, arrived_at;
    int rsvp_adults = 0, adults_here = 0, children_here = 0, walk_in = 0;
    soci::statement st;
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
    s.event = s.event2 = event_id;
    s.limit = limit;
    s.st.execute();
    while (s.st.fetch()) {
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
    // The order the limit chose by, made certain here (cheaper than a
    // second sort in the statement).
    std::sort(out.begin(), out.end(), [](const DoorCandidate& a, const DoorCandidate& b) {
        return a.expected() != b.expected() ? a.expected() : a.household.id < b.household.id;
    });
    return out;
}

}  // namespace fn::store
