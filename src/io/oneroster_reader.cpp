#include "io/oneroster_reader.h"

#include <zip.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "core/errors.h"
#include "core/text.h"
#include "io/csv_reader.h"
#include "io/roster_columns.h"

namespace fn::io {
namespace {

namespace fs = std::filesystem;

bool ends_with_zip(const std::string& path) {
    return path.size() > 4 && fold_for_search(path.substr(path.size() - 4)) == ".zip";
}

// The export's files by name ("users.csv"), from a folder or a zip (the
// files may sit in a folder inside it). Missing files are simply absent.
class ExportFiles {
public:
    explicit ExportFiles(const std::string& path) : path_(path) {
        if (!ends_with_zip(path)) {
            for (const char* name : kNames)
                if (fs::is_regular_file(fs::path(path) / name))
                    texts_[name] = read_text_file((fs::path(path) / name).string());
            return;
        }
        int error = 0;
        zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
        if (!archive) throw Error(tr("{0} cannot be opened as a zip file; is it the OneRoster export itself?", {path}));
        const zip_int64_t entries = zip_get_num_entries(archive, 0);
        for (zip_int64_t i = 0; i < entries; ++i) {
            zip_stat_t st;
            if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
                continue;
            const std::string name = fs::path(st.name).filename().string();
            if (std::find(std::begin(kNames), std::end(kNames), name) == std::end(kNames)) continue;
            zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
            if (!file) continue;
            std::string text(static_cast<std::size_t>(st.size), '\0');
            const zip_int64_t got = zip_fread(file, text.data(), st.size);
            zip_fclose(file);
            if (got != static_cast<zip_int64_t>(st.size)) {
                zip_close(archive);
                throw Error(tr("{0}: {1} inside it cannot be read; the zip may be damaged", {path, name}));
            }
            texts_[name] = std::move(text);
        }
        zip_close(archive);
    }

    bool has(const std::string& name) const { return texts_.count(name) > 0; }
    std::string where(const std::string& name) const { return (fs::path(path_) / name).string(); }
    std::vector<CsvRecord> records(const std::string& name) const {
        auto it = texts_.find(name);
        return it == texts_.end() ? std::vector<CsvRecord>{} : parse_csv(it->second, where(name));
    }

private:
    static constexpr const char* kNames[] = {"users.csv", "enrollments.csv", "classes.csv", "demographics.csv"};
    std::string path_;
    std::map<std::string, std::string> texts_;
};

// One OneRoster file as rows of named cells (names normalized as roster
// headers are: "agentSourcedIds" -> "agentsourcedids").
struct Table {
    std::vector<std::string> headers;
    std::map<std::string, std::size_t> column;
    std::vector<CsvRecord> rows;

