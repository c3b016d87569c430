// door search: what the check-in table sees for typed text, ranked as in the app.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "ops/door_log_ops.h"
#include "ops/door_ops.h"

namespace fn::cli {
namespace {

const char* match_name(NameMatch m) {
    switch (m) {
        case NameMatch::Code:
            return "code";
        case NameMatch::Guardian:
            return "guardian";
        case NameMatch::Student:
            return "student";
        case NameMatch::Mixed:
            return "words";
    }
    return "words";
}

// Names, grades and homerooms only: a door station never needs contact data.
nlohmann::json candidate_json(const DoorCandidate& c) {
    const Household& h = c.household;
    nlohmann::json students = nlohmann::json::array();
    for (const auto& s : h.students)
        students.push_back({{"name", s.first_name + " " + s.last_name}, {"grade", s.grade}, {"homeroom", s.homeroom}});
    nlohmann::json guardians = nlohmann::json::array();
    for (const auto& g : h.guardians) guardians.push_back(g.name);
    nlohmann::json j = {{"household", h.id},
                        {"code", h.code},
                        {"family", h.family_name()},
                        {"guardians", guardians},
                        {"students", students},
                        {"match", match_name(c.match)},
                        {"rsvp", c.rsvp ? to_string(*c.rsvp) : "none"},
                        {"expected_adults", c.expected_adults},
                        {"expected_children", c.expected_children},
                        {"arrived_at", c.arrived_at.value_or("")}};
    if (c.arrived_at) {
        j["adults_here"] = c.adults_here;
        j["children_here"] = c.children_here;
    }
    return j;
}

std::string candidate_status(const DoorCandidate& c) {
    if (c.arrived_at)
        return fmt::format("arrived {} ({}+{})", c.arrived_at->substr(11, 5), c.adults_here, c.children_here);
    if (!c.rsvp) return "no RSVP";
    if (c.expected()) return fmt::format("RSVP yes {}+{}", c.expected_adults, c.expected_children);
    return "RSVP " + to_string(*c.rsvp);
}

std::string candidate_line(const DoorCandidate& c) {
    std::string students;
    for (const auto& s : c.household.students)
        students += fmt::format("{}{} {} ({}, {})", students.empty() ? "" : "; ", s.first_name, s.last_name, s.grade,
                                s.homeroom.empty() ? "-" : s.homeroom);
    return fmt::format("{}  {:<18} {:<22} {}  |  {}", c.household.code, c.household.family_name(), candidate_status(c),
                       c.household.guardian_names(), students);
}

std::string entry_what(const DoorEntry& e) { return ops::describe(e).english(); }

nlohmann::json entry_json(const ops::DoorLogLine& line) {
    const DoorEntry& e = line.entry;
    return {{"entry", e.id},
            {"at", e.at},
            {"station", e.station},
            {"action", to_string(e.action)},
            {"household", e.household_id},
            {"family", line.family},
            {"code", line.code},
            {"adults", e.adults},
            {"children", e.children},
            {"before_adults", e.before_adults},
            {"before_children", e.before_children},
            {"target", e.target_id},
            {"detail", e.detail},
            {"reverted_by", e.reverted_by},
            {"operation", e.operation_id}};
}

}  // namespace

void add_door_desk_commands(CLI::App& app, Context& ctx) {
    auto* door = app.add_subcommand("door", "What a check-in table sees: search, the door log, revert an entry");
    door->require_subcommand(1);
    struct SearchOptions {
        Id event = 0;
        std::string text, station;
        int limit = 30;
    };
    auto s = std::make_shared<SearchOptions>();
    auto* search = door->add_subcommand("search", "Families matching typed names or a code, the expected family first");
    search->add_option("event", s->event, "Event id")->required();
    search->add_option("text", s->text, "Part of a guardian's or student's name, or a family code")->required();
    search->add_option("--limit", s->limit, "At most this many families")
        ->capture_default_str()
        ->check(CLI::Range(1, 200));
    search->add_option("--station", s->station,
                       "Which table or laptop: its door list, when it keeps one (door prepare)");
    search->callback([&ctx, s] {
        // A station with tonight's door list searches it: no wait for the network.
        auto kept = ctx.door_station(s->event, s->station.empty() ? ops::this_station() : s->station);
        auto found = ops::door_search(kept ? kept->file() : ctx.db(), s->event, s->text, s->limit);
        nlohmann::json rows = nlohmann::json::array();
        std::string text = found.empty() ? fmt::format("No family matches '{}'.", s->text) : "";
        for (const auto& c : found) {
            rows.push_back(candidate_json(c));
            text += (text.empty() ? "" : "\n") + candidate_line(c);
        }
        ctx.emit(rows, text);
    });

    auto log_event = std::make_shared<Id>(0);
    auto* log =
        door->add_subcommand("log", "Every check-in, walk-in, correction, drop-off and pickup, with time and station");
    log->add_option("event", *log_event, "Event id")->required();
    log->callback([&ctx, log_event] {
        nlohmann::json rows = nlohmann::json::array();
        std::string text;
        for (const auto& line : ops::door_log(ctx.db(), *log_event)) {
            const DoorEntry& e = line.entry;
            rows.push_back(entry_json(line));
            text += fmt::format("{:>4}  {}  {:<12} {} {:<18} {}{}  |  {}\n", e.id, e.at.substr(11, 5), e.station,
                                line.code, line.family, entry_what(e),
                                e.reverted() ? fmt::format("  (reverted by {})", e.reverted_by) : "",
                                line.household.guardian_names());
        }
        ctx.emit(rows, text.empty() ? "Nothing at the door yet." : text);
    });

    struct RevertOptions {
        Id event = 0, entry = 0;
        std::string station, operation;
    };
    auto r = std::make_shared<RevertOptions>();
    auto* revert =
        door->add_subcommand("revert", "Take back one door log entry (a check-in, a correction, a drop-off...)");
    revert->add_option("event", r->event, "Event id")->required();
    revert->add_option("entry", r->entry, "Entry number from `door log`")->required();
    revert->add_option("--station", r->station, "Which table or laptop (default: this computer's name)");
    revert->add_option("--operation", r->operation, "Operation id, so a retried command is done once");
    revert->callback([&ctx, r] {
        auto undo = ops::revert_door_entry(ctx.db(), r->event, r->entry,
                                           r->station.empty() ? ops::this_station() : r->station, r->operation);
        ctx.emit({{"entry", undo.id}, {"reverted", undo.target_id}},
                 fmt::format("Entry {} reverted (logged as entry {})", undo.target_id, undo.id));
    });
    add_door_station_commands(*door, ctx);
}

}  // namespace fn::cli
