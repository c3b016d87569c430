#include "print/platform_lists.h"

#include <filesystem>
#include <map>

#include "core/errors.h"
#include "core/languages.h"
#include "io/table_writer.h"
#include "print/family_messages.h"

namespace fn::printing {
namespace {

// First name(s) and the rest, as the platforms' two name columns want them.
std::pair<std::string, std::string> split_name(const std::string& name) {
    auto space = name.find(' ');
    if (space == std::string::npos) return {name, ""};
    return {name.substr(0, space), name.substr(space + 1)};
}

// "Spanish", as the platforms' language columns name languages (without
// the code language_name adds for the school's own papers).
std::string plain_language_name(const std::string& code) {
    std::string name = language_name(code);
    const std::string suffix = " (" + code + ")";
    if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
        name.resize(name.size() - suffix.size());
    return name;
}

std::string with_language(const std::string& path, const std::string& language) {
    std::filesystem::path p(path);
    return (p.parent_path() / (p.stem().string() + "-" + language + p.extension().string())).string();
}

}  // namespace

// Column names as each platform's import screens name them in their help
// pages; every platform also maps columns by hand at import.
const std::vector<PlatformFormat>& platform_formats() {
    static const std::vector<PlatformFormat> all{
        {"parentsquare", "ParentSquare", "First Name", "Last Name", "Mobile Phone", "Email", "Language", "Student Name",
         "Message", false, false},
        {"remind", "Remind", "First Name", "Last Name", "Phone Number", "Email", "Language", "", "Message", true,
         false},
        {"talkingpoints", "TalkingPoints", "Parent First Name", "Parent Last Name", "Parent Phone", "",
         "Parent Language", "Student Name", "Message", false, false},
        {"schoolmessenger", "SchoolMessenger", "First Name", "Last Name", "Phone", "Email", "Language", "", "Message",
         true, true},
    };
    return all;
}

const PlatformFormat& platform_format(const std::string& name) {
    std::string names;
    for (const auto& f : platform_formats()) {
        if (f.name == name) return f;
        names += (names.empty() ? "" : ", ") + f.name;
    }
    throw ValidationError(tr("platform"), tr("{0} is not one of: {1}", {quoted(name), names}));
}

PlatformExport export_platform_list(store::Database& db, Id event_id, MessageKind kind, const std::string& platform,
                                    const std::string& path) {
    const PlatformFormat& format = platform_format(platform);
    const auto audience = ops::message_audience(db, event_id, kind);
    std::vector<io::Column> columns;
    for (const std::string* name : {&format.first_name, &format.last_name, &format.phone, &format.email,
                                    &format.language, &format.student, &format.message})
        if (!name->empty())
            columns.push_back({*name, name == &format.phone ? io::CellKind::PhoneNumber : io::CellKind::Text});
    std::map<std::string, io::Table> by_language;
    std::vector<const ops::MessageRecipient*> listed;
    std::vector<std::string> languages_listed;
    PlatformExport result;
    for (const auto& r : audience.recipients) {
        if (r.already_sent || r.reach.method != ContactMethod::Text) continue;
        const std::string number = phone_e164(r.reach.address);
        if (number.empty()) {
            result.not_dialable.push_back(r.household.family_name() + " (" + r.reach.address + ")");
            continue;
        }
        const FamilyMessage words = message_for(audience, r);
        const auto [first, last] = split_name(r.reach.guardian);
        std::string email;
        for (const auto& g : r.household.guardians)
            if (g.name == r.reach.guardian) email = g.email;
        std::string students;
        for (const auto& s : r.household.students)
            students += (students.empty() ? "" : "; ") + s.first_name + " " + s.last_name;
        std::vector<std::string> row;
        auto add = [&](const std::string& column, const std::string& value) {
            if (!column.empty()) row.push_back(value);
        };
        add(format.first_name, first);
        add(format.last_name, last);
        add(format.phone, number);
        add(format.email, email);
        add(format.language, format.language_as_code ? words.language : plain_language_name(words.language));
        add(format.student, students);
        add(format.message, words.subject + "\n\n" + words.body);
        const std::string sheet = format.list_per_language ? words.language : "all";
        auto& table = by_language[sheet];
        if (table.columns.empty()) {
            table.columns = columns;
            table.name = format.list_per_language ? language_name(words.language) : format.shown;
        }
        table.rows.push_back(std::move(row));
        listed.push_back(&r);
        languages_listed.push_back(words.language);
    }
    if (by_language.empty()) by_language["all"] = io::Table{format.shown, columns, {}};
    if (!format.list_per_language || io::is_xlsx_path(path) || by_language.size() == 1) {
        std::vector<io::Table> tables;
        for (auto& [language, table] : by_language) tables.push_back(std::move(table));
        io::write_tables(path, tables);
        result.files.push_back(path);
    } else {
        for (auto& [language, table] : by_language) {
            const std::string file = with_language(path, language);
            io::write_tables(file, {table});
            result.files.push_back(file);
        }
    }
    // Logged once the files are written: a list never written is no contact.
    for (std::size_t i = 0; i < listed.size(); ++i) {
        const auto& r = *listed[i];
        ops::log_message(db,
                         {event_id, r.household.id, r.message, ContactMethod::Text, phone_e164(r.reach.address),
                          languages_listed[i], "listed", format.shown},
                         audience.event.title());
    }
    result.families = static_cast<int>(listed.size());
    return result;
}

}  // namespace fn::printing
