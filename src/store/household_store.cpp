#include "store/household_store.h"

#include <soci/soci.h>

#include <algorithm>
#include <set>
#include <unordered_map>

#include "core/errors.h"
#include "core/text.h"

namespace fn::store {
namespace {

// Every folded word a coordinator might type to find this household.
std::set<std::string> terms_of(const Household& h) {
    std::set<std::string> terms;
    auto add = [&](const std::string& text) {
        for (auto& t : search_tokens(text)) terms.insert(std::move(t));
    };
    for (const auto& g : h.guardians) add(g.name);
    for (const auto& s : h.students) {
        add(s.first_name);
        add(s.last_name);
    }
    add(h.code);
    return terms;
}

// Upper bound for a prefix range scan: every UTF-8 string that starts with
// `prefix` sorts below prefix + U+10FFFF under SQLite's binary collation.
std::string prefix_end(const std::string& prefix) { return prefix + "\xF4\x8F\xBF\xBF"; }

}  // namespace

struct HouseholdWriter::Statements {
    explicit Statements(soci::session& s) : sql(s) {}
    soci::session& sql;
    // Bound row buffers.
    Id id = 0;
    int walk_in = 0, position = 0;
    std::string code, address, language, notes;
    std::string g_name, g_phone, g_email, g_contact, g_language;
    std::string s_number, s_first, s_last, s_grade, s_homeroom;
    std::string term;
    soci::statement insert_household{(sql.prepare << "INSERT INTO households (code, address, language, notes, walk_in)"
                                                    " VALUES (:c, :a, :l, :n, :w) RETURNING id",
                                      soci::use(code), soci::use(address), soci::use(language), soci::use(notes),
                                      soci::use(walk_in), soci::into(id))};
    soci::statement update_household{(sql.prepare << "UPDATE households SET address = :a, language = :l, notes = :n,"
                                                    " walk_in = :w WHERE id = :id",
                                      soci::use(address), soci::use(language), soci::use(notes), soci::use(walk_in),
                                      soci::use(id))};
    soci::statement insert_guardian{(sql.prepare << "INSERT INTO guardians (household_id, position, name, phone, email,"
                                                   " preferred_contact, language) VALUES (:h, :p, :n, :ph, :e, :c, :l)",
                                     soci::use(id), soci::use(position), soci::use(g_name), soci::use(g_phone),
                                     soci::use(g_email), soci::use(g_contact), soci::use(g_language))};
    soci::statement insert_student{(sql.prepare << "INSERT INTO students (household_id, student_number, first_name,"
                                                  " last_name, grade, homeroom) VALUES (:h, :n, :f, :l, :g, :r)",
                                    soci::use(id), soci::use(s_number), soci::use(s_first), soci::use(s_last),
                                    soci::use(s_grade), soci::use(s_homeroom))};
    soci::statement insert_term{(sql.prepare << "INSERT OR IGNORE INTO search_terms (term, household_id) VALUES (:t, :h)",
                                 soci::use(term), soci::use(id))};
    soci::statement delete_guardians{(sql.prepare << "DELETE FROM guardians WHERE household_id = :h", soci::use(id))};
    soci::statement delete_students{(sql.prepare << "DELETE FROM students WHERE household_id = :h", soci::use(id))};
    soci::statement delete_terms{(sql.prepare << "DELETE FROM search_terms WHERE household_id = :h", soci::use(id))};

    void set_household(const Household& h) {
        code = h.code;
        address = h.address;
        language = h.language;
        notes = h.notes;
        walk_in = h.walk_in ? 1 : 0;
    }
};

HouseholdWriter::HouseholdWriter(soci::session& sql) : st_(std::make_unique<Statements>(sql)) {}
HouseholdWriter::~HouseholdWriter() = default;

Id HouseholdWriter::insert(const Household& h) {
    st_->set_household(h);
    st_->insert_household.execute(true);
    write_members(st_->id, h);
    return st_->id;
}

void HouseholdWriter::replace(const Household& h) {
    st_->set_household(h);
    st_->id = h.id;
    st_->update_household.execute(true);
    if (st_->update_household.get_affected_rows() == 0)
        throw NotFoundError("no household with id " + std::to_string(h.id));
    st_->delete_guardians.execute(true);
    st_->delete_students.execute(true);
    st_->delete_terms.execute(true);
    write_members(h.id, h);
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
        s.insert_guardian.execute(true);
        ++s.position;
    }
    for (const auto& st : h.students) {
        s.s_number = st.student_number;
        s.s_first = st.first_name;
        s.s_last = st.last_name;
        s.s_grade = st.grade;
        s.s_homeroom = st.homeroom;
        s.insert_student.execute(true);
    }
    for (const auto& t : terms_of(h)) {
        s.term = t;
        s.insert_term.execute(true);
    }
}

