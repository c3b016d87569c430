// checkin, walkin and headcount: the commands used at the door.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/cli_language.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/views.h"
#include "core/errors.h"
#include "ops/childcare_ops.h"
#include "ops/door_log_ops.h"
#include "ops/door_ops.h"
#include "ops/door_desk.h"
#include "ops/door_station.h"
#include "ops/household_ops.h"

namespace fn::cli {
namespace {

nlohmann::json checkin_json(const CheckIn& c) {
    return {{"household", c.household_id},      {"adults", c.adults},  {"children", c.children}, {"walk_in", c.walk_in},
            {"checked_in_at", c.checked_in_at}, {"station", c.station}};
}

// After an action kept at this station (its file and outbox): the outbox is
// sent, and the command says what became of this action there.
void finish_at_station(Context& ctx, ops::DoorStation& door, const std::string& operation_id, nlohmann::json data,
                       const std::string& human) {
    auto report = ctx.send_outbox(door);
    const OutboxEntry* mine = nullptr;
    for (const auto& e : report.handled)
        if (e.operation_id == operation_id) mine = &e;
    if (mine && mine->state == OutboxState::NeedsPerson)
        throw ConflictError(
            fmt::format("{}\nThe shared database did not take it: {}. It waits on the door log's "
                        "\"needs a person\" list (door status {}).",
                        human, in_users_language(mine->outcome), door.event_id()));
    if (mine) {
        const std::string outcome = mine->outcome.english();
        data["sent"] = true;
        data["outcome"] = outcome;
        // Said when the server did something else than typed: another
        // station was first, or a walk-in's code was taken there.
        bool differs =
            outcome.find("also checked in") != std::string::npos || outcome.find("was taken") != std::string::npos;
        ctx.emit(data, differs ? human + " (" + in_users_language(mine->outcome) + ")" : human);
        return;
    }
    data["sent"] = false;
    data["waiting"] = report.waiting;
    ctx.emit(data, fmt::format("{}\nSaved at this station, will be sent when the server answers ({} waiting: {}).",
                               human, report.waiting, report.problem));
    throw ExitWith{kExitSavedAtStation};
}

// Says what a door action did: straight away when it went to the database,
// after the station's outbox is sent when it was kept at a station.
void finish_door_action(Context& ctx, std::optional<ops::DoorStation>& door, const std::string& operation_id,
                        nlohmann::json data, const std::string& human) {
    if (door)
        finish_at_station(ctx, *door, operation_id, std::move(data), human);
    else
        ctx.emit(data, human);
}

// The family at the door by its code (ops::door_family_by_code); else as
// any command reads a family (by "#ID"), saying why when it is not there.
Household door_family(Context& ctx, store::Database& here, Id event, const std::string& code) {
    if (auto h = ops::door_family_by_code(here, event, code)) return std::move(*h);
    return ctx.household(code, here);
}

}  // namespace

void add_door_commands(CLI::App& app, Context& ctx) {
    struct CheckinOptions {
        Id event = 0;
        std::string code, search, station, operation;
        int adults = -1, children = -1;
        bool undo = false, adjust = false;
    };
    auto o = std::make_shared<CheckinOptions>();
    auto* checkin = app.add_subcommand("checkin", "Check a family in (by family code or by searching a name)");
    checkin->add_option("event", o->event, "Event id")->required();
    checkin->add_option("code", o->code, "Family code (as printed or scanned)");
    checkin->add_option("--search", o->search, "Name to search instead of a code; checks in when exactly one matches");
    checkin->add_option("--adults", o->adults, "Adults present (default: from the RSVP)")->check(CLI::Range(0, 1000));
    checkin->add_option("--children", o->children, "Children present (default: from the RSVP)")
        ->check(CLI::Range(0, 1000));
    checkin->add_option("--station", o->station, "Which table or laptop (default: this computer's name)");
    checkin->add_option("--operation", o->operation, "Operation id, so a retried command is done once");
    checkin->add_flag("--undo", o->undo, "Undo this family's check-in");
    checkin->add_flag("--adjust", o->adjust, "Correct the adults/children of an existing check-in");
    checkin->callback([&ctx, o] {
        std::string station = o->station.empty() ? ops::this_station() : o->station;
        // With a door list kept at this station, everything reads and writes
        // there first (ops/door_station.h): no wait for the server.
        auto door = ctx.door_station(o->event, station);
        store::Database& here = door ? door->file() : ctx.db();
        Household h;
        if (!o->code.empty()) {
            h = door_family(ctx, here, o->event, o->code);
        } else if (!o->search.empty()) {
            auto found = ops::search_households(here, o->search, 10);
            if (found.size() != 1) {
                std::string text =
                    found.empty() ? "No family matches '" + o->search + "'."
                                  : fmt::format("{} families match '{}'; check in by code:", found.size(), o->search);
                for (const auto& f : found) text += "\n  " + household_line(f);
                throw NotFoundError(text);
            }
            h = found.front();
        } else {
            throw ValidationError(tr("checkin"), tr("give a family code or --search NAME"));
        }
        // The same actions either way (ops/door_desk.h); with a station
        // file, the command then says what became of it on the server.
        ops::DoorDesk desk = door ? ops::DoorDesk(*door) : ops::DoorDesk(ctx.db(), o->event, station);
        // A station finds what became of the action by its id; a direct one
        // needs none unless given (one query less on a server).
        const std::string op = door && o->operation.empty() ? ops::new_operation_id() : o->operation;
        nlohmann::json data;
        std::string said;
        if (o->undo) {
            desk.undo(h.id, op);
            data = {{"household", h.id}, {"undone", true}};
            said = fmt::format("Check-in of {} ({}) undone", h.family_name(), h.code);
        } else if (o->adjust) {
            if (o->adults < 0 || o->children < 0)
                throw ValidationError(tr("--adjust"), tr("give both --adults and --children"));
            desk.adjust(h.id, o->adults, o->children, op);
            data = {{"household", h.id}, {"adults", o->adults}, {"children", o->children}};
            said = fmt::format("{} ({}) now counted as {} adults and {} children", h.family_name(), h.code, o->adults,
                               o->children);
        } else {
            auto c = desk.check_in(h.id, o->adults, o->children, op);
            data = checkin_json(c);
            said = fmt::format("Welcome, {} family ({})! {} adults, {} children checked in{}", h.family_name(), h.code,
                               c.adults, c.children, c.walk_in ? " as a walk-in" : "");
        }
        finish_door_action(ctx, door, op, std::move(data), said);
    });

    struct WalkinOptions {
        Id event = 0;
        std::vector<std::string> guardians, students;
        std::string phone, language = "en", station, operation;
        int adults = 1, children = 0;
        bool new_family = false;
    };
    auto w = std::make_shared<WalkinOptions>();
    auto* walkin = app.add_subcommand("walkin", "Register a new family at the door and check it in");
    walkin->add_option("event", w->event, "Event id")->required();
    walkin->add_option("--guardian", w->guardians, "Guardian name")->required();
    walkin->add_option("--student", w->students, "Student as \"First Last[:grade]\" (optional, repeat)");
    walkin->add_option("--phone", w->phone, "Phone (optional)");
    walkin->add_option("--language", w->language, "Home language code")->capture_default_str();
    walkin->add_option("--adults", w->adults, "Adults present")->capture_default_str()->check(CLI::Range(0, 1000));
    walkin->add_option("--children", w->children, "Children present")
        ->capture_default_str()
        ->check(CLI::Range(0, 1000));
    walkin->add_option("--station", w->station, "Which table or laptop");
    walkin->add_option("--operation", w->operation, "Operation id, so a retried command is done once");
    walkin->add_flag("--new-family", w->new_family,
                     "Register a new family even though the directory has one with the same name or phone");
    walkin->callback([&ctx, w] {
        Household h;
        h.language = w->language;
        for (std::size_t i = 0; i < w->guardians.size(); ++i) {
            Guardian g{0, w->guardians[i], i ? "" : w->phone, "", ContactMethod::Paper, w->language};
            g.preferred_contact = default_contact(g);
            h.guardians.push_back(g);
        }
        for (const auto& s : w->students) h.students.push_back(parse_student_spec(s));
        const std::string station = w->station.empty() ? ops::this_station() : w->station;
        const auto rule = w->new_family ? ops::WalkInRule::NewFamilyConfirmed : ops::WalkInRule::RefuseLikelySame;
        auto door = ctx.door_station(w->event, station);
        ops::DoorDesk desk = door ? ops::DoorDesk(*door) : ops::DoorDesk(ctx.db(), w->event, station);
        const std::string op = w->operation.empty() && door ? ops::new_operation_id() : w->operation;
        ops::WalkIn out;
        try {
            out = desk.walk_in(h, w->adults, w->children, rule, op);
        } catch (const ops::LikelySameFamilyError& same) {
            std::string text =
                "This family may already be in the directory; check them in by code "
                "(checkin EVENT CODE), or add --new-family:";
            for (const auto& f : same.matches()) text += "\n  " + household_line(f);
            throw ConflictError(text);
        }
        nlohmann::json j = checkin_json(out.check_in);
        j["code"] = out.family_code;
        std::string note = unprintable_names_note(h, j);
        std::string said = fmt::format(
                               "Welcome! New family registered with code {} and checked in ({} adults, {} "
                               "children)",
                               out.family_code, out.check_in.adults, out.check_in.children) +
                           note;
        finish_door_action(ctx, door, op, std::move(j), said);
    });

    struct AttendOptions {
        Id workshop = 0;
        std::vector<std::string> families;
    };
    auto ao = std::make_shared<AttendOptions>();
    auto* attend = app.add_subcommand("attend", "Record which checked-in families attended a workshop");
    attend->add_option("workshop", ao->workshop, "Workshop id")->required();
    attend->add_option("--family", ao->families, "Family code or #ID (repeat)")->required();
    attend->callback([&ctx, ao] {
        nlohmann::json done = nlohmann::json::array();
        for (const auto& f : ao->families) {
            auto h = ctx.household(f);
            ops::record_workshop_attendance(ctx.db(), ao->workshop, h.id);
            done.push_back(h.id);
        }
        ctx.emit({{"workshop", ao->workshop}, {"households", done}},
                 fmt::format("Recorded {} at workshop {}",
                             done.size() == 1 ? "1 family" : fmt::format("{} families", done.size()), ao->workshop));
    });

    auto hc = std::make_shared<Headcount>();
    auto category = std::make_shared<std::string>("meeting-point");
    auto* headcount = app.add_subcommand("headcount", "Record a head count without names (walk-in rallies)");
    headcount->add_option("event", hc->event_id, "Event id")->required();
    headcount->add_option("--category", *category, "meeting-point, grade or role")->capture_default_str();
    headcount->add_option("--label", hc->label, "e.g. \"Park & 5th\", \"Grade 2\", \"Teachers\"")->required();
    headcount->add_option("--count", hc->count, "How many people")->required();
    headcount->callback([&ctx, hc, category] {
        Headcount h = *hc;
        h.category = parse_headcount_category(*category);
        Id id = ops::record_headcount(ctx.db(), h);
        ctx.emit({{"id", id}}, fmt::format("Counted {} at {}", h.count, h.label));
    });

    add_childcare_commands(app, ctx);
}

void add_childcare_commands(CLI::App& app, Context& ctx) {
    auto* childcare =
        app.add_subcommand("childcare", "Childcare at the door: drop-off with a pickup code, pickup, who is in care");
    childcare->require_subcommand(1);
    struct DropOptions {
        Id event = 0;
        std::string family, code, station, operation;
        int children = 1;
    };
    auto d = std::make_shared<DropOptions>();
    auto* drop = childcare->add_subcommand("dropoff", "Hand a checked-in family's children to childcare");
    drop->add_option("event", d->event, "Event id")->required();
    drop->add_option("family", d->family, "Family code or #ID")->required();
    drop->add_option("--children", d->children, "How many children")->capture_default_str()->check(CLI::Range(1, 1000));
    drop->add_option("--code", d->code, "The code on a printed pickup tag (default: a new one)");
    drop->add_option("--station", d->station, "Which table or laptop (default: this computer's name)");
    drop->add_option("--operation", d->operation, "Operation id, so a retried command is done once");
    drop->callback([&ctx, d] {
        auto h = door_family(ctx, ctx.db(), d->event, d->family);
        auto r = ops::drop_off_children(ctx.db(), d->event, h.id, d->children, d->code,
                                        d->station.empty() ? ops::this_station() : d->station, d->operation);
        ctx.emit({{"household", h.id}, {"children", r.children}, {"pickup_code", r.pickup_code}},
                 fmt::format("{} children of the {} family in childcare; pickup code {}", r.children, h.family_name(),
                             r.pickup_code));
    });
    struct PickOptions {
        Id event = 0;
        std::string code, station, operation;
    };
    auto p = std::make_shared<PickOptions>();
    auto* pick = childcare->add_subcommand("pickup", "A guardian shows the pickup code: the children leave care");
    pick->add_option("event", p->event, "Event id")->required();
    pick->add_option("code", p->code, "Pickup code")->required();
    pick->add_option("--station", p->station, "Which table or laptop (default: this computer's name)");
    pick->add_option("--operation", p->operation, "Operation id, so a retried command is done once");
    pick->callback([&ctx, p] {
        auto r = ops::pick_up_children(ctx.db(), p->event, p->code,
                                       p->station.empty() ? ops::this_station() : p->station, p->operation);
        auto h = ops::load_household(ctx.db(), r.household_id);
        ctx.emit({{"household", h.id}, {"children", r.children}},
                 fmt::format("{} children of the {} family ({}) picked up", r.children, h.family_name(),
                             h.guardian_names()));
    });
    auto list_event = std::make_shared<Id>(0);
    auto* list = childcare->add_subcommand("list", "Children in care now");
    list->add_option("event", *list_event, "Event id")->required();
    list->callback([&ctx, list_event] {
        auto room = ops::load_childcare_room(ctx.db(), *list_event);
        nlohmann::json rows = nlohmann::json::array();
        std::string text = fmt::format("{} children of {} families in care ({} picked up)", room.children_in_care,
                                       room.families_in_care, room.children_picked_up);
        for (const auto& c : room.in_care) {
            auto h = ops::load_household(ctx.db(), c.household_id);
            rows.push_back({{"household", h.id},
                            {"children", c.children},
                            {"pickup_code", c.pickup_code},
                            {"since", c.dropped_at}});
            text += fmt::format("\n  {}  {} ({})  since {}", c.pickup_code, h.family_name(), c.children,
                                c.dropped_at.substr(11, 5));
        }
        ctx.emit({{"children_in_care", room.children_in_care}, {"in_care", rows}}, text);
    });
}

}  // namespace fn::cli
