// visit: home visits offered to a class, planned, made and reflected on.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "ops/home_visit_ops.h"

namespace fn::cli {
namespace {

// A visit's records before it was recorded again, oldest first.
nlohmann::json earlier_json(const HomeVisit& v) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& e : v.earlier)
        list.push_back({{"made", e.made},
                        {"minutes", e.minutes},
                        {"reflection", e.reflection},
                        {"recorded_by", e.recorded_by},
                        {"recorded_at", e.recorded_at},
                        {"replaced_by", e.changed_by},
                        {"replaced_at", e.changed_at}});
    return list;
}

}  // namespace

void add_home_visit_commands(CLI::App& app, Context& ctx) {
    auto* visit = app.add_subcommand("visit", "Home visits: offered to every family of a class, made by two staff");
    visit->require_subcommand(1);

    struct OfferOptions {
        std::string homeroom, by, on, since;
    };
    auto oo = std::make_shared<OfferOptions>();
    auto* offer = visit->add_subcommand("offer", "Offer a home visit to every family of a class");
    offer->add_option("--homeroom", oo->homeroom, "The class, as the roster writes its homeroom")->required();
    offer->add_option("--by", oo->by, "Who offers")->required();
    offer->add_option("--on", oo->on, "Day of the offer (default: today)");
    offer->add_option("--since", oo->since,
                      "Families offered since this day are not offered again (default: the "
                      "school year's first day)");
    offer->callback([&ctx, oo] {
        int n = ops::offer_home_visits(ctx.db(), oo->homeroom, oo->by, oo->since, oo->on);
        ctx.emit({{"offered", n}},
                 fmt::format("Offered a home visit to {} famil{} of {}", n, n == 1 ? "y" : "ies", oo->homeroom));
    });

    struct PlanOptions {
        std::string family;
        ops::VisitPlan plan;
    };
    auto po = std::make_shared<PlanOptions>();
    auto* plan = visit->add_subcommand("plan", "The family said yes: plan the visit with two staff");
    plan->add_option("family", po->family, "Family code or #ID")->required();
    plan->add_option("--consent", po->plan.consent_on, "The day the family said yes (default: today)");
    plan->add_option("--on", po->plan.visit_on, "The day of the visit")->required();
    plan->add_option("--staff", po->plan.staff, "The first of the two who visit")->required();
    plan->add_option("--with", po->plan.second_staff, "The second")->required();
    plan->add_option("--interpreter", po->plan.interpreter, "Which of the two interprets, if one does");
    plan->callback([&ctx, po] {
        auto h = ctx.household(po->family);
        ops::plan_home_visit(ctx.db(), h.id, po->plan);
        ctx.emit({{"family", h.code}, {"visit_on", po->plan.visit_on}},
                 fmt::format("Home visit with {} ({}) planned on {} by {} and {}", h.family_name(), h.code,
                             po->plan.visit_on, po->plan.staff, po->plan.second_staff));
    });

    auto decline_family = std::make_shared<std::string>();
    auto* decline = visit->add_subcommand("decline", "The family said no thank you");
    decline->add_option("family", *decline_family, "Family code or #ID")->required();
    decline->callback([&ctx, decline_family] {
        auto h = ctx.household(*decline_family);
        ops::decline_home_visit(ctx.db(), h.id);
        ctx.emit({{"family", h.code}},
                 fmt::format("{} ({}) said no thank you; not asked again this year", h.family_name(), h.code));
    });

    struct DoneOptions {
        std::string family, reflection;
        int minutes = 0;
    };
    auto dn = std::make_shared<DoneOptions>();
    auto* done = visit->add_subcommand("done", "The visit was made: its length and a private reflection, afterwards");
    done->add_option("family", dn->family, "Family code or #ID")->required();
    done->add_option("--minutes", dn->minutes, "How long it took")->required();
    done->add_option("--reflection", dn->reflection, "Private; never printed; cleared after the retention period");
    done->callback([&ctx, dn] {
        auto h = ctx.household(dn->family);
        ops::record_home_visit(ctx.db(), h.id, dn->minutes, dn->reflection);
        ctx.emit({{"family", h.code}, {"minutes", dn->minutes}},
                 fmt::format("Home visit with {} ({}) recorded, {} minutes", h.family_name(), h.code, dn->minutes));
    });

    auto list_family = std::make_shared<std::string>();
    auto* list = visit->add_subcommand("list", "A family's home visits, newest first");
    list->add_option("family", *list_family, "Family code or #ID")->required();
    list->callback([&ctx, list_family] {
        auto h = ctx.household(*list_family);
        nlohmann::json all = nlohmann::json::array();
        std::string text;
        for (const auto& v : ops::home_visits_of(ctx.db(), h.id)) {
            all.push_back({{"offered_on", v.offered_on},
                           {"offered_by", v.offered_by},
                           {"answer", v.answer},
                           {"consent_on", v.consent_on},
                           {"visit_on", v.visit_on},
                           {"staff", v.staff},
                           {"second_staff", v.second_staff},
                           {"interpreter", v.interpreter},
                           {"minutes", v.minutes},
                           {"made", v.made},
                           {"reflection", v.reflection},
                           {"recorded_by", v.recorded_by},
                           {"recorded_at", v.recorded_at},
                           {"earlier_records", earlier_json(v)}});
            const std::string state =
                v.made ? fmt::format("made on {} by {} and {} ({} min)", v.visit_on, v.staff, v.second_staff, v.minutes)
                : !v.visit_on.empty() ? fmt::format("planned on {} with {} and {}", v.visit_on, v.staff, v.second_staff)
                : v.answer == "no"    ? std::string("declined")
                                      : std::string("no answer yet");
            text += fmt::format("offered {} by {}: {}{}\n", v.offered_on, v.offered_by, state,
                                v.reflection.empty() ? "" : "\n  reflection: " + v.reflection);
            for (const auto& e : v.earlier)
                text += fmt::format("  earlier record by {} at {}: {} min{}; replaced by {} at {}\n",
                                    e.recorded_by.empty() ? "?" : e.recorded_by, e.recorded_at, e.minutes,
                                    e.reflection.empty() ? "" : ", reflection: " + e.reflection, e.changed_by,
                                    e.changed_at);
        }
        ctx.emit(all, text.empty() ? "No home visit offered to " + h.code + " yet.\n" : text);
    });

    auto coverage_since = std::make_shared<std::string>();
    auto* coverage = visit->add_subcommand("coverage", "Per class: families offered a visit, and visits made");
    coverage->add_option("--since", *coverage_since, "From this day (default: the school year's first day)");
    coverage->callback([&ctx, coverage_since] {
        nlohmann::json all = nlohmann::json::array();
        std::string text =
            "Home visits since " + (coverage_since->empty() ? std::string("July 1st") : *coverage_since) + "\n";
        for (const auto& l : ops::home_visit_coverage(ctx.db(), *coverage_since)) {
            all.push_back(
                {{"homeroom", l.homeroom}, {"families", l.families}, {"offered", l.offered}, {"made", l.made}});
            text += fmt::format("  {:<24} {}; {} visit{} made\n", l.homeroom,
                                l.offered == l.families ? fmt::format("offered to all {}", l.families)
                                                        : fmt::format("offered to {} of {}", l.offered, l.families),
                                l.made, l.made == 1 ? "" : "s");
        }
        ctx.emit(all, text);
    });

    struct HoursOptions {
        std::string since, out;
    };
    auto ho = std::make_shared<HoursOptions>();
    auto* hours = visit->add_subcommand(
        "hours", "Hours of home visits per staff member, as CSV (or XLSX: a file name ending in .xlsx)");
    hours->add_option("--since", ho->since, "From this day (default: the school year's first day)");
    hours->add_option("-o,--output", ho->out, "CSV or .xlsx file to write")->required();
    hours->callback([&ctx, ho] {
        int n = ops::export_visit_hours(ctx.db(), ho->since, ho->out);
        ctx.emit({{"file", ho->out}, {"rows", n}}, fmt::format("Wrote {} staff members' hours to {}", n, ho->out));
    });
}

}  // namespace fn::cli
