// family and import commands.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/views.h"
#include "ops/audit_ops.h"
#include "ops/household_ops.h"
#include "ops/roster_ops.h"
#include "print/name_check.h"

namespace fn::cli {
namespace {

void print_households(Context& ctx, const std::vector<Household>& list, const std::string& empty) {
    nlohmann::json all = nlohmann::json::array();
    std::string text;
    for (const auto& h : list) {
        all.push_back(household_json(h));
        text += household_line(h) + "\n";
    }
    ctx.emit(all, list.empty() ? empty : text);
}

}  // namespace

void add_family_commands(CLI::App& app, Context& ctx) {
    auto* family = app.add_subcommand("family", "The families directory");
    family->require_subcommand(1);

    struct ListOptions {
        int limit = 50;
        int offset = 0;
    };
    auto lo = std::make_shared<ListOptions>();
    auto* list = family->add_subcommand("list", "List households by family name");
    list->add_option("--limit", lo->limit, "At most this many (0: all)")->capture_default_str();
    list->add_option("--offset", lo->offset, "Skip this many first");
    list->callback([&ctx, lo] {
        print_households(ctx, ops::list_households(ctx.db(), lo->limit, lo->offset),
                         "No families yet. Import a roster: familynight-cli import roster FILE.csv");
    });

    auto code = std::make_shared<std::string>();
    auto* show = family->add_subcommand("show", "Show one household");
    show->add_option("family", *code, "Family code or #ID")->required();
    show->callback([&ctx, code] {
        auto h = ctx.household(*code);
        ctx.emit(household_json(h), household_text(h));
    });

    auto history_code = std::make_shared<std::string>();
    auto* history =
        family->add_subcommand("history", "Who changed what about a household, and its door log, oldest first");
    history->add_option("family", *history_code, "Family code or #ID")->required();
    history->callback([&ctx, history_code] {
        auto h = ctx.household(*history_code);
        nlohmann::json all = nlohmann::json::array();
        std::string text;
        for (const auto& line : ops::family_history(ctx.db(), h.id)) {
            all.push_back({{"at", line.at},
                           {"operation", line.operation.english()},
                           {"what", line.what.english()},
                           {"who", line.who},
                           {"station", line.station}});
            const std::string who = line.who.empty() ? line.station : line.who + "@" + line.station;
            text += fmt::format("{}  {}  {}  ({})\n", line.at, line.operation.english(), line.what.english(), who);
        }
        ctx.emit(all, text.empty() ? "Nothing recorded about " + h.code + " yet.\n" : text);
    });

    struct SearchOptions {
        std::string text;
        int limit = 20;
    };
    auto so = std::make_shared<SearchOptions>();
    auto* search = family->add_subcommand("search", "Find households by any guardian or student name, or code");
    search->add_option("text", so->text, "What to look for (accents and case ignored)")->required();
    search->add_option("--limit", so->limit, "At most this many")->capture_default_str();
    search->callback([&ctx, so] {
        print_households(ctx, ops::search_households(ctx.db(), so->text, so->limit),
                         "No family matches '" + so->text + "'.");
    });

    struct AddOptions {
        std::vector<std::string> guardians, students;
        std::string phone, email, language = "en", contact, address, notes, family_name;
    };
    auto ao = std::make_shared<AddOptions>();
    auto* add = family->add_subcommand("add", "Add a household by hand");
    add->add_option("--guardian", ao->guardians, "Guardian name (repeat for more)")->required();
    add->add_option("--student", ao->students, "Student as \"First Last:grade:homeroom\" (repeat for more)");
    add->add_option("--phone", ao->phone, "First guardian's phone");
    add->add_option("--email", ao->email, "First guardian's e-mail");
    add->add_option("--language", ao->language, "Home language code")->capture_default_str();
    add->add_option("--contact", ao->contact,
                    "Preferred contact: phone, text, email or paper (default: from what is given)");
    add->add_option("--address", ao->address, "Home address");
    add->add_option("--notes", ao->notes, "Notes");
    add->add_option(
        "--family-name", ao->family_name,
        "Family name as the family writes it, e.g. \"Dela Cruz\" (default: from the students' or guardian's names)");
    add->callback([&ctx, ao] {
        Household h;
        h.family_name_as_written = ao->family_name;
        h.language = ao->language;
        h.address = ao->address;
        h.notes = ao->notes;
        for (std::size_t i = 0; i < ao->guardians.size(); ++i) {
            Guardian g{0, ao->guardians[i], i ? "" : ao->phone, i ? "" : ao->email, ContactMethod::Paper, ao->language};
            g.preferred_contact = ao->contact.empty() ? default_contact(g) : parse_contact_method(ao->contact);
            h.guardians.push_back(g);
        }
        for (const auto& s : ao->students) h.students.push_back(parse_student_spec(s));
        Id id = ops::add_household(ctx.db(), h);
        auto stored = ops::load_household(ctx.db(), id);
        nlohmann::json j = household_json(stored);
        std::string note = unprintable_names_note(stored, j);
        ctx.emit(j, fmt::format("Added household {} with family code {}", id, stored.code) + note);
    });

    struct EditOptions {
        std::string family, language, family_name;
    };
    auto eo = std::make_shared<EditOptions>();
    auto* edit = family->add_subcommand("edit",
                                        "Set a family's language (confirming one a roster could not read) or "
                                        "family name");
    edit->add_option("family", eo->family, "Family code or #ID")->required();
    auto* language = edit->add_option("--language", eo->language, "Language for flyers and calls (code or name)");
    auto* name = edit->add_option("--family-name", eo->family_name, "Family name as the family writes it");
    edit->callback([&ctx, eo, language, name] {
        if (!language->count() && !name->count())
            throw ValidationError(tr("family edit"), tr("give --language or --family-name"));
        Household h = ctx.household(eo->family);
        if (language->count()) ops::set_family_language(ctx.db(), h.id, eo->language);
        if (name->count()) {
            h = ops::load_household(ctx.db(), h.id);
            h.family_name_as_written = eo->family_name;
            ops::update_household(ctx.db(), h);
        }
        h = ops::load_household(ctx.db(), h.id);
        ctx.emit(
            household_json(ops::load_household(ctx.db(), h.id)),
            fmt::format("{} ({}): language {}, family name {}", h.family_name(), h.code, h.language, h.family_name()));
    });

    auto* import = app.add_subcommand("import", "Import data from files");
    import->require_subcommand(1);
    struct ImportOptions {
        std::string file;
        std::vector<std::string> maps;
        bool dry_run = false;
        bool confirmed = false;  // --yes
        std::string preset;      // --preset
        ops::RosterImportOptions sync;
    };
    auto io = std::make_shared<ImportOptions>();
    auto* roster = import->add_subcommand("roster", "Import a student roster CSV (one row per student)");
    roster
        ->add_option("file", io->file,
                     "CSV or tab-separated file exported from the student information system, or a OneRoster "
                     "export (its folder or .zip)")
        ->required();
    roster->add_option("--map", io->maps, "Column mapping COLUMN=FIELD, e.g. \"Tutor=guardian1_name\" (repeat)");
    std::string presets;
    for (const auto& p : io::preset_names()) presets += (presets.empty() ? "" : ", ") + p;
    roster->add_option("--preset", io->preset,
                       "Read the file as this system's export, whatever its header says: " + presets);
    roster->add_flag("--dry-run", io->dry_run, "Show what would change; write nothing");
    roster->add_flag("--partial", io->sync.partial,
                     "The file lists only some students (one class, new arrivals): do not look for students who left");
    roster->add_flag("--mark-left", io->sync.mark_left,
                     "Mark the students this full roster no longer lists as left, today (see them first without it)");
    roster->add_flag("--yes", io->confirmed,
                     "Confirm what the dry run asked about: columns matched by a guess (\"Name\", \"ID\"), and with "
                     "--mark-left, marking more than a quarter of the school");
    roster->callback([&ctx, io] {
        if (io->sync.partial && io->sync.mark_left)
            throw ValidationError(tr("--mark-left"), tr("a partial roster cannot tell who left; leave out --partial"));
        io->sync.confirm_many_left = io->sync.confirm_guessed_columns = io->confirmed;
        auto rows =
            io::read_roster(io->file, io::parse_mappings(io->maps), io->preset);  // read once: imported and checked
        auto s = ops::import_roster_rows(ctx.db(), rows, io->dry_run, {}, io->sync);
        auto unprintable = printing::roster_names_that_will_not_print(rows);
        std::string text = roster_summary_text(s);
        nlohmann::json will_not_print = nlohmann::json::array();
        for (const auto& u : unprintable) {
            will_not_print.push_back({{"line", u.line}, {"name", u.name.name}, {"characters", u.name.characters}});
            text += fmt::format(
                "\nLine {}: printed sheets will show '{}' with [?] for {}; write it in by hand, or "
                "spell it another way.",
                u.line, u.name.name, u.name.characters);
        }
        auto j = roster_summary_json(s);
        j["will_not_print"] = will_not_print;
        ctx.emit(j, text);
    });
}

}  // namespace fn::cli
