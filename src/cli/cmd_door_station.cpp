// door prepare|sync|status|wipe: a door station that keeps working without
// the shared database's server (ops/door_station.h).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/cli_language.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "core/errors.h"
#include "ops/door_log_ops.h"
#include "ops/clock.h"
#include "ops/door_station.h"

namespace fn::cli {
namespace {

nlohmann::json entry_json(const OutboxEntry& e) {
    return {{"seq", e.seq},
            {"action", to_string(e.action)},
            {"family_code", e.family_code},
            {"adults", e.adults},
            {"children", e.children},
            {"operation", e.operation_id},
            {"station", e.station},
            {"typed_at", e.typed_at},
            {"state", to_string(e.state)},
            {"outcome", e.outcome.english()},
            {"sent_at", e.sent_at}};
}

std::string entry_line(const OutboxEntry& e) {
    std::string numbers = e.adults >= 0 ? fmt::format(" {}+{}", e.adults, e.children) : "";
    return fmt::format("{:>4}  {}  {:<15} {}{}{}", e.seq, e.typed_at.substr(11, 5), to_string(e.action),
                       ops::entry_family(e), numbers, e.outcome.empty() ? "" : "  — " + in_users_language(e.outcome));
}

struct StationOptions {
    Id event = 0;
    std::string station;
    bool force = false;
    long long seq = 0;
    bool new_family = false, set_aside = false;
    std::string name() const { return station.empty() ? ops::this_station() : station; }
};

}  // namespace

void add_door_station_commands(CLI::App& door, Context& ctx) {
    auto o = std::make_shared<StationOptions>();
    auto add = [&](const char* name, const char* help) {
        auto* c = door.add_subcommand(name, help);
        c->add_option("event", o->event, "Event id")->required();
        c->add_option("--station", o->station, "Which table or laptop (default: this computer's name)");
        return c;
    };

    add("prepare", "Keep tonight's door list at this station, so the door works without the server")
        ->callback([&ctx, o] {
            ops::forget_finished_stations(ops::now_timestamp().substr(0, 10));
            auto station = ops::DoorStation::open(ctx.door_station_path(o->event, o->name()), ctx.db_path, o->event,
                                                  o->name(), true);
            auto report = ops::prepare_station(ctx.db(), station);
            ctx.emit(
                {{"file", station.path()},
                 {"households", report.households},
                 {"prepared_at", report.prepared_at},
                 {"waiting", station.waiting()}},
                fmt::format("Door list of event {} kept at this station: {} families ({}). Check-ins, walk-ins and "
                            "corrections now work without the server and are sent when it answers.",
                            o->event, report.households, station.path()));
        });

    add("sync", "Send what this station kept while the server could not be reached, then refresh its door list")
        ->callback([&ctx, o] {
            // Refused, saying to run door prepare, when this station keeps none.
            auto station = std::make_optional(ops::DoorStation::open(ctx.door_station_path(o->event, o->name()),
                                                                     ctx.db_path, o->event, o->name(), false));
            auto report = ctx.send_outbox(*station);
            nlohmann::json handled = nlohmann::json::array();
            std::string text;
            for (const auto& e : report.handled) {
                handled.push_back(entry_json(e));
                text += entry_line(e) + "\n";
            }
            int needs_person = 0;
            for (const auto& e : station->outbox()) needs_person += e.state == OutboxState::NeedsPerson;
            text += fmt::format("Sent {}, also checked in elsewhere first {}, needs a person {}, waiting {}",
                                report.sent, report.also_checked_in, report.needs_person, report.waiting);
            if (!report.reached)
                text += fmt::format("\nThe server cannot be reached ({}); the rest waits.", report.problem);
            else if (!report.problem.empty())
                text += "\nStopped: " + report.problem;
            ctx.emit({{"sent", report.sent},
                      {"also_checked_in", report.also_checked_in},
                      {"needs_person", report.needs_person},
                      {"waiting", report.waiting},
                      {"needs_person_total", needs_person},
                      {"reached", report.reached},
                      {"handled", handled}},
                     text);
            if (report.waiting > 0) throw ExitWith{kExitSavedAtStation};
        });

    add("status", "What this station keeps: when its door list was copied, and what waits to be sent")
        ->callback([&ctx, o] {
            // Refused, saying to run door prepare, when this station keeps none.
            auto station = std::make_optional(ops::DoorStation::open(ctx.door_station_path(o->event, o->name()),
                                                                     ctx.db_path, o->event, o->name(), false));
            nlohmann::json waiting = nlohmann::json::array(), needs = nlohmann::json::array();
            std::string waiting_text, needs_text;
            int sent = 0, set_aside = 0;
            for (const auto& e : station->outbox()) {
                if (e.state == OutboxState::Waiting) {
                    waiting.push_back(entry_json(e));
                    waiting_text += "\n" + entry_line(e);
                } else if (e.state == OutboxState::NeedsPerson) {
                    needs.push_back(entry_json(e));
                    needs_text += "\n" + entry_line(e);
                } else if (e.state == OutboxState::SetAside) {
                    ++set_aside;
                } else {
                    ++sent;
                }
            }
            std::string text = fmt::format("Station {} · event {} · door list copied {} · {} sent", station->station(),
                                           o->event, station->prepared_at(), sent);
            text += fmt::format("\nWaiting to be sent: {}{}", waiting.size(), waiting_text);
            text += fmt::format("\nNeeds a person: {}{}", needs.size(), needs_text);
            if (!needs.empty()) text += fmt::format("\n(door decide {} ENTRY --new-family or --set-aside)", o->event);
            if (set_aside) text += fmt::format("\nSet aside by a person: {}", set_aside);
            ctx.emit({{"station", station->station()},
                      {"prepared_at", station->prepared_at()},
                      {"sent", sent},
                      {"waiting", waiting},
                      {"needs_person", needs},
                      {"file", station->path()}},
                     text);
        });

    auto* decide = add("decide", "Settle an entry on the \"needs a person\" list (door status shows their numbers)");
    decide->add_option("entry", o->seq, "The entry's number")->required();
    auto* new_family = decide->add_flag("--new-family", o->new_family,
                                        "A walk-in that may be a known family is a new family: send it again as one");
    decide
        ->add_flag("--set-aside", o->set_aside,
                   "Dealt with otherwise (the family checked in by its code, or a mistake): stop listing it")
        ->excludes(new_family);
    decide->callback([&ctx, o] {
        if (o->new_family == o->set_aside)
            throw ValidationError(tr("door decide"), tr("give --new-family or --set-aside"));
        auto station = std::make_optional(ops::DoorStation::open(ctx.door_station_path(o->event, o->name()),
                                                                 ctx.db_path, o->event, o->name(), false));
        ops::decide_needs_person(*station, o->seq,
                                 o->new_family ? PersonsDecision::NewFamily : PersonsDecision::SetAside);
        if (o->set_aside) {
            ctx.emit({{"entry", o->seq}, {"state", "set-aside"}},
                     fmt::format("Entry {} set aside; it stays in this station's outbox.", o->seq));
            return;
        }
        auto report = ctx.send_outbox(*station);
        for (const auto& e : report.handled)
            if (e.seq == o->seq) {
                ctx.emit({{"entry", o->seq}, {"state", to_string(e.state)}, {"outcome", e.outcome.english()}},
                         entry_line(e));
                if (e.state == OutboxState::NeedsPerson) throw ExitWith{1};
                return;
            }
        ctx.emit(
            {{"entry", o->seq}, {"state", "waiting"}},
            fmt::format("Entry {} will be sent as a new family when the server answers ({}).", o->seq, report.problem));
        throw ExitWith{kExitSavedAtStation};
    });

    add("wipe", "Delete this station's door list after the event (refused while anything waits)")
        ->callback([&ctx, o] {
            std::string path = ctx.door_station_path(o->event, o->name());
            {
                auto station = ctx.door_station(o->event, o->name());
                if (!station)
                    throw NotFoundError(
                        tr("this station keeps no door list for event {0}", {static_cast<long long>(o->event)}));
                int left = 0;
                for (const auto& e : station->outbox())
                    left += e.state == OutboxState::Waiting || e.state == OutboxState::NeedsPerson;
                if (left && !o->force)
                    throw ConflictError(
                        tr("{0} door actions at this station are not on the server yet (door status "
                           "{1}); send them first, or add --force to lose them",
                           {left, static_cast<long long>(o->event)}));
            }
            ops::remove_station_file(path);
            ctx.emit({{"wiped", path}}, fmt::format("Door list of event {} deleted from this station", o->event));
        })
        ->add_flag("--force", o->force, "Delete even what was not sent");
}

}  // namespace fn::cli
