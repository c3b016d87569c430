#include "support/school_roster.h"

#include <zip.h>

#include <filesystem>
#include <fstream>
#include <functional>

namespace fn::testing {
namespace {

namespace fs = std::filesystem;

const char* kFamilies[] = {
    "Mendoza", "Mendoza", "Haile",  "Okafor", "Nguyễn", "Carter",  "Warsame", "Jean-Baptiste", "Brown",     "Núñez",
    "Trần",    "Ali",     "Haddad", "Chen",   "Santos", "Kim",     "Petrov",  "Hassan",        "Dela Cruz", "Oyelaran",
    "Rahimi",  "Yusuf",   "López",  "García", "Reyes",  "Morales", "Vang",    "Lee",           "Wong",      "Patel",
    "Singh",   "Khan",    "Ramos",  "Cruz",   "Torres", "Flores",  "Rivera",  "Gómez",         "Díaz",      "Moreau"};
const char* kMothers[] = {"Rosa", "Lucía", "Almaz", "Ngozi", "Lan",   "Keisha", "Hodan", "Marie",  "Tanya",   "Elena",
                          "Mai",  "Amina", "Layla", "Wei",   "Maria", "Ji-woo", "Olga",  "Fatima", "Maricel", "Bisi"};
const char* kFathers[] = {"Luis", "Jorge", "Tesfaye", "Chidi", "Minh",  "Jamal",   "Abdi", "Jean",  "Marcus", "Pedro",
                          "Bảo",  "Omar",  "Karim",   "Jun",   "Paulo", "Min-jun", "Ivan", "Yusuf", "Jose",   "Tunde"};
const char* kChildren[] = {"Ana", "Leo",  "Hana", "Ada", "Bảo",   "Tanya", "Ayaan", "Jean", "Kayla",   "Diego",
                           "Mai", "Zara", "Nour", "Mei", "Sofia", "Yuna",  "Nika",  "Amir", "Gabriel", "Tobi"};
const char* kTeachers[] = {"Rivera", "Park", "Dubois", "Okoro"};
const char* kGrades[] = {"K", "1", "2", "3", "4", "5"};
const char* kLanguages[] = {"es", "vi", "so", "ar", "en", "zh", "?"};

std::string phone_of(int n) {
    return "(555) 01" + std::to_string(n / 10000) + "-" + std::to_string(10000 + n % 10000).substr(1);
}

std::vector<SchoolHousehold> build() {
    std::vector<SchoolHousehold> school;
    int number = 300100;
    for (int i = 0; i < 40; ++i) {
        SchoolHousehold h;
        const std::string last = kFamilies[i];
        h.street = std::to_string(100 + i * 7) + " " + (i % 2 ? "Oak St" : "Elm Ave");
        h.language = kLanguages[i % 7];
        const int students = i % 3 == 0 ? 2 : 1;
        for (int k = 0; k < students; ++k)
            h.students.push_back({std::to_string(number++), kChildren[(i + k * 7) % 20], last, kGrades[(i + k * 2) % 6],
                                  kTeachers[(i + k) % 4], false});
        SchoolGuardian mother{kMothers[i % 20], last, phone_of(2000 + i * 10), "", false};
        if (i % 4 != 1) mother.email = "family" + std::to_string(i) + "@example.org";
        h.guardians.push_back(mother);
        if (i % 2 == 0) h.guardians.push_back({kFathers[i % 20], last, phone_of(2000 + i * 10 + 1), "", false});
        if (i % 5 == 4) h.emergency_contact = "Ruth Miller";
        school.push_back(std::move(h));
    }
    // Two families at one shelter address, apart.
    school[2].street = school[3].street = "455 Hope Shelter Rd";
    // Two families listing one phone (a grandmother's), apart.
    school[5].guardians[0].phone = school[4].guardians[0].phone;
    // A grandmother is the only guardian.
    school[6].guardians = {{"Faadumo", "Warsame", phone_of(2999), "faadumo@example.org", true}};
    // A child left beside a sibling who stays; a family whose only child left.
    school[7].students.push_back({std::to_string(number++), "Lucas", "Jean-Baptiste", "5", "Park", true});
    school[8].students[0].left = true;
    return school;
}

std::string name_of(const SchoolGuardian& g) { return g.first + " " + g.last; }

// A CSV or TSV cell, quoted when it must be.
std::string cell(const std::string& value, char separator) {
    if (value.find(separator) == std::string::npos && value.find('"') == std::string::npos) return value;
    std::string q = "\"";
    for (char c : value) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

void write_rows(const std::string& path, char sep, const std::vector<std::vector<std::string>>& rows) {
    std::ofstream out(path, std::ios::binary);
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) out << (i ? std::string(1, sep) : "") << cell(row[i], sep);
        out << "\r\n";
    }
}

std::string language_name(const std::string& code, bool spanish) {
    static const std::map<std::string, std::pair<const char*, const char*>> names{
        {"es", {"Spanish", "Español"}}, {"vi", {"Vietnamese", "Vietnamita"}}, {"so", {"Somali", "Somalí"}},
        {"ar", {"Arabic", "Árabe"}},    {"en", {"English", "Inglés"}},        {"zh", {"Chinese", "Chino"}},
        {"?", {"Other", "Otro"}}};
    const auto& n = names.at(code);
    return spanish ? n.second : n.first;
}

const char* kPastExit = "6/12/2025";

}  // namespace

