#pragma once
// Each group of subcommands registers itself on the CLI11 app.
namespace CLI {
class App;
}

namespace fn::cli {

struct Context;

void add_setup_commands(CLI::App& app, Context& ctx);          // init, demo, school
void add_event_commands(CLI::App& app, Context& ctx);          // event, round, room, workshop
void add_people_commands(CLI::App& app, Context& ctx);         // person, volunteer
void add_family_commands(CLI::App& app, Context& ctx);         // family, import
void add_year_commands(CLI::App& app, Context& ctx);           // year start
void add_retention_commands(CLI::App& app, Context& ctx);      // purge, family export|erase (after family)
void add_contact_commands(CLI::App& app, Context& ctx);        // contact add|list|due|coverage|draw
void add_home_visit_commands(CLI::App& app, Context& ctx);     // visit offer|plan|decline|done|list|coverage|hours
void add_resource_commands(CLI::App& app, Context& ctx);       // resource add|edit|remove|list
void add_evaluation_commands(CLI::App& app, Context& ctx);     // eval add|list|delete
void add_rsvp_commands(CLI::App& app, Context& ctx);           // rsvp
void add_door_commands(CLI::App& app, Context& ctx);           // checkin, walkin, headcount, childcare
void add_door_desk_commands(CLI::App& app, Context& ctx);      // door search|log|revert, and:
void add_door_station_commands(CLI::App& door, Context& ctx);  // door prepare|sync|status|wipe
void add_childcare_commands(CLI::App& app, Context& ctx);      // childcare dropoff|pickup|list
void add_correction_commands(CLI::App& app, Context& ctx);     // edit/remove/cancel (after the above)
void add_translate_commands(CLI::App& app, Context& ctx);      // event|workshop|room translate (after event)
void add_report_commands(CLI::App& app, Context& ctx);         // counts, export
void add_print_commands(CLI::App& app, Context& ctx);          // print
void add_message_commands(CLI::App& app, Context& ctx);        // send
void add_database_commands(CLI::App& app, Context& ctx);       // db

}  // namespace fn::cli