    static Table of(std::vector<CsvRecord> records) {
        Table t;
        if (records.empty()) return t;
        t.headers = records.front().fields;
        for (std::size_t i = 0; i < t.headers.size(); ++i) t.column.emplace(normalize_header(t.headers[i]), i);
        t.rows.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
        return t;
    }
    std::string get(const CsvRecord& row, const std::string& name) const {
        auto it = column.find(name);
        return it == column.end() || it->second >= row.fields.size() ? "" : trim(row.fields[it->second]);
    }
    // The first of `names` the file has, "" when none.
    std::string first_of(const CsvRecord& row, std::initializer_list<const char*> names) const {
        for (const char* n : names)
            if (column.count(n)) return get(row, n);
        return "";
    }
};

// Language columns vendors add (OneRoster 1.1 has none): "metadata.homeLanguage" and the like.
const std::initializer_list<const char*> kLanguageColumns = {
    "metadatahomelanguage", "metadatalanguage", "metadataprimarylanguage", "metadatapreferredlanguage",
    "homelanguage",         "language",         "primarylanguage",         "preferredlanguage"};

// OneRoster lists several ids in one cell, separated by commas.
std::vector<std::string> id_list(const std::string& cell) {
    std::vector<std::string> ids;
    std::size_t start = 0;
    while (start <= cell.size()) {
        std::size_t end = std::min(cell.find(',', start), cell.size());
        if (std::string id = trim(cell.substr(start, end - start)); !id.empty()) ids.push_back(id);
        start = end + 1;
    }
    return ids;
}

// OneRoster's grade codes (CEDS): "KG" is K, "PK" pre-K, "01".."12" as numbers.
std::string grade_of(const std::string& grades) {
    auto list = id_list(grades);
    if (list.empty()) return "";
    std::string g = list.front();
    if (g == "KG") return "K";
    if (g.size() == 2 && g[0] == '0' && g[1] >= '1' && g[1] <= '9') return g.substr(1);
    return g;
}

bool is_guardian_role(const std::string& role) {
    const std::string r = fold_for_search(role);
    return r == "parent" || r == "guardian" || r == "relative";
}

std::string person_name(const Table& users, const CsvRecord& row) {
    std::string given = users.get(row, "givenname"), family = users.get(row, "familyname");
    return given.empty() ? family : family.empty() ? given : given + " " + family;
}

}  // namespace

bool is_oneroster(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) return fs::is_regular_file(fs::path(path) / "users.csv", ec);
    return ends_with_zip(path);
}

