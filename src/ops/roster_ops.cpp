#include "ops/roster_ops.h"

#include <fmt/format.h>

#include <soci/soci.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/family_code.h"
#include "ops/audit_ops.h"
#include "ops/clock.h"
#include "ops/login_checks.h"
#include "core/rules/placeholder_phones.h"
#include "core/text.h"
#include "io/csv_reader.h"
#include "io/oneroster_reader.h"
#include "store/database.h"
#include "store/household_store.h"
#include "store/settings_store.h"

namespace fn::ops {
namespace {

// Rows that share a guardian's e-mail or the address, a phone together with
// a guardian's name, the address or the family name, or a household already
// on file, belong to one household. A phone alone never joins: unrelated
// families share one (a shelter, a grandparent, a typo), and placeholder
// numbers are shared by hundreds.
class RowGroups {
public:
    RowGroups(const io::RosterFile& roster, std::vector<std::string>& reasons)
        : parent_(roster.rows.size()), roster_(roster), reasons_(reasons) {
        std::iota(parent_.begin(), parent_.end(), 0);
        // A few keys a row, in an open-addressing table twice that size: a
        // map node and a string per key made grouping 100,000 students grow
        // faster than the roster (cache misses).
        std::size_t size = 16;
        while (size < roster.rows.size() * 8) size *= 2;
        slots_.assign(size, Slot{});
    }
    std::size_t find(std::size_t i) {
        while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
        return i;
    }
    // Joins row i with the first row that had the same non-empty key, and
    // says why (`why()` is asked only then) when that joins two groups.
    template <typename Why>
    void join_on(const std::string& key, std::size_t i, const Why& why) {
        if (key.empty()) return;
        std::size_t first = first_row_with(key, i);
        if (first == i || find(i) == find(first)) return;
        parent_[find(i)] = find(first);
        reasons_.push_back(
            fmt::format("line {} with line {}: {}", roster_.rows[i].line, roster_.rows[first].line, why()));
    }

private:
    struct Slot {  // 24 bytes: a table of a million fits the cache better
        std::uint64_t hash = 0;
        std::uint32_t row = 0, offset = 0, length = 0;  // length 0: free (keys are never empty)
    };
    // The row that first had `key` (recording row i when none had).
    std::size_t first_row_with(const std::string& key, std::size_t i) {
        const std::uint64_t hash = std::hash<std::string_view>{}(key);
        if (2 * count_ >= slots_.size()) grow();
        for (std::size_t at = hash & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
            Slot& slot = slots_[at];
            if (slot.length == 0) {
                slot = {hash, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(keys_.size()),
                        static_cast<std::uint32_t>(key.size())};
                keys_ += key;
                ++count_;
                return i;
            }
            if (slot.hash == hash && std::string_view(keys_).substr(slot.offset, slot.length) == key) return slot.row;
        }
    }
    void grow() {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.size() * 2, Slot{});
        for (const Slot& slot : old) {
            if (slot.length == 0) continue;
            std::size_t at = slot.hash & (slots_.size() - 1);
            while (slots_[at].length != 0) at = (at + 1) & (slots_.size() - 1);
            slots_[at] = slot;
        }
    }