const std::vector<SchoolHousehold>& forty_household_school() {
    static const auto school = build();
    return school;
}

std::string expected_language(const std::string& shape, const std::string& language) {
    if (shape == "powerschool") return "en";                // its export has no language column
    if (shape == "aeries" && language == "so") return "?";  // CALPADS has no number for Somali: 99
    return language;
}

std::string write_infinite_campus_contact_rows(const std::string& folder) {
    std::vector<std::vector<std::string>> rows{
        {"student.studentNumber", "student.lastName", "student.firstName", "student.grade", "student.homeroomTeacher",
         "student.addressLine1", "student.city", "student.state", "student.zip", "student.homePrimaryLanguage",
         "student.endDate", "contacts.seq", "contacts.lastName", "contacts.firstName", "contacts.relationship",
         "contacts.guardian", "contacts.cellPhone", "contacts.homePhone", "contacts.email"}};
    for (const auto& h : forty_household_school())
        for (const auto& s : h.students) {
            auto student = std::vector<std::string>{s.number,
                                                    s.last,
                                                    s.first,
                                                    s.grade == "K" ? "KG" : "0" + s.grade,
                                                    s.homeroom,
                                                    h.street,
                                                    "Springfield",
                                                    "IL",
                                                    "62701",
                                                    language_name(h.language, false),
                                                    s.left ? kPastExit : ""};
            // Written out of order: the sequence column says the order.
            if (!h.emergency_contact.empty()) {
                auto row = student;
                for (const char* c : {"9", "Miller", "Ruth", "Emergency Contact", "0", "(555) 019-9999", "", ""})
                    row.push_back(c);
                rows.push_back(row);
            }
            for (std::size_t k = h.guardians.size(); k-- > 0;) {
                const auto& g = h.guardians[k];
                auto row = student;
                const char* relationship = g.grandparent ? "Grandmother" : k == 0 ? "Mother" : "Father";
                // A grandmother without a cell phone: her number is the home's.
                for (const std::string& c :
                     {std::to_string(k + 1), g.last, g.first, std::string(relationship), std::string("1"),
                      g.grandparent ? std::string() : g.phone, g.grandparent ? g.phone : std::string(), g.email})
                    row.push_back(c);
                rows.push_back(row);
            }
        }
    const std::string path = (fs::path(folder) / "ic_contacts.csv").string();
    write_rows(path, ',', rows);
    return path;
}

