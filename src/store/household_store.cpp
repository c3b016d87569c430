#include "store/household_store.h"

#include <soci/soci.h>

#include <optional>

#include <algorithm>
#include <unordered_map>

#include "core/errors.h"
#include "core/text.h"
#include "store/access.h"
#include "store/batch_insert.h"
#include "store/door_search_store.h"
#include "store/migrations.h"
#include "store/statement.h"

namespace fn::store {
namespace {

// Upper bound for a prefix range scan: every UTF-8 string that starts with
// `prefix` sorts below prefix + U+10FFFF under SQLite's binary collation.
std::string prefix_end(const std::string& prefix) { return prefix + "\xF4\x8F\xBF\xBF"; }

}  // namespace

// A sorted vector: a set's node per word cost a roster import more than
// folding the names.
std::vector<std::string> search_terms_of(const Household& h) {
    std::vector<std::string> terms;
    auto add = [&](const std::string& text) {
        for (auto& t : search_tokens(text)) terms.push_back(std::move(t));
    };
    add(h.family_name_as_written);
    for (const auto& g : h.guardians) add(g.name);
    for (const auto& s : h.students) {
        add(s.first_name);
        add(s.last_name);
    }
    add(h.code);
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    return terms;
}

struct HouseholdWriter::Statements {
    explicit Statements(soci::session& s) : sql(s) {}
    soci::session& sql;
    // Bound row buffers.
    Id id = 0;
    int walk_in = 0, position = 0, active = 1;
    std::string code, address, language, notes, family_name, door_people, door_children, language_to_confirm;
    std::string g_name, g_phone, g_email, g_contact, g_language;
    std::string s_number, s_first, s_last, s_grade, s_homeroom, s_left_on;
    std::string term;
    // Each made on first use: on a server, making one is a round trip and
    // dropping it another, so a walk-in (one household) pays only for the
    // statements it runs, while a roster import reuses them thousands of times.
    std::optional<soci::statement> insert_household_, update_household_, insert_guardian_, insert_student_,
        insert_term_, delete_guardians_, delete_students_, delete_terms_;
    soci::statement& insert_household() {
        if (!insert_household_)
            insert_household_.emplace(
                (sql.prepare << "INSERT INTO households (code, address, language, notes, walk_in, family_name,"
                                " door_guardians, door_students, active, language_to_confirm)"
                                " VALUES (:c, :a, :l, :n, :w, :f, :dg, :ds, :act, :ltc) RETURNING id",
                 soci::use(code), soci::use(address), soci::use(language), soci::use(notes), soci::use(walk_in),
                 soci::use(family_name), soci::use(door_people), soci::use(door_children), soci::use(active),
                 soci::use(language_to_confirm), soci::into(id)));
        return *insert_household_;
    }
    soci::statement& update_household() {
        if (!update_household_)
            update_household_.emplace(
                (sql.prepare << "UPDATE households SET address = :a, language = :l, notes = :n, walk_in = :w,"
                                " family_name = :f, door_guardians = :dg, door_students = :ds, active = :act,"
                                " language_to_confirm = :ltc WHERE id = :id",
                 soci::use(address), soci::use(language), soci::use(notes), soci::use(walk_in), soci::use(family_name),
                 soci::use(door_people), soci::use(door_children), soci::use(active), soci::use(language_to_confirm),
                 soci::use(id)));
        return *update_household_;
    }
    soci::statement& insert_guardian() {
        if (!insert_guardian_)
            insert_guardian_.emplace((sql.prepare
                                          << "INSERT INTO guardians (household_id, position, name, phone, email,"
                                             " preferred_contact, language) VALUES (:h, :p, :n, :ph, :e, :c, :l)",
                                      soci::use(id), soci::use(position), soci::use(g_name), soci::use(g_phone),
                                      soci::use(g_email), soci::use(g_contact), soci::use(g_language)));
        return *insert_guardian_;
    }
    soci::statement& insert_student() {
        if (!insert_student_)
            insert_student_.emplace((sql.prepare << "INSERT INTO students (household_id, student_number, first_name,"
                                                    " last_name, grade, homeroom, left_on)"
                                                    " VALUES (:h, :n, :f, :l, :g, :r, :lo)",
                                     soci::use(id), soci::use(s_number), soci::use(s_first), soci::use(s_last),
                                     soci::use(s_grade), soci::use(s_homeroom), soci::use(s_left_on)));
        return *insert_student_;
    }
    soci::statement& insert_term() {
        if (!insert_term_)
            insert_term_.emplace((sql.prepare << "INSERT INTO search_terms (term, household_id) VALUES (:t, :h)"
                                                 " ON CONFLICT DO NOTHING",
                                  soci::use(term), soci::use(id)));
        return *insert_term_;
    }
    soci::statement& delete_guardians() {
        if (!delete_guardians_)
            delete_guardians_.emplace((sql.prepare << "DELETE FROM guardians WHERE household_id = :h", soci::use(id)));
        return *delete_guardians_;
    }
    soci::statement& delete_students() {
        if (!delete_students_)
            delete_students_.emplace((sql.prepare << "DELETE FROM students WHERE household_id = :h", soci::use(id)));
        return *delete_students_;
    }
    soci::statement& delete_terms() {
        if (!delete_terms_)
            delete_terms_.emplace((sql.prepare << "DELETE FROM search_terms WHERE household_id = :h", soci::use(id)));
        return *delete_terms_;
    }

