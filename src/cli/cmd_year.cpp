// year command: start a new school year.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/views.h"
#include "ops/rollover_ops.h"

namespace fn::cli {
namespace {

std::string rollover_text(const ops::RolloverSummary& s) {
    std::string text = fmt::format(
        "{} {}", s.dry_run ? "Dry run (nothing written): a new school year starting" : "New school year started",
        s.started_on);
    if (!s.previous_start.empty()) text += fmt::format(" (the last one started {})", s.previous_start);
    if (!s.roster) {
        text += s.top_grade.empty() ? "\nNo student has a grade this program knows: nobody moves up."
                                    : fmt::format("\nTop grade: {} (its students leave the school)", s.top_grade);
        for (const auto& m : s.moves)
            text += m.to.empty() ? fmt::format("\n  {:>4} -> leaves the school: {}", m.from, m.students)
                                 : fmt::format("\n  {:>4} -> {}: {}", m.from, m.to, m.students);
        text += fmt::format("\nMoved up: {}; left the school: {}", s.students_moved_up, s.students_left);
        if (s.students_with_unknown_grade) {
            std::string grades;
            for (const auto& g : s.unknown_grades) grades += (grades.empty() ? "" : ", ") + g;
            text += fmt::format("\nGrades this program does not know, left as they are: {} ({} students)", grades,
                                s.students_with_unknown_grade);
        }
    }
    text += fmt::format("\nHomerooms cleared until the next roster: {}", s.homerooms_cleared);
    if (s.households_now_inactive)
        text += fmt::format(
            "\n{} households have no student at the school any more: not offered at the door, on RSVP "
            "slips or in backpack mail.",
            s.households_now_inactive);
    if (s.roster) text += "\nFrom the roster: " + roster_summary_text(*s.roster);
    if (!s.dry_run)
        text += s.backup.empty() ? "\nA shared database is backed up on its server; no file was written here."
                                 : "\nBackup written first: " + s.backup;
    return text;
}

nlohmann::json rollover_json(const ops::RolloverSummary& s) {
    nlohmann::json moves = nlohmann::json::array();
    for (const auto& m : s.moves) moves.push_back({{"from", m.from}, {"to", m.to}, {"students", m.students}});
    nlohmann::json j{{"dry_run", s.dry_run},
                     {"started_on", s.started_on},
                     {"previous_start", s.previous_start},
                     {"top_grade", s.top_grade},
                     {"moves", moves},
                     {"students_moved_up", s.students_moved_up},
                     {"students_left", s.students_left},
                     {"homerooms_cleared", s.homerooms_cleared},
                     {"households_now_inactive", s.households_now_inactive},
                     {"unknown_grades", s.unknown_grades},
                     {"students_with_unknown_grade", s.students_with_unknown_grade},
                     {"backup", s.backup}};
    if (s.roster) j["roster"] = roster_summary_json(*s.roster);
    return j;
}

}  // namespace

void add_year_commands(CLI::App& app, Context& ctx) {
    auto* year = app.add_subcommand("year", "The school year");
    year->require_subcommand(1);
    struct StartOptions {
        std::string top_grade, roster;
        std::vector<std::string> maps;
        bool dry_run = false;
        bool confirmed = false;  // --yes
        ops::RolloverOptions options;
    };
    auto so = std::make_shared<StartOptions>();
    auto* start = year->add_subcommand(
        "start",
        "Start a new school year: every student moves up a grade (the top grade leaves), homerooms are "
        "cleared; a backup of the file is made first");
    start->add_option("--top-grade", so->options.top_grade,
                      "The school's last grade, whose students leave (default: the highest grade on file)");
    start->add_option("--roster", so->roster, "The new year's roster: grades and homerooms from it instead");
    start->add_option("--map", so->maps, "Column mapping for --roster, as for import roster (repeat)");
    start->add_flag("--mark-left", so->options.roster_options.mark_left,
                    "With --roster: mark the students it does not list as left");
    start->add_flag("--yes", so->confirmed,
                    "Confirm what the dry run asked about: --roster columns matched by a guess, and with --mark-left, "
                    "marking more than a quarter of the school");
    start->add_flag("--again", so->options.again, "Start another year although one was started less than 300 days ago");
    start->add_flag("--dry-run", so->dry_run, "Show what would change; write nothing");
    start->callback([&ctx, so] {
        so->options.roster_options.confirm_many_left = so->options.roster_options.confirm_guessed_columns =
            so->confirmed;
        if (!so->roster.empty())
            so->options.roster = io::read_roster(so->roster, io::parse_mappings(so->maps));
        else if (so->options.roster_options.mark_left)
            throw ValidationError(tr("--mark-left"),
                                  tr("only a new year's roster can tell who left; add --roster FILE"));
        ops::RolloverSummary s;
        try {
            s = ops::start_school_year(ctx.db(), so->options, so->dry_run);
        } catch (const ConflictError& e) {
            throw ConflictError(tr("{0} (to start one anyway: --again)", {e.text()}));
        }
        ctx.emit(rollover_json(s), rollover_text(s));
    });
}

}  // namespace fn::cli