std::string write_powerschool_quick_export(const std::string& folder) {
    std::vector<std::vector<std::string>> rows{{"Student_Number", "LastFirst", "Grade_Level", "Home_Room",
                                                "Mother_First", "Mother", "Mother_Email", "Father", "Father_Email",
                                                "Father_Cell", "Guardian_FN", "Guardian_LN", "GuardianEmail",
                                                "Home_Phone", "Street", "City", "State", "Zip", "Enroll_Status"}};
    int i = 0;
    for (const auto& h : forty_household_school()) {
        for (const auto& s : h.students) {
            std::vector<std::string> r{s.number, s.last + ", " + s.first, s.grade == "K" ? "0" : s.grade, s.homeroom};
            const SchoolGuardian* mother = h.guardians[0].grandparent ? nullptr : &h.guardians[0];
            const SchoolGuardian* father = h.guardians.size() > 1 ? &h.guardians[1] : nullptr;
            const SchoolGuardian* grandparent = h.guardians[0].grandparent ? &h.guardians[0] : nullptr;
            // "Last, First" in Mother, with Mother_First filled on every other family.
            r.push_back(mother && i % 2 == 0 ? mother->first : "");
            r.push_back(mother ? mother->last + ", " + mother->first : "");
            r.push_back(mother ? mother->email : "");
            r.push_back(father ? father->last + ", " + father->first : "");
            r.push_back(father ? father->email : "");
            r.push_back(father ? father->phone : "");
            r.push_back(grandparent ? grandparent->first : "");
            r.push_back(grandparent ? grandparent->last : "");
            r.push_back(grandparent ? grandparent->email : "");
            r.push_back(h.guardians[0].phone);
            for (const std::string& c : {h.street, std::string("Springfield"), std::string("IL"), std::string("62701"),
                                         std::string(s.left ? "2" : "0")})
                r.push_back(c);
            rows.push_back(r);
        }
        ++i;
    }
    const std::string path = (fs::path(folder) / "powerschool_quick_export.txt").string();
    write_rows(path, '\t', rows);
    return path;
}

std::string write_spanish_headings(const std::string& folder) {
    std::vector<std::vector<std::string>> rows{{"Número de estudiante", "Apellido", "Nombre", "Grado", "Maestra",
                                                "Padre/Madre", "Teléfono", "Correo electrónico", "Padre/Madre 2",
                                                "Teléfono 2", "Dirección", "Idioma", "Fecha de baja"}};
    for (const auto& h : forty_household_school())
        for (const auto& s : h.students) {
            const auto& g1 = h.guardians[0];
            const SchoolGuardian* g2 = h.guardians.size() > 1 ? &h.guardians[1] : nullptr;
            rows.push_back({s.number, s.last, s.first, s.grade, s.homeroom, name_of(g1), g1.phone, g1.email,
                            g2 ? name_of(*g2) : "", g2 ? g2->phone : "", h.street, language_name(h.language, true),
                            s.left ? kPastExit : ""});
        }
    const std::string path = (fs::path(folder) / "lista_de_estudiantes.csv").string();
    write_rows(path, ',', rows);
    return path;
}

std::string write_aeries_calpads(const std::string& folder) {
    static const std::map<std::string, std::string> calpads{{"es", "01"}, {"vi", "02"}, {"so", "99"}, {"ar", "11"},
                                                            {"en", "00"}, {"zh", "07"}, {"?", "99"}};
    std::vector<std::vector<std::string>> rows{
        {"Perm ID", "Last Name", "First Name", "Grade", "Teacher Name", "Mother/Guardian First Name",
         "Mother/Guardian Last Name", "Father/Guardian First Name", "Father/Guardian Last Name", "Home Phone",
         "Parent Email", "Mailing Address", "City", "State", "Zip Code", "Home Language", "Leave Date"}};
    for (const auto& h : forty_household_school())
        for (const auto& s : h.students) {
            const auto& g1 = h.guardians[0];
            const SchoolGuardian* g2 = h.guardians.size() > 1 ? &h.guardians[1] : nullptr;
            rows.push_back({s.number, s.last, s.first, s.grade == "K" ? "0" : s.grade, s.homeroom, g1.first, g1.last,
                            g2 ? g2->first : "", g2 ? g2->last : "", g1.phone, g1.email, h.street, "Springfield", "CA",
                            "95814", calpads.at(h.language), s.left ? kPastExit : ""});
        }
    const std::string path = (fs::path(folder) / "aeries_students.csv").string();
    write_rows(path, ',', rows);
    return path;
}