    void set_household(const Household& h) {
        code = h.code;
        address = h.address;
        language = h.language;
        notes = h.notes;
        walk_in = h.walk_in ? 1 : 0;
        family_name = h.family_name_as_written;
        door_people = door_guardians(h);
        door_children = door_students(h);
        active = h.active() ? 1 : 0;
        language_to_confirm = h.language_to_confirm;
    }
};

HouseholdWriter::HouseholdWriter(soci::session& sql) : st_(std::make_unique<Statements>(sql)) {}
HouseholdWriter::~HouseholdWriter() = default;

Id HouseholdWriter::insert(const Household& h) {
    st_->set_household(h);
    st_->insert_household().execute(true);
    write_members(st_->id, h);
    return st_->id;
}

void HouseholdWriter::replace(const Household& h) {
    st_->set_household(h);
    st_->id = h.id;
    st_->update_household().execute(true);
    if (st_->update_household().get_affected_rows() == 0)
        throw NotFoundError(tr("no household with id {0}", {static_cast<long long>(h.id)}));
    st_->delete_guardians().execute(true);
    st_->delete_students().execute(true);
    st_->delete_terms().execute(true);
    write_members(h.id, h);
    refresh_expected_terms(st_->sql, h.id);  // its words may have changed
}

void HouseholdWriter::write_members(Id id, const Household& h) {
    auto& s = *st_;
    s.id = id;
    s.position = 0;
    for (const auto& g : h.guardians) {
        s.g_name = g.name;
        s.g_phone = g.phone;
        s.g_email = g.email;
        s.g_contact = to_string(g.preferred_contact);
        s.g_language = g.language;
        s.insert_guardian().execute(true);
        ++s.position;
    }
    for (const auto& st : h.students) {
        s.s_number = st.student_number;
        s.s_first = st.first_name;
        s.s_last = st.last_name;
        s.s_grade = st.grade;
        s.s_homeroom = st.homeroom;
        s.s_left_on = st.left_on;
        s.insert_student().execute(true);
    }
    for (const auto& t : search_terms_of(h)) {
        s.term = t;
        s.insert_term().execute(true);
    }
}

namespace {

// `n` unused household ids. SQLite: after the largest (the caller holds the
// write lock); PostgreSQL: drawn from the identity sequence, so another
// station's insert never takes one of them.
std::vector<Id> draw_household_ids(soci::session& sql, std::size_t n) {
    std::vector<Id> ids;
    if (n == 0) return ids;
    if (sql.get_backend_name() == "postgresql") {
        ids.resize(n);
        int count = static_cast<int>(n);
        sql << "SELECT nextval(pg_get_serial_sequence('households', 'id')) FROM generate_series(1, :n)",
            soci::use(count), soci::into(ids);
        return ids;
    }
    long long largest = 0;
    soci::indicator none = soci::i_ok;
    sql << "SELECT MAX(id) FROM households", soci::into(largest, none);
    if (none == soci::i_null) largest = 0;
    for (std::size_t i = 1; i <= n; ++i) ids.push_back(largest + static_cast<Id>(i));
    return ids;
}

// Fewer words than this go straight into the index.
constexpr std::size_t kIndexAfterWords = 20000;

bool any_search_terms(soci::session& sql) {
    int any = 0;
    sql << "SELECT EXISTS (SELECT 1 FROM search_terms)", soci::into(any);
    return any != 0;
}

}  // namespace

void HouseholdWriter::insert_all(std::vector<Household>& households) {
    auto& sql = st_->sql;
    auto ids = draw_household_ids(sql, households.size());
    for (std::size_t i = 0; i < households.size(); ++i) households[i].id = ids[i];
    {
        BatchInsert rows(sql, "households",
                         {"id", "code", "address", "language", "notes", "walk_in", "family_name", "door_guardians",
                          "door_students", "active", "language_to_confirm"});
        for (const auto& h : households)
            rows.add({std::to_string(h.id), h.code, h.address, h.language, h.notes, h.walk_in ? "1" : "0",
                      h.family_name_as_written, door_guardians(h), door_students(h), h.active() ? "1" : "0",
                      h.language_to_confirm});
        rows.flush();
    }
    {
        BatchInsert rows(sql, "guardians",
                         {"household_id", "position", "name", "phone", "email", "preferred_contact", "language"});
        for (const auto& h : households) {
            const std::string id = std::to_string(h.id);
            int position = 0;
            for (const auto& g : h.guardians)
                rows.add({id, std::to_string(position++), g.name, g.phone, g.email, to_string(g.preferred_contact),
                          g.language});
        }
        rows.flush();
    }
    {
        BatchInsert rows(sql, "students",
                         {"household_id", "student_number", "first_name", "last_name", "grade", "homeroom", "left_on"});
        for (const auto& h : households) {
            const std::string id = std::to_string(h.id);
            for (const auto& st : h.students)
                rows.add({id, st.student_number, st.first_name, st.last_name, st.grade, st.homeroom, st.left_on});
        }
        rows.flush();
    }
    // In key order: each word lands at the end of the index it goes into.
    std::vector<std::pair<std::string, Id>> terms;
    for (const auto& h : households)
        for (auto& t : search_terms_of(h)) terms.emplace_back(std::move(t), h.id);
    std::sort(terms.begin(), terms.end());
    // Into a new directory on SQLite, the index by household is built once
    // the words are in (CREATE INDEX sorts them) instead of taking them one
    // by one in random order: the 300,000 words of a 100,000-student roster
    // took 14 times as long as 30,000. Inside the import's transaction, so a
    // refusal puts the index back with the rest.
    const bool index_after =
        sql.get_backend_name() == "sqlite3" && terms.size() >= kIndexAfterWords && !any_search_terms(sql);
    if (index_after) sql << "DROP INDEX search_terms_household";
    {
        BatchInsert rows(sql, "search_terms", {"term", "household_id"});
        for (const auto& [term, id] : terms) rows.add({term, std::to_string(id)});
        rows.flush();
    }
    if (index_after) sql << kSearchTermsByHousehold;
}

Id insert_household(soci::session& sql, const Household& h) { return HouseholdWriter(sql).insert(h); }
void replace_household(soci::session& sql, const Household& h) { HouseholdWriter(sql).replace(h); }

namespace {

// " IN (:i0, :i1, ...)" for n bound ids.
std::string in_list(std::size_t n) {
    std::string s = " IN (";
    for (std::size_t i = 0; i < n; ++i) s += (i ? ", :i" : ":i") + std::to_string(i);
    return s + ")";
}

// Households (with members) whose id is in `ids`, appended to `out` in the
// order of `ids`.
void load_chunk(soci::session& sql, const std::vector<Id>& ids, std::vector<Household>& out) {
    const std::string in = in_list(ids.size());
    std::unordered_map<Id, Household> found;
    {
        Household h;
        int walk_in = 0;
        auto st =
            prepared_with_ids(sql,
                              "SELECT id, code, " + contact_column(sql, "address") +
                                  ", language, notes, walk_in, family_name, erased_on, language_to_confirm"
                                  " FROM households WHERE id" +
                                  in,
                              ids, soci::into(h.id), soci::into(h.code), soci::into(h.address), soci::into(h.language),
                              soci::into(h.notes), soci::into(walk_in), soci::into(h.family_name_as_written),
                              soci::into(h.erased_on), soci::into(h.language_to_confirm));
        st.execute();
        while (st.fetch()) {
            h.walk_in = walk_in != 0;
            found[h.id] = h;
        }
    }
    {
        Id hid = 0;
        Guardian g;
        std::string contact;
        auto st = prepared_with_ids(sql,
                                    "SELECT household_id, id, name, " + contact_column(sql, "phone") + ", " +
                                        contact_column(sql, "email") +
                                        ", preferred_contact, language FROM guardians WHERE household_id" + in +
                                        " ORDER BY household_id, position",
                                    ids, soci::into(hid), soci::into(g.id), soci::into(g.name), soci::into(g.phone),
                                    soci::into(g.email), soci::into(contact), soci::into(g.language));
        st.execute();
        while (st.fetch()) {
            g.preferred_contact = parse_contact_method(contact);
            found[hid].guardians.push_back(g);
        }
    }
    {
        Id hid = 0;
        Student s;
        auto st = prepared_with_ids(
            sql,
            "SELECT household_id, id, student_number, first_name, last_name, grade, homeroom, left_on"
            " FROM students WHERE household_id" +
                in + " ORDER BY household_id, id",
            ids, soci::into(hid), soci::into(s.id), soci::into(s.student_number), soci::into(s.first_name),
            soci::into(s.last_name), soci::into(s.grade), soci::into(s.homeroom), soci::into(s.left_on));
        st.execute();
        while (st.fetch()) found[hid].students.push_back(s);
    }
    for (Id id : ids)
        if (auto it = found.find(id); it != found.end()) out.push_back(it->second);  // ids may repeat
}

}  // namespace

std::vector<Household> load_households(soci::session& sql, const std::vector<Id>& ids) {
    std::vector<Household> out;
    out.reserve(ids.size());
    constexpr std::size_t kChunk = 500;  // well under SQLite's limit on bound values
    for (std::size_t start = 0; start < ids.size(); start += kChunk) {
        std::vector<Id> chunk(ids.begin() + static_cast<long>(start),
                              ids.begin() + static_cast<long>(std::min(ids.size(), start + kChunk)));
        load_chunk(sql, chunk, out);
    }
    return out;
}

std::optional<Household> find_household(soci::session& sql, Id id) {
    auto list = load_households(sql, {id});
    if (list.empty()) return std::nullopt;
    return list.front();
}

Household load_household(soci::session& sql, Id id) {
    auto h = find_household(sql, id);
    if (!h) throw NotFoundError(tr("no household with id {0}", {static_cast<long long>(id)}));
    return *h;
}

std::optional<Household> find_household_by_code(soci::session& sql, const std::string& code) {
    Id id = 0;
    sql << "SELECT id FROM households WHERE code = :c", soci::use(code), soci::into(id);
    if (!sql.got_data()) return std::nullopt;
    return find_household(sql, id);
}

bool family_code_taken(soci::session& sql, const std::string& code) {
    int n = 0;
    sql << "SELECT COUNT(*) FROM households WHERE code = :c", soci::use(code), soci::into(n);
    return n > 0;
}

bool household_exists(soci::session& sql, Id id) {
    int n = 0;
    sql << "SELECT COUNT(*) FROM households WHERE id = :id", soci::use(id), soci::into(n);
    return n > 0;
}

std::optional<Id> household_id_by_code(soci::session& sql, const std::string& code) {
    Id id = 0;
    sql << "SELECT id FROM households WHERE code = :c", soci::use(code), soci::into(id);
    if (!sql.got_data()) return std::nullopt;
    return id;
}

std::vector<Id> all_household_ids(soci::session& sql) {
    std::vector<Id> ids;
    Id id = 0;
    soci::statement st = (sql.prepare << "SELECT id FROM households WHERE erased_on = '' ORDER BY id", soci::into(id));
    st.execute();
    while (st.fetch()) ids.push_back(id);
    return ids;
}

std::vector<std::string> household_languages(soci::session& sql) {
    std::vector<std::string> languages;
    std::string language;
    soci::statement st =
        (sql.prepare << "SELECT DISTINCT language FROM households ORDER BY language", soci::into(language));
    st.execute();
    while (st.fetch()) languages.push_back(language);
    return languages;
}

std::unordered_set<std::string> all_family_codes(soci::session& sql) {
    std::unordered_set<std::string> codes;
    std::string code;
    soci::statement st = (sql.prepare << "SELECT code FROM households", soci::into(code));
    st.execute();
    while (st.fetch()) codes.insert(code);
    return codes;
}

long long count_households(soci::session& sql) {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM households WHERE erased_on = ''", soci::into(n);
    return n;
}

BackpackCount count_backpack_mail(soci::session& sql) {
    BackpackCount n;
    sql << "SELECT COUNT(*) FROM households h WHERE h.active = 1 AND h.erased_on = '' AND EXISTS"
           " (SELECT 1 FROM students s WHERE s.household_id = h.id AND s.left_on = '')",
        soci::into(n.households);
    sql << "SELECT COUNT(DISTINCT homeroom) FROM students WHERE left_on = ''", soci::into(n.homerooms);
    return n;
}

std::vector<Id> search_household_ids(soci::session& sql, const std::vector<std::string>& words, int limit,
                                     Id expected_at_event) {
    std::vector<Id> ids;
    if (words.empty()) return ids;
    // The longest word drives the index range scan (fewest matches); each
    // other word must start some word of the same household. Few words are
    // typed at a door; more than four add nothing but cost.
    std::vector<std::string> lows(words.begin(),
                                  words.begin() + static_cast<long>(std::min<std::size_t>(words.size(), 4)));
    std::stable_sort(lows.begin(), lows.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    std::vector<std::string> highs;
    for (const auto& w : lows) highs.push_back(prefix_end(w));
    std::string query = "SELECT t0.household_id FROM search_terms t0 WHERE t0.term >= :lo0 AND t0.term < :hi0";
    for (std::size_t i = 1; i < lows.size(); ++i) {
        auto n = std::to_string(i);
        query += " AND EXISTS (SELECT 1 FROM search_terms t" + n + " WHERE t" + n +
                 ".household_id = t0.household_id AND t" + n + ".term >= :lo" + n + " AND t" + n + ".term < :hi" + n +
                 ")";
    }
    // GROUP BY rather than DISTINCT: PostgreSQL orders a DISTINCT list only
    // by what it selects.
    query += " GROUP BY t0.household_id";
    if (expected_at_event)
        query +=
            " ORDER BY EXISTS (SELECT 1 FROM rsvps r WHERE r.event_id = :event AND r.household_id = t0.household_id"
            " AND r.status = 'yes') DESC";
    query += " LIMIT :limit";
    Id id = 0;
    soci::statement st(sql);
    st.exchange(soci::into(id));
    for (std::size_t i = 0; i < lows.size(); ++i) {
        st.exchange(soci::use(lows[i]));
        st.exchange(soci::use(highs[i]));
    }
    if (expected_at_event) st.exchange(soci::use(expected_at_event));
    st.exchange(soci::use(limit));
    st.alloc();
    st.prepare(query, soci::details::st_one_time_query);
    st.define_and_bind();
    st.execute();
    while (st.fetch()) ids.push_back(id);
    return ids;
}

std::vector<Id> households_with_phone(soci::session& sql, const std::string& digits) {
    // Phones are stored as typed ("(555) 010-2345"); few enough to compare here.
    std::vector<Id> ids;
    // A login that may not read phone numbers may not match by them either.
    if (access_of(sql) != Access::Coordinator) return ids;
    std::string phone;
    Id hid = 0;
    soci::statement st = (sql.prepare << "SELECT household_id, phone FROM guardians WHERE phone <> ''", soci::into(hid),
                          soci::into(phone));
    st.execute();
    while (st.fetch())
        if (digits_only(phone) == digits && (ids.empty() || ids.back() != hid)) ids.push_back(hid);
    return ids;
}

std::vector<StudentOnFile> students_at_school(soci::session& sql) {
    std::vector<StudentOnFile> out;
    StudentOnFile row;
    Student& s = row.student;
    soci::statement st =
        (sql.prepare << "SELECT household_id, id, student_number, first_name, last_name, grade, homeroom"
                        " FROM students WHERE student_number <> '' AND left_on = '' ORDER BY id",
         soci::into(row.household_id), soci::into(s.id), soci::into(s.student_number), soci::into(s.first_name),
         soci::into(s.last_name), soci::into(s.grade), soci::into(s.homeroom));
    st.execute();
    while (st.fetch()) out.push_back(row);
    return out;
}

std::map<std::string, Id> households_by_student_number(soci::session& sql) {
    std::map<std::string, Id> map;
    std::string number;
    Id hid = 0;
    soci::statement st = (sql.prepare << "SELECT student_number, household_id FROM students WHERE student_number <> ''",
                          soci::into(number), soci::into(hid));
    st.execute();
    while (st.fetch()) map[number] = hid;
    return map;
}

}  // namespace fn::store