    std::vector<std::size_t> parent_;
    std::vector<Slot> slots_;
    std::string keys_;  // every key once, end to end
    std::size_t count_ = 0;
    const io::RosterFile& roster_;
    std::vector<std::string>& reasons_;
};

std::string phone_digits(const std::string& phone) {
    std::string d = digits_only(phone);
    if (d.size() < 7) return {};  // too short to be a real number
    return d.size() > 10 ? d.substr(d.size() - 10) : d;
}

std::string lower_ascii(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::map<std::size_t, std::vector<std::size_t>> group_rows(const io::RosterFile& roster,
                                                           const std::map<std::string, Id>& existing,
                                                           const std::vector<std::string>& placeholders,
                                                           std::vector<std::string>& reasons) {
    RowGroups groups(roster, reasons);
    for (std::size_t i = 0; i < roster.rows.size(); ++i) {
        const auto& row = roster.rows[i];
        const std::string address = row.address.empty() ? "" : fold_for_search(row.address);
        for (const auto& g : row.guardians) {
            if (!g.email.empty())
                groups.join_on("e" + lower_ascii(g.email), i, [&] { return "the same e-mail " + g.email; });
            std::string phone = phone_digits(g.phone);
            if (phone.empty() || is_placeholder_phone(g.phone, placeholders)) continue;
            if (!g.name.empty())
                groups.join_on("p" + phone + "|g" + fold_for_search(g.name), i,
                               [&] { return "the same phone " + g.phone + " and guardian " + g.name; });
            if (!address.empty())
                groups.join_on("p" + phone + "|a" + address, i,
                               [&] { return "the same phone " + g.phone + " and address " + row.address; });
            if (!row.student.last_name.empty())
                groups.join_on("p" + phone + "|l" + fold_for_search(row.student.last_name), i, [&] {
                    return "the same phone " + g.phone + " and family name " + row.student.last_name;
                });
        }
        // An address alone never groups: two families at one shelter, group
        // home or building without unit numbers stay apart. The same address
        // and the same guardian's name do (a roster without phones).
        if (!address.empty())
            for (const auto& g : row.guardians)
                if (!g.name.empty())
                    groups.join_on("a" + address + "|g" + fold_for_search(g.name), i,
                                   [&] { return "the same address " + row.address + " and guardian " + g.name; });
        if (auto it = existing.find(row.student.student_number); it != existing.end())
            groups.join_on("h" + std::to_string(it->second), i,
                           [] { return std::string("the same household already on file"); });
    }
    std::map<std::size_t, std::vector<std::size_t>> out;
    for (std::size_t i = 0; i < roster.rows.size(); ++i) out[groups.find(i)].push_back(i);
    return out;
}

// Applies one roster row to the household it belongs to, counting changes.
void merge_row(const io::RosterRow& row, Household& h, RosterImportSummary& s) {
    auto st = std::find_if(h.students.begin(), h.students.end(),
                           [&](const Student& x) { return x.student_number == row.student.student_number; });
    if (st == h.students.end()) {
        h.students.push_back(row.student);
        ++s.students_added;
    } else {
        Student updated = row.student;
        updated.id = st->id;  // listed again: at the school (left_on cleared)
        if (!st->left_on.empty()) ++s.students_returned;
        bool changed = updated.first_name != st->first_name || updated.last_name != st->last_name ||
                       updated.grade != st->grade || updated.homeroom != st->homeroom || !st->left_on.empty();
        if (changed) {
            *st = updated;
            ++s.students_updated;
        }
    }
    for (const auto& g : row.guardians) {
        std::string key = fold_for_search(g.name);
        auto it = std::find_if(h.guardians.begin(), h.guardians.end(),
                               [&](const Guardian& x) { return fold_for_search(x.name) == key; });
        if (it == h.guardians.end()) {
            h.guardians.push_back(g);
            ++s.guardians_added;
            continue;
        }
        Guardian before = *it;
        if (!g.phone.empty()) it->phone = g.phone;
        if (!g.email.empty()) it->email = g.email;
        if (!row.language.empty()) it->language = g.language;
        if (it->phone != before.phone || it->email != before.email || it->language != before.language)
            ++s.guardians_updated;
    }
    if (!row.address.empty()) h.address = row.address;
    if (!row.language.empty()) {
        h.language = row.language;
        h.language_to_confirm.clear();  // read: nothing left to confirm
    } else if (!row.language_as_written.empty()) {
        // The family's language stays what it was (English for a new one);
        // the value is kept for a person to confirm, and listed.
        h.language_to_confirm = row.language_as_written;
        s.languages_to_confirm.push_back(
            {row.line, row.student.first_name + " " + row.student.last_name, row.language_as_written, h.language});
    }
}

bool same_household(const Household& a, const Household& b) {
    auto key = [](const Household& h) {
        std::string k = h.address + '\x1f' + h.language + '\x1f' + h.language_to_confirm;
        for (const auto& g : h.guardians)
            k += '\x1e' + g.name + '\x1f' + g.phone + '\x1f' + g.email + '\x1f' + g.language;
        for (const auto& s : h.students)
            k += '\x1d' + s.student_number + '\x1f' + s.first_name + '\x1f' + s.last_name + '\x1f' + s.grade + '\x1f' +
                 s.homeroom + '\x1f' + s.left_on;
        return k;
    };
    return key(a) == key(b);
}

// The students at the school this full roster does not list; with
// options.mark_left, marks them as left in `merged` (loading households
// the roster did not touch), so they are written with the rest.
void find_departures(soci::session& sql, const io::RosterFile& roster, const RosterImportOptions& options,
                     std::map<Id, Household>& merged, std::map<Id, Household>& stored, RosterImportSummary& s) {
    s.partial = options.partial;
    if (options.partial) return;
    auto at_school = store::students_at_school(sql);
    if (at_school.empty()) return;  // a first import: nobody to miss
    std::unordered_set<std::string> listed;
    for (const auto& row : roster.rows) listed.insert(row.student.student_number);
    std::set<Id> untouched;
    for (const auto& on_file : at_school) {
        const Student& st = on_file.student;
        if (listed.count(st.student_number)) continue;
        s.departed.push_back(
            {on_file.household_id, st.student_number, st.first_name + " " + st.last_name, st.grade, st.homeroom});
        if (!merged.count(on_file.household_id)) untouched.insert(on_file.household_id);
    }
    s.students_at_school = static_cast<int>(at_school.size());
    if (!options.mark_left || s.departed.empty()) return;
    // A summer export (last year's school) or another school's file would
    // mark most of the school as left: asked again before it is done.
    if (s.departed.size() * 4 > at_school.size() && !options.confirm_many_left)
        throw ManyLeaversError(
            tr("this roster would mark {0} of the {1} students at the school as left, more than a "
               "quarter; is it this year's full roster (a summer export still lists last year's)? "
               "Nothing was changed; confirm to mark them anyway",
               {static_cast<long long>(s.departed.size()), static_cast<long long>(at_school.size())}));
    for (auto& h : store::load_households(sql, std::vector<Id>(untouched.begin(), untouched.end()))) {
        merged[h.id] = h;
        stored[h.id] = std::move(h);
    }
    const std::string date = clock_date();
    for (const auto& d : s.departed)
        for (auto& st : merged[d.household_id].students)
            if (st.student_number == d.student_number) st.left_on = date;
    for (const auto& [id, h] : merged)
        if (!h.active() && stored[id].active()) ++s.households_now_inactive;
    s.departures_marked = true;
}

RosterImportSummary apply(soci::session& sql, const io::RosterFile& roster, const ImportProgress& progress,
                          const RosterImportOptions& options, const Author& who) {
    RosterImportSummary s;
    s.rows = static_cast<int>(roster.rows.size());
    s.unused_columns = roster.unused_headers;
    s.guessed_columns = roster.guessed_columns;
    auto existing = store::households_by_student_number(sql);
    auto settings = store::load_settings(sql);
    auto groups = group_rows(roster, existing, settings.placeholder_phones, s.groupings);

    std::set<Id> touched;
    for (const auto& row : roster.rows)
        if (auto it = existing.find(row.student.student_number); it != existing.end()) touched.insert(it->second);
    std::map<Id, Household> stored, merged;
    for (auto& h : store::load_households(sql, std::vector<Id>(touched.begin(), touched.end()))) {
        merged[h.id] = h;
        stored[h.id] = std::move(h);
    }

    std::vector<Household> created;
    for (const auto& [root, rows] : groups) {
        Id target = 0;
        for (auto i : rows)
            if (auto it = existing.find(roster.rows[i].student.student_number); it != existing.end())
                target = target ? std::min(target, it->second) : it->second;
        Household* fresh = nullptr;
        for (auto i : rows) {
            const auto& row = roster.rows[i];
            auto it = existing.find(row.student.student_number);
            Household* h = nullptr;
            if (it != existing.end()) {
                h = &merged[it->second];  // a known student stays in its household
            } else if (target) {
                h = &merged[target];
            } else {
                if (!fresh) {
                    created.emplace_back();
                    fresh = &created.back();
                }
                h = fresh;
            }
            merge_row(row, *h, s);
        }
    }

    find_departures(sql, roster, options, merged, stored, s);

    std::size_t total = merged.size() + created.size(), done = 0;
    auto step = [&] {
        // Often enough for a progress bar, rarely enough to cost nothing.
        if (progress && (++done % 100 == 0 || done == total)) progress(static_cast<int>(done), static_cast<int>(total));
    };
    store::HouseholdWriter writer(sql);
    std::vector<std::pair<Id, std::vector<FieldChange>>> changes, departures;
    for (const auto& [id, h] : merged) {
        step();
        if (same_household(h, stored[id])) {
            ++s.households_unchanged;
            continue;
        }
        ++s.households_updated;
        writer.replace(h);
        auto list = household_changes(stored[id], h);
        // Marking students as left is its own line in the history, confirmed by
        // the coordinator; a student back on the roster is the import's.
        auto left = std::stable_partition(list.begin(), list.end(),
                                          [](const FieldChange& c) { return c.field != "left_on" || c.after.empty(); });
        if (left != list.end()) departures.emplace_back(id, std::vector<FieldChange>(left, list.end()));
        list.erase(left, list.end());
        if (!list.empty()) changes.emplace_back(id, std::move(list));
    }
    auto codes = store::all_family_codes(sql);
    static FamilyCodeGenerator generator;
    for (auto& h : created) {
        h.code = generator.next([&](const std::string& c) { return codes.count(c) > 0; });
        codes.insert(h.code);
    }
    writer.insert_all(created);
    for (const auto& h : created) changes.emplace_back(h.id, household_added(h));
    record_changes(sql, who, AuditOperation::RosterImport, changes);
    record_changes(sql, who, AuditOperation::MarkLeft, departures);
    s.households_created = static_cast<int>(created.size());
    done += created.size();
    if (progress && total) progress(static_cast<int>(total), static_cast<int>(total));
    return s;
}

}  // namespace

void require_confirmed_guesses(const io::RosterFile& roster, const RosterImportOptions& options) {
    if (roster.guessed_columns.empty() || options.confirm_guessed_columns) return;
    std::string which;
    for (const auto& g : roster.guessed_columns) which += (which.empty() ? "" : ", ") + g;
    throw GuessedColumnsError(
        tr("some columns were matched by a guess: {0}; see them in the dry run, then confirm "
           "them, or name each column's field with --map. Nothing was imported",
           {which}));
}

RosterImportSummary import_roster_within(soci::session& sql, const io::RosterFile& roster,
                                         const RosterImportOptions& options, const Author& who) {
    auto summary = apply(sql, roster, {}, options, who);
    summary.preset = roster.preset;
    summary.not_enrolled = roster.not_enrolled;
    return summary;
}

RosterImportSummary import_roster_rows(Database& db, const io::RosterFile& roster, bool dry_run,
                                       const ImportProgress& progress, const RosterImportOptions& options) {
    require_coordinator(db,
                        tr("importing a roster is the coordinator's; this login is a door station's or a teacher's"));
    if (!dry_run) require_confirmed_guesses(roster, options);
    RosterImportSummary summary;
    const auto& who = author(db);
    auto work = [&](soci::session& sql) { summary = apply(sql, roster, progress, options, who); };
    if (dry_run)
        db.rehearse(work);
    else
        db.transaction(work);
    summary.dry_run = dry_run;
    summary.preset = roster.preset;
    summary.not_enrolled = roster.not_enrolled;
    return summary;
}

RosterImportSummary import_roster(Database& db, const std::string& path, const io::ColumnMapping& mapping, bool dry_run,
                                  const ImportProgress& progress, const RosterImportOptions& options) {
    return import_roster_rows(db, io::read_roster(path, mapping), dry_run, progress, options);
}

namespace {

// A OneRoster export has no one table to show: its students, read, shown as
// one, with the field each column fills.
RosterPreview preview_oneroster(const std::string& path, int sample_rows) {
    using io::RosterField;
    const auto roster = io::read_oneroster(path);
    RosterPreview preview;
    preview.preset = roster.preset;
    preview.rows = static_cast<int>(roster.rows.size());
    preview.headers = {"identifier", "givenName",      "familyName", "grades",  "homeroom",
                       "parent 1",   "parent 1 phone", "parent 2",   "language"};
    preview.fields = {RosterField::StudentNumber,  RosterField::FirstName,     RosterField::LastName,
                      RosterField::Grade,          RosterField::Homeroom,      RosterField::Guardian1Name,
                      RosterField::Guardian1Phone, RosterField::Guardian2Name, RosterField::Language};
    for (std::size_t i = 0; i < roster.rows.size() && static_cast<int>(i) < sample_rows; ++i) {
        const auto& r = roster.rows[i];
        auto guardian = [&](std::size_t k) { return k < r.guardians.size() ? r.guardians[k] : Guardian{}; };
        preview.samples.push_back({r.student.student_number, r.student.first_name, r.student.last_name, r.student.grade,
                                   r.student.homeroom, guardian(0).name, guardian(0).phone, guardian(1).name,
                                   r.language.empty() ? r.language_as_written : r.language});
    }
    return preview;
}

}  // namespace

RosterPreview preview_roster(const std::string& path, const io::ColumnMapping& mapping, int sample_rows,
                             const std::string& preset) {
    if (io::is_oneroster(path)) return preview_oneroster(path, sample_rows);
    RosterPreview preview;
    auto records = io::read_csv_file(path);
    if (records.empty()) throw ValidationError(tr("roster"), tr("{0} is empty", {path}));
    preview.headers = records.front().fields;
    for (std::size_t i = 1; i < records.size() && static_cast<int>(i) <= sample_rows; ++i)
        preview.samples.push_back(records[i].fields);
    preview.rows = static_cast<int>(records.size()) - 1;
    try {
        auto plan = io::plan_columns(preview.headers, mapping, path, preset);
        preview.fields = plan.fields;
        preview.preset = plan.preset;
        preview.guessed = plan.guessed;
    } catch (const Error& e) {
        // Shown in the wizard, which lets the user fix the mapping.
        preview.problem = e.text();
        preview.fields.assign(preview.headers.size(), std::nullopt);
        for (std::size_t c = 0; c < preview.headers.size(); ++c) {
            auto it = mapping.find(io::normalize_header(preview.headers[c]));
            if (it != mapping.end()) preview.fields[c] = it->second;
        }
    }
    return preview;
}

}  // namespace fn::ops
