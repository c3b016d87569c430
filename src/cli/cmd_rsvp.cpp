// rsvp commands: enter slips and calls, cancel, list.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <map>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/errors.h"
#include "core/text.h"
#include "ops/household_ops.h"
#include "ops/rsvp_ops.h"
#include "core/text_list.h"

namespace fn::cli {
namespace {

// "vegetarian:1", "allergy:1:peanuts", "halal:3"
MealLine parse_meal(const std::string& text) {
    auto first = text.find(':');
    if (first == std::string::npos)
        throw ValidationError(Text(std::string("--meal")), tr("{0} should look like vegetarian:1", {quoted(text)}));
    MealLine m;
    m.need = parse_meal_need(text.substr(0, first));
    auto second = text.find(':', first + 1);
    try {
        m.count =
            std::stoi(text.substr(first + 1, second == std::string::npos ? std::string::npos : second - first - 1));
    } catch (const std::exception&) {
        throw ValidationError(Text(std::string("--meal")),
                              tr("{0} needs a number of meals, like vegetarian:1", {quoted(text)}));
    }
    if (second != std::string::npos) m.note = text.substr(second + 1);
    return m;
}

std::string promotion_text(Context& ctx, const std::vector<ops::Promotion>& promoted) {
    std::string t;
    for (const auto& p : promoted) {
        auto h = ops::load_household(ctx.db(), p.household_id);
        t += fmt::format("\nPromoted from the waitlist of workshop {}: {} ({}) - let them know", p.workshop_id,
                         h.family_name(), h.code);
    }
    return t;
}

const char* field_name(RsvpField f) {
    switch (f) {
        case RsvpField::Status:
            return "status";
        case RsvpField::Adults:
            return "adults";
        case RsvpField::ChildAges:
            return "children";
        case RsvpField::ChildcareAges:
            return "childcare";
        case RsvpField::Picks:
            return "workshops";
        case RsvpField::Meals:
            return "meals";
        case RsvpField::Interpreter:
            return "interpreter";
        case RsvpField::Source:
            return "source";
    }
    return "";
}

std::string join_names(const nlohmann::json& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n.get<std::string>();
    return out;
}

nlohmann::json promotions_json(const std::vector<ops::Promotion>& promoted) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& p : promoted) j.push_back({{"workshop", p.workshop_id}, {"household", p.household_id}});
    return j;
}

}  // namespace