Id insert_household(soci::session& sql, const Household& h) { return HouseholdWriter(sql).insert(h); }
void replace_household(soci::session& sql, const Household& h) { HouseholdWriter(sql).replace(h); }

std::vector<Household> load_households(soci::session& sql, const std::vector<Id>& ids) {
    std::vector<Household> out;
    if (ids.empty()) return out;
    // Load through a temporary id list so any number of ids stays one bound query each.
    sql << "CREATE TEMP TABLE IF NOT EXISTS wanted_households (pos INTEGER, id INTEGER)";
    sql << "DELETE FROM wanted_households";
    {
        int pos = 0;
        Id id = 0;
        soci::statement ins = (sql.prepare << "INSERT INTO wanted_households (pos, id) VALUES (:p, :i)", soci::use(pos),
                               soci::use(id));
        for (std::size_t i = 0; i < ids.size(); ++i) {
            pos = static_cast<int>(i);
            id = ids[i];
            ins.execute(true);
        }
    }
    std::unordered_map<Id, std::size_t> index;
    {
        Household h;
        int walk_in = 0;
        soci::statement st = (sql.prepare << "SELECT h.id, h.code, h.address, h.language, h.notes, h.walk_in"
                                             " FROM wanted_households w JOIN households h ON h.id = w.id ORDER BY w.pos",
                              soci::into(h.id), soci::into(h.code), soci::into(h.address), soci::into(h.language),
                              soci::into(h.notes), soci::into(walk_in));
        st.execute();
        while (st.fetch()) {
            h.walk_in = walk_in != 0;
            index[h.id] = out.size();
            out.push_back(h);
        }
    }
    {
        Id hid = 0;
        Guardian g;
        std::string contact;
        soci::statement st = (sql.prepare << "SELECT g.household_id, g.id, g.name, g.phone, g.email, g.preferred_contact,"
                                             " g.language FROM guardians g JOIN wanted_households w ON w.id = g.household_id"
                                             " ORDER BY g.household_id, g.position",
                              soci::into(hid), soci::into(g.id), soci::into(g.name), soci::into(g.phone),
                              soci::into(g.email), soci::into(contact), soci::into(g.language));
        st.execute();
        while (st.fetch()) {
            g.preferred_contact = parse_contact_method(contact);
            out[index[hid]].guardians.push_back(g);
        }
    }
    {
        Id hid = 0;
        Student s;
        soci::statement st = (sql.prepare << "SELECT s.household_id, s.id, s.student_number, s.first_name, s.last_name,"
                                             " s.grade, s.homeroom FROM students s JOIN wanted_households w"
                                             " ON w.id = s.household_id ORDER BY s.household_id, s.id",
                              soci::into(hid), soci::into(s.id), soci::into(s.student_number), soci::into(s.first_name),
                              soci::into(s.last_name), soci::into(s.grade), soci::into(s.homeroom));
        st.execute();
        while (st.fetch()) out[index[hid]].students.push_back(s);
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
    if (!h) throw NotFoundError("no household with id " + std::to_string(id));
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

std::vector<Id> all_household_ids(soci::session& sql) {
    std::vector<Id> ids;
    Id id = 0;
    soci::statement st = (sql.prepare << "SELECT id FROM households ORDER BY id", soci::into(id));
    st.execute();
    while (st.fetch()) ids.push_back(id);
    return ids;
}

long long count_households(soci::session& sql) {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM households", soci::into(n);
    return n;
}

std::vector<Id> search_household_ids(soci::session& sql, const std::vector<std::string>& words, int limit) {
    std::vector<Id> ids;
    if (words.empty()) return ids;
    // Few words are typed at a door; more than four add nothing but cost.
    std::size_t n = std::min<std::size_t>(words.size(), 4);
    std::vector<std::string> lows(words.begin(), words.begin() + static_cast<long>(n));
    std::vector<std::string> highs;
    for (const auto& w : lows) highs.push_back(prefix_end(w));
    std::string query;
    for (std::size_t i = 0; i < n; ++i) {
        if (i) query += " INTERSECT ";
        query += "SELECT household_id FROM search_terms WHERE term >= :lo" + std::to_string(i) + " AND term < :hi" +
                 std::to_string(i);
    }
    query += " ORDER BY 1 LIMIT :limit";
    Id id = 0;
    soci::statement st(sql);
    st.exchange(soci::into(id));
    for (std::size_t i = 0; i < n; ++i) {
        st.exchange(soci::use(lows[i]));
        st.exchange(soci::use(highs[i]));
    }
    st.exchange(soci::use(limit));
    st.alloc();
    st.prepare(query);
    st.define_and_bind();
    st.execute();
    while (st.fetch()) ids.push_back(id);
    return ids;
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
