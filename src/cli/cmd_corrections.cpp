// edit / remove / cancel for what was planned: rooms, rounds, people, shifts,
// volunteer sign-ups and presenters (the same operations as the app).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "ops/plan_edit_ops.h"
#include "ops/volunteer_edit_ops.h"
#include "core/text_list.h"

namespace fn::cli {
namespace {

// Options given on the command line change the field; the others keep it.
template <typename T>
void set_if(const CLI::Option* option, T& field, const T& value) {
    if (option->count() > 0) field = value;
}

nlohmann::json moved_json(const std::vector<ops::SeatMoved>& moved) {
    nlohmann::json all = nlohmann::json::array();
    for (const auto& m : moved)
        all.push_back({{"household_id", m.household_id}, {"family", m.family}, {"workshop", m.workshop}});
    return all;
}

std::string moved_text(const std::vector<ops::SeatMoved>& moved) {
    std::string text;
    if (!moved.empty()) text = "\nMoved to the waitlist; tell them:";
    for (const auto& m : moved) text += fmt::format("\n  {} ({})", m.family, m.workshop);
    return text;
}

void add_room_corrections(CLI::App& room, Context& ctx) {
    struct Options {
        Id room = 0;
        std::string name;
        int capacity = 0;
        bool unassign = false, yes = false;
    };
    auto o = std::make_shared<Options>();
    auto* edit = room.add_subcommand("edit",
                                     "Change a room's name or seats (fewer seats than families hold: lists "
                                     "them first)");
    edit->add_option("room", o->room, "Room id")->required();
    auto* name = edit->add_option("--name", o->name, "New name");
    auto* seats = edit->add_option("--capacity", o->capacity, "Seats");
    edit->add_flag("--yes", o->yes, "Move the families listed to the waitlist (without it, only list them)");
    edit->callback([&ctx, o, name, seats] {
        Room r = ops::load_room(ctx.db(), o->room);
        set_if(name, r.name, o->name);
        set_if(seats, r.capacity, o->capacity);
        auto moved = ops::update_room(ctx.db(), r, std::nullopt,
                                      o->yes ? ops::SeatChange::MoveToWaitlist : ops::SeatChange::KeepEveryoneSeated);
        ctx.emit({{"id", r.id}, {"name", r.name}, {"capacity", r.capacity}, {"moved_to_waitlist", moved_json(moved)}},
                 fmt::format("Room {} is now {} ({} seats)", r.id, r.name, r.capacity) + moved_text(moved));
    });
    auto* remove = room.add_subcommand("remove", "Remove a room (refused while workshops are in it)");
    remove->add_option("room", o->room, "Room id")->required();
    remove->add_flag("--unassign", o->unassign, "Keep its workshops on the timetable without a room");
    remove->callback([&ctx, o] {
        auto left = ops::remove_room(ctx.db(), o->room, o->unassign);
        std::string text = fmt::format("Room {} removed", o->room);
        for (const auto& t : left) text += "\n  now without a room: " + t;
        ctx.emit({{"removed", o->room}, {"without_room", left}}, text);
    });
}

void add_round_corrections(CLI::App& round, Context& ctx) {
    struct Options {
        Id round = 0;
        int number = 0;
        std::string start, end;
    };
    auto o = std::make_shared<Options>();
    auto* edit = round.add_subcommand("edit", "Change a round's number or times");
    edit->add_option("round", o->round, "Round id")->required();
    auto* number = edit->add_option("--number", o->number, "Round number");
    auto* start = edit->add_option("--start", o->start, "HH:MM");
    auto* end = edit->add_option("--end", o->end, "HH:MM");
    edit->callback([&ctx, o, number, start, end] {
        Round r = ops::load_round(ctx.db(), o->round);
        set_if(number, r.number, o->number);
        set_if(start, r.start_time, o->start);
        set_if(end, r.end_time, o->end);
        ops::update_round(ctx.db(), r);
        ctx.emit({{"id", r.id}, {"number", r.number}, {"start", r.start_time}, {"end", r.end_time}},
                 fmt::format("Round {} is now round {}, {}-{}", r.id, r.number, r.start_time, r.end_time));
    });
    auto* remove = round.add_subcommand("remove", "Remove a round (refused while it has workshops)");
    remove->add_option("round", o->round, "Round id")->required();
    remove->callback([&ctx, o] {
        ops::remove_round(ctx.db(), o->round);
        ctx.emit({{"removed", o->round}}, fmt::format("Round {} removed", o->round));
    });
}

void add_person_corrections(CLI::App& person, Context& ctx) {
    struct Options {
        std::string who, name, role, phone, email, languages;
    };
    auto o = std::make_shared<Options>();
    auto* edit = person.add_subcommand("edit", "Change a person's name, role, phone, e-mail or languages");
    edit->add_option("person", o->who, "Person id or exact name")->required();
    auto* name = edit->add_option("--name", o->name, "New name");
    auto* role = edit->add_option("--role", o->role, "teacher, staff, parent, community-partner or student");
    auto* phone = edit->add_option("--phone", o->phone, "Phone");
    auto* email = edit->add_option("--email", o->email, "E-mail");
    auto* languages = edit->add_option("--languages", o->languages, "Languages spoken, e.g. en,es");
    edit->callback([&ctx, o, name, role, phone, email, languages] {
        Person p = ops::load_person(ctx.db(), ctx.person(o->who));
        set_if(name, p.name, o->name);
        if (role->count()) p.role = parse_person_role(o->role);
        set_if(phone, p.phone, o->phone);
        set_if(email, p.email, o->email);
        if (languages->count()) p.languages = split_words(o->languages);
        ops::update_person(ctx.db(), p);
        ctx.emit({{"id", p.id}, {"name", p.name}}, fmt::format("Saved {} (person {})", p.name, p.id));
    });
    auto* remove = person.add_subcommand("remove", "Remove a person (refused while they present or have a shift)");
    remove->add_option("person", o->who, "Person id or exact name")->required();
    remove->callback([&ctx, o] {
        Id id = ctx.person(o->who);
        ops::remove_person(ctx.db(), id);
        ctx.emit({{"removed", id}}, fmt::format("Removed {}", o->who));
    });
}

void add_volunteer_corrections(CLI::App& volunteer, Context& ctx) {
    struct Options {
        Id shift = 0;
        std::string start, end, person;
        int needed = 0;
    };
    auto o = std::make_shared<Options>();
    auto* edit = volunteer.add_subcommand("edit-shift", "Change a shift's times or how many are needed");
    edit->add_option("shift", o->shift, "Shift id")->required();
    auto* start = edit->add_option("--start", o->start, "HH:MM");
    auto* end = edit->add_option("--end", o->end, "HH:MM");
    auto* needed = edit->add_option("--needed", o->needed, "Volunteers needed");
    edit->callback([&ctx, o, start, end, needed] {
        Shift s = ops::load_shift(ctx.db(), o->shift);
        set_if(start, s.start_time, o->start);
        set_if(end, s.end_time, o->end);
        set_if(needed, s.needed, o->needed);
        ops::update_shift(ctx.db(), s);
        ctx.emit({{"id", s.id}, {"start", s.start_time}, {"end", s.end_time}, {"needed", s.needed}},
                 fmt::format("Shift {} is now {}-{}, {} needed", s.id, s.start_time, s.end_time, s.needed));
    });
    auto* remove = volunteer.add_subcommand("remove-shift", "Remove a shift; lists the people signed up, to tell them");
    remove->add_option("shift", o->shift, "Shift id")->required();
    remove->callback([&ctx, o] {
        auto people = ops::remove_shift(ctx.db(), o->shift);
        nlohmann::json names = nlohmann::json::array();
        std::string text = fmt::format("Shift {} removed", o->shift);
        for (const auto& p : people) {
            names.push_back(p.name);
            text += fmt::format("\n  tell {}{}", p.name, p.phone.empty() ? "" : " (" + p.phone + ")");
        }
        ctx.emit({{"removed", o->shift}, {"tell", names}}, text);
    });
    struct RoleOptions {
        Id role = 0;
        std::string name, kind;
    };
    auto ro = std::make_shared<RoleOptions>();
    auto* edit_role = volunteer.add_subcommand("edit-role", "Rename a volunteer role or change its kind");
    edit_role->add_option("role", ro->role, "Role id")->required();
    auto* role_name = edit_role->add_option("--name", ro->name, "New name");
    auto* role_kind =
        edit_role->add_option("--kind", ro->kind, "childcare, dinner, greeter, interpreter, set-up, clean-up or other");
    edit_role->callback([&ctx, ro, role_name, role_kind] {
        VolunteerRole r = ops::load_role(ctx.db(), ro->role);
        set_if(role_name, r.name, ro->name);
        if (role_kind->count()) r.kind = parse_volunteer_role_kind(ro->kind);
        ops::update_role(ctx.db(), r);
        ctx.emit({{"id", r.id}, {"name", r.name}, {"kind", to_string(r.kind)}},
                 fmt::format("Role {} is now {} ({})", r.id, r.name, to_string(r.kind)));
    });
    auto* remove_role =
        volunteer.add_subcommand("remove-role", "Remove a volunteer role (refused while it has shifts)");
    remove_role->add_option("role", ro->role, "Role id")->required();
    remove_role->callback([&ctx, ro] {
        ops::remove_role(ctx.db(), ro->role);
        ctx.emit({{"removed", ro->role}}, fmt::format("Role {} removed", ro->role));
    });
    auto* cancel = volunteer.add_subcommand("cancel", "Cancel a person's sign-up for a shift");
    cancel->add_option("shift", o->shift, "Shift id")->required();
    cancel->add_option("--person", o->person, "Person id or exact name")->required();
    cancel->callback([&ctx, o] {
        ops::cancel_volunteer_signup(ctx.db(), o->shift, ctx.person(o->person));
        ctx.emit({{"shift", o->shift}, {"cancelled", o->person}},
                 fmt::format("{} is no longer signed up for shift {}", o->person, o->shift));
    });
}

void add_presenter_corrections(CLI::App& workshop, Context& ctx) {
    struct Options {
        Id workshop = 0;
        std::string person;
    };
    auto o = std::make_shared<Options>();
    auto* drop = workshop.add_subcommand("drop-presenter", "Take a presenter off a workshop");
    drop->add_option("workshop", o->workshop, "Workshop id")->required();
    drop->add_option("--person", o->person, "Person id or exact name")->required();
    drop->callback([&ctx, o] {
        ops::remove_presenter(ctx.db(), o->workshop, ctx.person(o->person));
        ctx.emit({{"workshop", o->workshop}, {"dropped", o->person}},
                 fmt::format("{} no longer presents workshop {}", o->person, o->workshop));
    });
}

}  // namespace

void add_correction_commands(CLI::App& app, Context& ctx) {
    add_room_corrections(*app.get_subcommand("room"), ctx);
    add_round_corrections(*app.get_subcommand("round"), ctx);
    add_person_corrections(*app.get_subcommand("person"), ctx);
    add_volunteer_corrections(*app.get_subcommand("volunteer"), ctx);
    add_presenter_corrections(*app.get_subcommand("workshop"), ctx);
}

}  // namespace fn::cli