void add_rsvp_commands(CLI::App& app, Context& ctx) {
    auto* rsvp = app.add_subcommand("rsvp", "RSVPs from slips, calls and e-mails");
    rsvp->require_subcommand(1);

    struct AddOptions {
        Id event = 0;
        std::string family, status = "yes", children, childcare, interpreter, source = "paper";
        int adults = 1;
        std::vector<Id> picks;
        std::vector<std::string> meals;
    };
    auto o = std::make_shared<AddOptions>();
    auto* add = rsvp->add_subcommand(
        "add", "Record a household's RSVP (a second one replaces the first and says what changed)");
    add->add_option("event", o->event, "Event id")->required();
    add->add_option("--family", o->family, "Family code or #ID")->required();
    add->add_option("--status", o->status, "yes, no, maybe or cancelled")->capture_default_str();
    add->add_option("--adults", o->adults, "Adults coming")->capture_default_str();
    add->add_option("--children", o->children, "Ages of the children coming, e.g. 4,7");
    add->add_option("--childcare", o->childcare, "Ages of the children who need childcare, e.g. 4");
    add->add_option("--pick", o->picks, "Workshop id picked (one per round; repeat)");
    add->add_option("--meal", o->meals, "Special meals NEED:COUNT[:NOTE], e.g. vegetarian:1 or allergy:1:peanuts");
    add->add_option("--interpreter", o->interpreter, "Language code of the interpreter needed");
    add->add_option("--source", o->source, "paper, phone, email or in-person")->capture_default_str();
    add->callback([&ctx, o] {
        // What was typed is checked before anything is looked up.
        Rsvp r;
        r.event_id = o->event;
        r.status = parse_rsvp_status(o->status);
        r.adults = o->adults;
        r.child_ages = parse_int_list(tr("--children"), o->children);
        r.childcare_ages = parse_int_list(tr("--childcare"), o->childcare);
        for (Id w : o->picks) r.picks.push_back({0, w});
        for (const auto& m : o->meals) r.meals.push_back(parse_meal(m));
        r.interpreter_language = o->interpreter;
        r.source = parse_rsvp_source(o->source);
        auto h = ctx.household(o->family);
        r.household_id = h.id;
        auto out = ops::record_rsvp(ctx.db(), r);
        std::string text = fmt::format("RSVP {} recorded for {} ({}): {}, {} adults, {} children", out.rsvp_id,
                                       h.family_name(), h.code, o->status, r.adults, r.child_ages.size());
        nlohmann::json picks = nlohmann::json::array();
        for (const auto& p : out.picks) {
            picks.push_back(
                {{"workshop", p.workshop_id}, {"seated", p.seated}, {"waitlist_position", p.waitlist_position}});
            text += p.seated
                        ? fmt::format("\n  workshop {}: seat reserved", p.workshop_id)
                        : fmt::format("\n  workshop {}: WAITLISTED (#{} in line)", p.workshop_id, p.waitlist_position);
        }
        text += promotion_text(ctx, out.promoted);
        nlohmann::json changed = nlohmann::json::array();
        if (out.replaced) {  // never silent: the earlier answer and what changed
            for (RsvpField f : changed_fields(*out.replaced, r)) changed.push_back(field_name(f));
            text += fmt::format("\nThis replaced the RSVP recorded {} ({}); changed: {}", out.replaced->recorded_at,
                                to_string(out.replaced->source), changed.empty() ? "nothing" : join_names(changed));
        }
        ctx.emit({{"rsvp", out.rsvp_id},
                  {"household", h.id},
                  {"picks", picks},
                  {"promoted", promotions_json(out.promoted)},
                  {"replaced", out.replaced.has_value()},
                  {"changed", changed}},
                 text);
    });

    struct CancelOptions {
        Id event = 0;
        std::string family;
    };
    auto c = std::make_shared<CancelOptions>();
    auto* cancel = rsvp->add_subcommand("cancel", "Cancel a household's RSVP (waitlists move up)");
    cancel->add_option("event", c->event, "Event id")->required();
    cancel->add_option("--family", c->family, "Family code or #ID")->required();
    cancel->callback([&ctx, c] {
        auto h = ctx.household(c->family);
        auto promoted = ops::cancel_rsvp(ctx.db(), c->event, h.id);
        ctx.emit({{"household", h.id}, {"promoted", promotions_json(promoted)}},
                 fmt::format("Cancelled the RSVP of {} ({})", h.family_name(), h.code) + promotion_text(ctx, promoted));
    });

    auto list_event = std::make_shared<Id>(0);
    auto* list = rsvp->add_subcommand("list", "List an event's RSVPs");
    list->add_option("event", *list_event, "Event id")->required();
    list->callback([&ctx, list_event] {
        auto rsvps = ops::rsvps_of_event(ctx.db(), *list_event);
        std::vector<Id> ids;
        for (const auto& r : rsvps) ids.push_back(r.household_id);
        std::map<Id, Household> households;
        for (Id id : ids) households[id] = ops::load_household(ctx.db(), id);
        nlohmann::json all = nlohmann::json::array();
        std::string text;
        for (const auto& r : rsvps) {
            const auto& h = households[r.household_id];
            all.push_back({{"rsvp", r.id},
                           {"household", h.id},
                           {"code", h.code},
                           {"family_name", h.family_name()},
                           {"status", to_string(r.status)},
                           {"adults", r.adults},
                           {"child_ages", r.child_ages},
                           {"childcare_ages", r.childcare_ages},
                           {"interpreter", r.interpreter_language},
                           {"source", to_string(r.source)},
                           {"recorded_at", r.recorded_at}});
            text += fmt::format("{}  {:<20} {:<9} {} adults, children {}{}\n", h.code, h.family_name(),
                                to_string(r.status), r.adults, r.child_ages.empty() ? "-" : join_ints(r.child_ages),
                                r.interpreter_language.empty() ? "" : "  interpreter: " + r.interpreter_language);
        }
        ctx.emit(all, text.empty() ? "No RSVPs yet." : text);
    });
}

}  // namespace fn::cli