std::string write_oneroster_folder(const std::string& folder) {
    const fs::path dir = fs::path(folder) / "oneroster";
    fs::create_directories(dir);
    static const std::map<std::string, std::string> iso3{{"es", "spa"}, {"vi", "vie"}, {"so", "som"}, {"ar", "ara"},
                                                         {"en", "eng"}, {"zh", "zho"}, {"?", "Other"}};
    std::vector<std::vector<std::string>> users{{"sourcedId", "status", "dateLastModified", "enabledUser",
                                                 "orgSourcedIds", "role", "username", "userIds", "givenName",
                                                 "familyName", "middleName", "identifier", "email", "sms", "phone",
                                                 "agentSourcedIds", "grades", "password"}};
    std::vector<std::vector<std::string>> enrollments{{"sourcedId", "status", "dateLastModified", "classSourcedId",
                                                       "schoolSourcedId", "userSourcedId", "role", "primary",
                                                       "beginDate", "endDate"}};
    std::vector<std::vector<std::string>> classes{
        {"sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId", "classCode", "classType",
         "location", "schoolSourcedId", "termSourcedIds", "subjects", "subjectCodes", "periods"}};
    std::vector<std::vector<std::string>> demographics{
        {"sourcedId", "status", "dateLastModified", "birthDate", "sex", "metadata.homeLanguage"}};
    int enrollment = 0;
    auto enroll = [&](const std::string& cls, const std::string& user, const char* role) {
        enrollments.push_back({"e" + std::to_string(++enrollment), "active", "2026-08-20", cls, "school-1", user, role,
                               "true", "2026-08-20", ""});
    };
    for (const char* t : kTeachers) {
        const std::string id = std::string("t-") + t, cls = std::string("hr-") + t;
        users.push_back({id, "active", "2026-08-20", "true", "school-1", "teacher", t, "", "Pat", t, "", "", "", "", "",
                         "", "", ""});
        classes.push_back({cls, "active", "2026-08-20", std::string("Homeroom ") + t, "", "course-hr", cls, "homeroom",
                           "", "school-1", "term-1", "", "", ""});
        classes.push_back({std::string("math-") + t, "active", "2026-08-20", "Math", "", "course-math",
                           std::string("m-") + t, "scheduled", "", "school-1", "term-1", "", "", ""});
        enroll(cls, id, "teacher");
    }
    int i = 0;
    for (const auto& h : forty_household_school()) {
        std::string parent_ids, student_ids;
        for (std::size_t k = 0; k < h.guardians.size(); ++k)
            parent_ids += (k ? "," : "") + ("p-" + std::to_string(i) + "-" + std::to_string(k));
        for (const auto& s : h.students) {
            const std::string id = "s-" + s.number;
            student_ids += (student_ids.empty() ? "" : ",") + id;
            const std::string grade = s.grade == "K" ? "KG" : "0" + s.grade;
            users.push_back({id, s.left ? "tobedeleted" : "active", "2026-08-20", s.left ? "false" : "true", "school-1",
                             "student", "s" + s.number, "", s.first, s.last, "", s.number, "", "", "", parent_ids,
                             grade, ""});
            demographics.push_back({id, "active", "2026-08-20", "2018-03-01", "female", iso3.at(h.language)});
            enroll(std::string("hr-") + s.homeroom, id, "student");
            enroll(std::string("math-") + s.homeroom, id, "student");
        }
        for (std::size_t k = 0; k < h.guardians.size(); ++k) {
            const auto& g = h.guardians[k];
            users.push_back({"p-" + std::to_string(i) + "-" + std::to_string(k), "active", "2026-08-20", "true",
                             "school-1", g.grandparent ? "guardian" : "parent", "", "", g.first, g.last, "", "",
                             g.email, "", g.phone, student_ids, "", ""});
        }
        ++i;
    }
    write_rows((dir / "users.csv").string(), ',', users);
    write_rows((dir / "enrollments.csv").string(), ',', enrollments);
    write_rows((dir / "classes.csv").string(), ',', classes);
    write_rows((dir / "demographics.csv").string(), ',', demographics);
    write_rows((dir / "manifest.csv").string(), ',',
               {{"propertyName", "value"}, {"manifest.version", "1.0"}, {"oneroster.version", "1.1"}});
    return dir.string();
}

std::string write_oneroster_zip(const std::string& folder) {
    const fs::path files = write_oneroster_folder(folder);
    const std::string path = (fs::path(folder) / "oneroster.zip").string();
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive) return path;  // the import then says it cannot open it, and the test fails there
    for (const char* name : {"manifest.csv", "users.csv", "enrollments.csv", "classes.csv", "demographics.csv"}) {
        zip_source_t* source = zip_source_file(archive, (files / name).c_str(), 0, -1);
        // Inside a folder, as some exports are zipped.
        if (source && zip_file_add(archive, (std::string("export/") + name).c_str(), source, ZIP_FL_ENC_UTF_8) < 0)
            zip_source_free(source);
    }
    zip_close(archive);
    fs::remove_all(files);  // only the zip is left to import
    return path;
}

}  // namespace fn::testing
