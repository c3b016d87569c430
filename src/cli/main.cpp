// familynight-cli: every FamilyNight operation from the command line.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/cli_language.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "core/version.h"
#include "core/errors.h"
#include "io/roster_reader.h"
#include "store/database.h"

// Exit codes besides 0 (done) and 1 (refused or failed), for scripts and
// stations that retry: README "Exit codes".

int main(int argc, char** argv) {
    fn::cli::start_language();
    fn::cli::Context ctx;
    ctx.db_path = fn::store::default_database_path();
    CLI::App app{"FamilyNight: plan family nights and run them at the door"};
    app.set_version_flag("--version", std::string("familynight-cli ") + fn::kVersion);
    // The default is said as a rule, not as this user's path: the help also
    // becomes the man page, built on another machine.
    app.add_option("--db", ctx.db_path,
                   "Database: a SQLite file or sqlite3://PATH (default: $XDG_DATA_HOME/familynight/familynight.db, "
                   "that is ~/.local/share/familynight/familynight.db), or a shared PostgreSQL database: "
                   "postgresql://[USER@]SERVER[:PORT]/DATABASE or \"host=SERVER dbname=DATABASE user=USER\" "
                   "(passwords from ~/.pgpass)")
        ->envname("FAMILYNIGHT_DB");
    app.add_flag("--json", ctx.json, "Print results as JSON for scripts");
    app.require_subcommand(1);
    app.footer(fn::cli::kExitCodesHelp);
    ctx.app = &app;

    fn::cli::add_setup_commands(app, ctx);
    fn::cli::add_event_commands(app, ctx);
    fn::cli::add_people_commands(app, ctx);
    fn::cli::add_family_commands(app, ctx);
    fn::cli::add_year_commands(app, ctx);
    fn::cli::add_retention_commands(app, ctx);
    fn::cli::add_contact_commands(app, ctx);
    fn::cli::add_evaluation_commands(app, ctx);
    fn::cli::add_home_visit_commands(app, ctx);
    fn::cli::add_resource_commands(app, ctx);
    fn::cli::add_rsvp_commands(app, ctx);
    fn::cli::add_door_commands(app, ctx);
    fn::cli::add_door_desk_commands(app, ctx);
    fn::cli::add_correction_commands(app, ctx);
    fn::cli::add_translate_commands(app, ctx);
    fn::cli::add_report_commands(app, ctx);
    fn::cli::add_print_commands(app, ctx);
    fn::cli::add_message_commands(app, ctx);
    fn::cli::add_database_commands(app, ctx);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    } catch (const fn::io::RosterError& e) {
        std::cerr << "familynight-cli: the roster has problems:\n" << e.what() << "\n";
        return fn::cli::kExitBadInput;
    } catch (const fn::cli::ExitWith& done) {
        return done.code;  // what was done is said already
    } catch (const fn::Error& e) {
        // Each kind of failure its own exit code: a station that retries must
        // tell "reused" and "server unreachable" from "refused".
        std::cerr << "familynight-cli: " << fn::cli::in_users_language(e.text()) << "\n";
        return fn::cli::exit_code_for(e);
    } catch (const std::exception& e) {
        std::cerr << "familynight-cli: unexpected error: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
