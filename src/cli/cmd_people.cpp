// person and volunteer commands.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/views.h"
#include "ops/volunteer_ops.h"
#include "core/text_list.h"

namespace fn::cli {

void add_people_commands(CLI::App& app, Context& ctx) {
    auto* person = app.add_subcommand("person", "Staff and volunteers");
    person->require_subcommand(1);
    struct PersonOptions {
        std::string name, role = "teacher", phone, email, languages;
    };
    auto po = std::make_shared<PersonOptions>();
    auto* add = person->add_subcommand("add", "Add a staff member or volunteer");
    add->add_option("--name", po->name, "Full name")->required();
    add->add_option("--role", po->role, "teacher, staff, parent, community-partner or student")->capture_default_str();
    add->add_option("--phone", po->phone, "Phone");
    add->add_option("--email", po->email, "E-mail");
    add->add_option("--languages", po->languages, "Languages spoken, e.g. en,es");
    add->callback([&ctx, po] {
        Id id = ops::add_person(
            ctx.db(), {0, po->name, parse_person_role(po->role), po->phone, po->email, split_words(po->languages)});
        ctx.emit({{"id", id}}, fmt::format("Added {} ({}) as person {}", po->name, po->role, id));
    });
    person->add_subcommand("list", "List people")->callback([&ctx] {
        nlohmann::json all = nlohmann::json::array();
        std::string text;
        for (const auto& p : ops::list_people(ctx.db())) {
            all.push_back({{"id", p.id},
                           {"name", p.name},
                           {"role", to_string(p.role)},
                           {"phone", p.phone},
                           {"email", p.email},
                           {"languages", p.languages}});
            text += fmt::format("{:>4}  {:<28} {:<17} {}\n", p.id, p.name, to_string(p.role), join_words(p.languages));
        }
        ctx.emit(all, text.empty() ? "No people yet." : text);
    });

    auto* volunteer = app.add_subcommand("volunteer", "Volunteer roles, shifts and sign-ups");
    volunteer->require_subcommand(1);
    auto role = std::make_shared<VolunteerRole>();
    auto role_kind = std::make_shared<std::string>("other");
    auto* role_cmd = volunteer->add_subcommand("role", "Add a volunteer role to an event");
    role_cmd->add_option("event", role->event_id, "Event id")->required();
    role_cmd->add_option("--kind", *role_kind, "childcare, dinner, greeter, interpreter, set-up, clean-up or other")
        ->required();
    role_cmd->add_option("--name", role->name, "Name shown on schedules (default: the kind)");
    role_cmd->callback([&ctx, role, role_kind] {
        VolunteerRole r = *role;
        r.kind = parse_volunteer_role_kind(*role_kind);
        Id id = ops::add_volunteer_role(ctx.db(), r);
        ctx.emit({{"id", id}}, fmt::format("Added volunteer role {} ({})", id, *role_kind));
    });

    auto shift = std::make_shared<Shift>();
    auto* shift_cmd = volunteer->add_subcommand("shift", "Add a shift to a role");
    shift_cmd->add_option("role", shift->role_id, "Role id")->required();
    shift_cmd->add_option("--start", shift->start_time, "HH:MM")->required();
    shift_cmd->add_option("--end", shift->end_time, "HH:MM")->required();
    shift_cmd->add_option("--needed", shift->needed, "Volunteers needed")->required();
    shift_cmd->callback([&ctx, shift] {
        Id id = ops::add_shift(ctx.db(), *shift);
        ctx.emit({{"id", id}}, fmt::format("Added shift {} ({}-{}, {} needed)", id, shift->start_time, shift->end_time,
                                           shift->needed));
    });

    struct SignupOptions {
        Id shift = 0;
        std::string person;
        bool over = false;
    };
    auto so = std::make_shared<SignupOptions>();
    auto* signup = volunteer->add_subcommand("signup", "Sign a person up for a shift");
    signup->add_option("shift", so->shift, "Shift id")->required();
    signup->add_option("--person", so->person, "Person id or exact name")->required();
    signup->add_flag("--over", so->over, "Sign up although the shift has everyone it needs (counted as over)");
    signup->callback([&ctx, so] {
        ops::sign_up_volunteer(ctx.db(), so->shift, ctx.person(so->person),
                               so->over ? ops::ShiftNeed::BeyondNeed : ops::ShiftNeed::UpToNeed);
        ctx.emit({{"shift", so->shift}, {"person", so->person}},
                 fmt::format("{} signed up for shift {}", so->person, so->shift));
    });

    auto board_event = std::make_shared<Id>(0);
    auto* board = volunteer->add_subcommand("board", "Roles and shifts with needed / signed up");
    board->add_option("event", *board_event, "Event id")->required();
    board->callback([&ctx, board_event] {
        auto b = ops::load_volunteer_board(ctx.db(), *board_event);
        ctx.emit(board_json(b), board_text(b));
    });
}

}  // namespace fn::cli
