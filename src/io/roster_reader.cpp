#include "io/roster_reader.h"

#include <array>
#include <cstdio>
#include <ctime>
#include <optional>
#include <sstream>
#include <map>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <algorithm>

#include "core/limits.h"
#include "core/text.h"
#include "io/csv_reader.h"
#include "io/oneroster_reader.h"
#include "core/languages.h"

namespace fn::io {
namespace {

constexpr std::size_t kMaxProblems = 50;

Text describe(const std::string& file, const std::vector<RowProblem>& problems) {
    Text msg;
    for (std::size_t i = 0; i < problems.size() && i < 5; ++i) {
        const auto& p = problems[i];
        Text line = p.column
                        ? tr("{0} line {1}, column {2} ({3}): {4}", {file, p.line, p.column, p.column_name, p.reason})
                        : tr("{0} line {1}: {2}", {file, p.line, p.reason});
        msg = i ? tr("{0}\n{1}", {msg, line}) : line;
    }
    if (problems.size() > 5)
        msg = tr("{0}\n... and {1} more problems", {msg, static_cast<long long>(problems.size() - 5)});
    return tr("{0}\nNothing was imported.", {msg});
}

// Values of one record by field (views into the record), with the column
// each came from. An array by field, not a map: ten thousand rows each
// filled a map of a dozen nodes.
struct Cells {
    static constexpr std::size_t kFields = static_cast<std::size_t>(RosterField::Ignore) + 1;
    std::array<std::string_view, kFields> value{};
    std::array<std::size_t, kFields> column_of{};  // 0: not in the file
    void set(RosterField f, std::string_view v, std::size_t column) {
        value[static_cast<std::size_t>(f)] = v;
        column_of[static_cast<std::size_t>(f)] = column + 1;
    }
    std::string get(RosterField f) const { return trim(std::string(value[static_cast<std::size_t>(f)])); }
    std::size_t column(RosterField f) const { return column_of[static_cast<std::size_t>(f)]; }
};

// "Núñez, Rosa" -> "Rosa Núñez", for exports that write names last name first.
std::string first_last(const std::string& name) {
    auto comma = name.find(',');
    if (comma == std::string::npos || name.find(',', comma + 1) != std::string::npos) return name;
    std::string last = trim(name.substr(0, comma)), first = trim(name.substr(comma + 1));
    return first.empty() ? last : last.empty() ? first : first + " " + last;
}

std::string join_name(const std::string& full, const std::string& first, const std::string& last_as_written) {
    if (!full.empty()) return full;
    // PowerSchool's Mother and Father: "Cruz, José" is José Cruz, whether or
    // not Mother_First says José again.
    const std::string last = first_last(last_as_written);
    if (last != last_as_written && (first.empty() || (" " + last + " ").find(" " + first + " ") != std::string::npos))
        return last;
    if (first.empty()) return last;
    if (last.empty()) return first;
    // Some exports' "last name" column holds the whole name ("Mother": "Rosa
    // Núñez", or family name first: "Trần Thị Lan"): the first name is one of its words.
    const std::string padded = " " + last + " ";
    if (last.find(' ') != std::string::npos && padded.find(" " + first + " ") != std::string::npos) return last;
    return first + " " + last;
}

void split_student_name(const std::string& full, Student& s) {
    // "Núñez, Ana María" (last, first) or "Ana María Núñez" (first ... last).
    if (auto comma = full.find(','); comma != std::string::npos) {
        s.last_name = trim(full.substr(0, comma));
        s.first_name = trim(full.substr(comma + 1));
    } else if (auto space = full.rfind(' '); space != std::string::npos) {
        s.first_name = trim(full.substr(0, space));
        s.last_name = trim(full.substr(space + 1));
    } else {
        s.last_name = full;
    }
}

Guardian make_guardian(const Cells& c, RosterField name, RosterField first, RosterField last, RosterField phone,
                       RosterField email, bool last_first) {
    Guardian g;
    const std::string full = c.get(name);
    g.name = join_name(last_first ? first_last(full) : full, c.get(first), c.get(last));
    g.phone = c.get(phone);
    g.email = c.get(email);
    g.preferred_contact = default_contact(g);
    return g;
}

// "1", "2", ... as a number; anything else after every number.
int contact_priority(const std::string& text) {
    int n = 0;
    for (char c : text) {
        if (c < '0' || c > '9' || n > 1000) return 1 << 20;
        n = n * 10 + (c - '0');
    }
    return text.empty() ? 1 << 20 : n;
}

// A guardian/custody cell as exports write it: 1, Y, Yes, X, true, Sí.
bool says_yes(const std::string& cell) {
    std::string t = fold_for_search(trim(cell));
    return t == "1" || t == "y" || t == "yes" || t == "x" || t == "true" || t == "t" || t == "si" || t == "checked";
}

// Relationships that make a contact someone to call, not a guardian, when
// the export has no guardian column.
bool not_a_guardian(const std::string& relationship) {
    const std::string r = fold_for_search(trim(relationship));
    for (const char* word :
         {"emergency", "doctor", "physician", "dentist", "neighbor", "friend", "babysitter", "daycare", "sibling",
          "brother", "sister", "emergencia", "vecino", "vecina", "amigo", "amiga", "hermano", "hermana", "medico"})
        if (r.find(word) != std::string::npos) return true;
    return false;
}

// One contact of a contact-row export, until a student's rows are all read.
struct Contact {
    int sequence = 0;
    int line = 0;
    Guardian guardian;
    bool flagged_guardian = false;
    bool by_relationship_not_guardian = false;
};

// A student's guardians from their contacts: in sequence order, those the
// export marks as guardians (all but plain contacts such as a neighbour or a
// doctor when it has no guardian column); at least the first contact, so
// that a family is never without a name. The same person twice is once.
std::vector<Guardian> guardians_from_contacts(std::vector<Contact> contacts, bool has_guardian_column) {
    std::stable_sort(contacts.begin(), contacts.end(),
                     [](const Contact& a, const Contact& b) { return a.sequence < b.sequence; });
    std::vector<Guardian> out;
    auto add = [&](const Guardian& g) {
        for (const auto& have : out)
            if (fold_for_search(have.name) == fold_for_search(g.name)) return;
        out.push_back(g);
    };
    for (const auto& c : contacts)
        if (has_guardian_column ? c.flagged_guardian : !c.by_relationship_not_guardian) add(c.guardian);
    if (out.empty() && !contacts.empty()) add(contacts.front().guardian);
    return out;
}

// The local date, YYYY-MM-DD.
std::string local_today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[11];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

// An exit date as exports write it ("2025-06-12", "6/12/2025", either with a
// time after it) as YYYY-MM-DD; nullopt when it is none of these.
std::optional<std::string> iso_date(const std::string& text) {
    const std::string day = text.substr(0, text.find_first_of(" T"));
    int y = 0, m = 0, d = 0;
    char sep1 = 0, sep2 = 0;
    std::istringstream in(day);
    if (day.size() >= 8 && day[4] == '-') {
        in >> y >> sep1 >> m >> sep2 >> d;
    } else {
        in >> m >> sep1 >> d >> sep2 >> y;
        if (sep1 != '/' || sep2 != '/') return std::nullopt;
    }
    if (!in || !in.eof() || y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    char out[11];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", y, m, d);
    return std::string(out);
}

}  // namespace

void LanguageCells::read_into(const std::string& value, RosterRow& row) {
    if (value.empty()) return;
    auto known = code_of_.find(value);
    if (known == code_of_.end()) {
        auto code = calpads_numbers_ ? language_code_from_calpads(value) : std::nullopt;
        known = code_of_.emplace(value, code ? code : language_code(value)).first;
    }
    if (const auto& code = known->second) {
        row.language = *code;
        for (auto& g : row.guardians) g.language = *code;
    } else {
        row.language_as_written = value;
    }
}

RosterError::RosterError(std::string file, std::vector<RowProblem> problems)
    : Error(describe(file, problems)), problems_(std::move(problems)) {}

RosterFile parse_roster(const std::string& csv_text, const std::string& file, const ColumnMapping& mapping,
                        const std::string& today_given, const std::string& preset) {
    const std::string today = today_given.empty() ? local_today() : today_given;
    auto records = parse_csv(csv_text, file);
    if (records.empty()) throw Error(tr("{0} is empty; expected a header line and one row per student", {file}));
    const auto& headers = records.front().fields;
    for (std::size_t i = 0; i < headers.size(); ++i)
        if (!is_valid_utf8(headers[i]))
            throw Error(tr("{0} line 1, column {1}: the header is not UTF-8 text; save the file as \"CSV UTF-8\"",
                           {file, static_cast<long long>(i + 1)}));
    ColumnPlan plan = plan_columns(headers, mapping, file, preset);

    RosterFile out;
    out.rows.reserve(records.size());
    out.unused_headers = plan.unused_headers;
    out.preset = plan.preset;
    out.guessed_columns = plan.guessed;
    std::vector<RowProblem> problems;
    std::unordered_map<std::string, int> first_line_of_number;
    // Contact-row exports: each student's row, and the contacts read so far.
    std::unordered_map<std::string, std::size_t> row_of_number;
    std::vector<std::vector<Contact>> contacts_of_row;
    std::unordered_set<std::string> left_numbers;
    bool has_guardian_column = false;
    for (const auto& f : plan.fields) has_guardian_column = has_guardian_column || f == RosterField::ContactIsGuardian;
    LanguageCells languages(plan.calpads_language_numbers);
    auto problem = [&](int line, std::size_t column, const Text& reason) {
        if (problems.size() < kMaxProblems)
            problems.push_back({line, static_cast<int>(column), column ? headers[column - 1] : "", reason});
    };

    for (std::size_t r = 1; r < records.size(); ++r) {
        const auto& rec = records[r];
        bool blank = true;
        for (const auto& f : rec.fields) blank = blank && trim(f).empty();
        if (blank) continue;  // spreadsheets often leave empty rows at the end
        if (rec.fields.size() > headers.size()) {
            problem(rec.line, 0,
                    tr("has {0} fields but the header has {1}; check for an unquoted comma",
                       {static_cast<long long>(rec.fields.size()), static_cast<long long>(headers.size())}));
            continue;
        }
        Cells cells;
        bool bad_text = false;
        for (std::size_t i = 0; i < rec.fields.size(); ++i) {
            if (!plan.fields[i]) continue;
            if (!is_valid_utf8(rec.fields[i])) {
                problem(rec.line, i + 1, tr("is not UTF-8 text; save the file as \"CSV UTF-8\""));
                bad_text = true;
                continue;
            }
            cells.set(*plan.fields[i], rec.fields[i], i);
        }
        if (bad_text) continue;

        auto student_name = [&] {
            return join_name(first_last(cells.get(RosterField::StudentName)), cells.get(RosterField::FirstName),
                             cells.get(RosterField::LastName));
        };
        // A contact-row export lists a student who left once per contact: said once.
        auto leaves = [&](const NotEnrolled& gone) {
            if (!plan.contact_rows || left_numbers.insert(cells.get(RosterField::StudentNumber)).second)
                out.not_enrolled.push_back(gone);
        };
        if (std::string status = cells.get(RosterField::EnrollStatus); !is_enrolled_status(status)) {
            leaves({rec.line, student_name(), status, ""});
            continue;
        }
        // An exit date that has passed: the student has left (one ahead is a
        // withdrawal already planned; the student is still there).
        if (std::string exit = cells.get(RosterField::ExitDate); !exit.empty()) {
            auto date = iso_date(exit);
            if (!date) {
                problem(rec.line, cells.column(RosterField::ExitDate),
                        tr("{0} is not a date; write it as 2025-06-12 or 6/12/2025", {quoted(exit)}));
                continue;
            }
            if (*date <= today) {
                leaves({rec.line, student_name(), "", *date});
                continue;
            }
        }
        RosterRow row;
        row.line = rec.line;
        row.student.student_number = cells.get(RosterField::StudentNumber);
        row.student.first_name = cells.get(RosterField::FirstName);
        row.student.last_name = cells.get(RosterField::LastName);
        if (row.student.first_name.empty() && row.student.last_name.empty())
            split_student_name(cells.get(RosterField::StudentName), row.student);
        row.student.grade = cells.get(RosterField::Grade);
        row.student.homeroom = cells.get(RosterField::Homeroom);
        const bool last_first = plan.guardian_names_last_first;
        std::array<Guardian, 3> named{
            make_guardian(cells, RosterField::Guardian1Name, RosterField::Guardian1First, RosterField::Guardian1Last,
                          RosterField::Guardian1Phone, RosterField::Guardian1Email, last_first),
            make_guardian(cells, RosterField::Guardian2Name, RosterField::Guardian2First, RosterField::Guardian2Last,
                          RosterField::Guardian2Phone, RosterField::Guardian2Email, last_first),
            make_guardian(cells, RosterField::Guardian3Name, RosterField::Guardian3First, RosterField::Guardian3Last,
                          RosterField::Guardian3Phone, RosterField::Guardian3Email, last_first)};
        // Contacts by their priority (1 before 2), as the school ranks them.
        if (contact_priority(cells.get(RosterField::Guardian2Priority)) <
            contact_priority(cells.get(RosterField::Guardian1Priority)))
            std::swap(named[0], named[1]);
        for (auto& g : named)
            if (!g.name.empty()) row.guardians.push_back(std::move(g));
        // The home's number, for the first guardian without one of their own
        // (a grandparent named only in Guardian_FN/LN included).
        if (!row.guardians.empty() && row.guardians.front().phone.empty()) {
            row.guardians.front().phone = cells.get(RosterField::HouseholdPhone);
            row.guardians.front().preferred_contact = default_contact(row.guardians.front());
        }
        std::string address = cells.get(RosterField::Address);
        std::string city = cells.get(RosterField::City), state = cells.get(RosterField::State),
                    zip = cells.get(RosterField::Zip);
        std::string place = trim(city + (city.empty() || state.empty() ? "" : ", ") + state + " " + zip);
        row.address = address.empty() ? place : (place.empty() ? address : address + ", " + place);

        languages.read_into(cells.get(RosterField::Language), row);

        const auto& number = row.student.student_number;
        if (number.empty()) {
            problem(rec.line, cells.column(RosterField::StudentNumber), tr("the student number is empty"));
            continue;
        }
        if (auto [it, fresh] = first_line_of_number.emplace(number, rec.line); !fresh && !plan.contact_rows) {
            problem(rec.line, cells.column(RosterField::StudentNumber),
                    tr("student number {0} is also on line {1}", {number, it->second}));
            continue;
        }
        // Field rules from the model, reported against the column they came from.
        try {
            validate(row.student);
            for (const auto& g : row.guardians) validate(g);
            check_multiline_text(tr("address"), row.address, limits::kLongText);
        } catch (const ValidationError& e) {
            static const std::map<std::string, RosterField> field_of{{"student number", RosterField::StudentNumber},
                                                                     {"student first name", RosterField::FirstName},
                                                                     {"student last name", RosterField::LastName},
                                                                     {"student name", RosterField::LastName},
                                                                     {"grade", RosterField::Grade},
                                                                     {"homeroom", RosterField::Homeroom},
                                                                     {"guardian name", RosterField::Guardian1Name},
                                                                     {"guardian phone", RosterField::Guardian1Phone},
                                                                     {"guardian email", RosterField::Guardian1Email},
                                                                     {"address", RosterField::Address}};
            std::size_t column = 0;
            if (auto it = field_of.find(e.field()); it != field_of.end()) {
                column = cells.column(it->second);
                if (!column && it->second == RosterField::LastName) column = cells.column(RosterField::StudentName);
                if (!column && it->second == RosterField::Guardian1Name)
                    column = cells.column(RosterField::Guardian1First);
            }
            problem(rec.line, column, e.text());
            continue;
        }
        if (plan.contact_rows) {
            // The row's contact joins the student's others; the student's
            // own fields are those of their first row.
            Contact contact;
            contact.sequence = contact_priority(cells.get(RosterField::ContactSequence));
            contact.line = rec.line;
            if (!row.guardians.empty()) contact.guardian = row.guardians.front();
            contact.flagged_guardian = says_yes(cells.get(RosterField::ContactIsGuardian));
            contact.by_relationship_not_guardian = not_a_guardian(cells.get(RosterField::ContactRelationship));
            auto [at, fresh] = row_of_number.emplace(number, out.rows.size());
            if (fresh) {
                out.rows.push_back(std::move(row));
                contacts_of_row.emplace_back();
            }
            if (!contact.guardian.name.empty()) contacts_of_row[at->second].push_back(std::move(contact));
            continue;
        }
        out.rows.push_back(std::move(row));
    }
    if (!problems.empty()) throw RosterError(file, std::move(problems));
    for (std::size_t i = 0; i < contacts_of_row.size(); ++i) {
        auto& row = out.rows[i];
        row.guardians = guardians_from_contacts(std::move(contacts_of_row[i]), has_guardian_column);
        if (!row.language.empty())
            for (auto& g : row.guardians) g.language = row.language;
    }
    // A summer export: every student listed has left. Said as such, not as an empty file.
    if (out.rows.empty() && !out.not_enrolled.empty())
        throw Error(
            tr("{0}: every one of its {1} students has left (an exit date passed or not enrolled); is it last "
               "year's roster, exported over the summer? Nothing was imported",
               {file, static_cast<long long>(out.not_enrolled.size())}));
    if (out.rows.empty()) throw Error(tr("{0} has a header line but no student rows", {file}));
    return out;
}

RosterFile read_roster(const std::string& path, const ColumnMapping& mapping, const std::string& preset) {
    if (is_oneroster(path)) return read_oneroster(path);
    return parse_roster(read_text_file(path), path, mapping, "", preset);
}

}  // namespace fn::io