RosterFile read_oneroster(const std::string& path) {
    ExportFiles files(path);
    if (!files.has("users.csv"))
        throw Error(
            tr("{0} holds no users.csv; a OneRoster export has users.csv, enrollments.csv and classes.csv", {path}));
    const std::string users_file = files.where("users.csv");
    const Table users = Table::of(files.records("users.csv"));
    for (const char* needed : {"sourcedid", "role", "givenname", "familyname"})
        if (!users.column.count(needed))
            throw Error(
                tr("{0} line 1: no {1} column; is it a OneRoster 1.1 users file?", {users_file, std::string(needed)}));
    const Table enrollments = Table::of(files.records("enrollments.csv"));
    const Table classes = Table::of(files.records("classes.csv"));
    const Table demographics = Table::of(files.records("demographics.csv"));

    std::unordered_map<std::string, const CsvRecord*> user_by_id;
    std::unordered_map<std::string, std::vector<std::string>> parents_naming;  // student id -> parents linking to it
    for (const auto& row : users.rows) {
        const std::string id = users.get(row, "sourcedid");
        user_by_id.emplace(id, &row);
        if (is_guardian_role(users.get(row, "role")))
            for (const auto& child : id_list(users.get(row, "agentsourcedids"))) parents_naming[child].push_back(id);
    }
    std::unordered_map<std::string, const CsvRecord*> demographics_of;
    for (const auto& row : demographics.rows) demographics_of.emplace(demographics.get(row, "sourcedid"), &row);

    // Homerooms: a homeroom class's teacher (family name), else its title.
    std::unordered_map<std::string, std::string> homeroom_of_class;
    for (const auto& row : classes.rows)
        if (fold_for_search(classes.get(row, "classtype")) == "homeroom")
            homeroom_of_class.emplace(classes.get(row, "sourcedid"), classes.get(row, "title"));
    for (const auto& row : enrollments.rows) {
        auto it = homeroom_of_class.find(enrollments.get(row, "classsourcedid"));
        if (it == homeroom_of_class.end() || fold_for_search(enrollments.get(row, "role")) != "teacher") continue;
        if (auto teacher = user_by_id.find(enrollments.get(row, "usersourcedid")); teacher != user_by_id.end())
            it->second = users.get(*teacher->second, "familyname");
    }
    std::unordered_map<std::string, std::string> homeroom_of_student;
    for (const auto& row : enrollments.rows) {
        if (fold_for_search(enrollments.get(row, "role")) != "student" ||
            fold_for_search(enrollments.get(row, "status")) == "tobedeleted")
            continue;
        if (auto it = homeroom_of_class.find(enrollments.get(row, "classsourcedid")); it != homeroom_of_class.end())
            homeroom_of_student.emplace(enrollments.get(row, "usersourcedid"), it->second);
    }

    RosterFile out;
    out.preset = "OneRoster 1.1";
    static const std::set<std::string> read_columns{
        "sourcedid", "status",          "datelastmodified", "enableduser", "orgsourcedids", "role",  "username",
        "userids",   "givenname",       "familyname",       "middlename",  "identifier",    "email", "sms",
        "phone",     "agentsourcedids", "grades",           "password"};
    for (const auto& h : users.headers) {
        const std::string n = normalize_header(h);
        if (!read_columns.count(n) &&
            std::find(kLanguageColumns.begin(), kLanguageColumns.end(), n) == kLanguageColumns.end())
            out.unused_headers.push_back("users.csv " + h);
    }
    std::vector<RowProblem> problems;
    LanguageCells languages;
    std::unordered_map<std::string, int> line_of_number;
    for (const auto& row : users.rows) {
        if (fold_for_search(users.get(row, "role")) != "student") continue;  // staff and parents are not students
        const std::string id = users.get(row, "sourcedid");
        std::string number = users.get(row, "identifier");
        if (number.empty()) number = id;
        const std::string name = person_name(users, row);
        if (fold_for_search(users.get(row, "status")) == "tobedeleted" ||
            fold_for_search(users.get(row, "enableduser")) == "false") {
            out.not_enrolled.push_back({row.line, name, users.get(row, "status"), ""});
            continue;
        }
        // Two students under one number would become one on a re-import: refused, as in a CSV roster.
        if (auto [first, fresh] = line_of_number.emplace(number, row.line); !fresh) {
            problems.push_back(
                {row.line, 0, "", tr("student number {0} is also on line {1}", {number, first->second})});
            continue;
        }
        RosterRow r;
        r.line = row.line;
        r.student.student_number = number;
        r.student.first_name = users.get(row, "givenname");
        r.student.last_name = users.get(row, "familyname");
        r.student.grade = grade_of(users.get(row, "grades"));
        if (auto hr = homeroom_of_student.find(id); hr != homeroom_of_student.end()) r.student.homeroom = hr->second;

        // Parents as the student's record lists them, then those whose own record names the student.
        std::vector<std::string> parent_ids = id_list(users.get(row, "agentsourcedids"));
        for (const auto& p : parents_naming[id])
            if (std::find(parent_ids.begin(), parent_ids.end(), p) == parent_ids.end()) parent_ids.push_back(p);
        for (const auto& pid : parent_ids) {
            auto it = user_by_id.find(pid);
            if (it == user_by_id.end() || !is_guardian_role(users.get(*it->second, "role"))) continue;
            if (fold_for_search(users.get(*it->second, "status")) == "tobedeleted") continue;
            Guardian g;
            g.name = person_name(users, *it->second);
            g.phone = users.get(*it->second, "phone");
            if (g.phone.empty()) g.phone = users.get(*it->second, "sms");
            g.email = users.get(*it->second, "email");
            g.preferred_contact = default_contact(g);
            r.guardians.push_back(std::move(g));
        }

        std::string language = users.first_of(row, kLanguageColumns);
        if (auto d = demographics_of.find(id); language.empty() && d != demographics_of.end())
            language = demographics.first_of(*d->second, kLanguageColumns);
        languages.read_into(language, r);
        try {
            validate(r.student);
            for (const auto& g : r.guardians) validate(g);
        } catch (const ValidationError& e) {
            problems.push_back({row.line, 0, "", e.text()});
            continue;
        }
        out.rows.push_back(std::move(r));
    }
    if (!problems.empty()) throw RosterError(users_file, std::move(problems));
    if (out.rows.empty())
        throw Error(tr("{0} lists no student who is at the school (role \"student\", status active)", {users_file}));
    return out;
}

}  // namespace fn::io
