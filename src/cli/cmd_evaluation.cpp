// eval: typing evaluation forms and barrier slips from the pile of papers.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "ops/evaluation_ops.h"

namespace fn::cli {
namespace {

nlohmann::json evaluation_json(const Evaluation& e) {
    nlohmann::json favourites = nlohmann::json::array();
    for (const auto& [round, workshop] : e.favourites) favourites.push_back({{"round", round}, {"workshop", workshop}});
    return {{"id", e.id},
            {"kind", to_string(e.kind)},
            {"language", e.language},
            {"grade_band", e.grade_band},
            {"answers", e.answers},
            {"favourites", favourites},
            {"barriers", e.barriers},
            {"best_days", e.best_days},
            {"best_times", e.best_times},
            {"workshop_wish", e.topic},
            {"comment", e.comment},
            {"entered_at", e.entered_at}};
}

}  // namespace

void add_evaluation_commands(CLI::App& app, Context& ctx) {
    auto* eval = app.add_subcommand("eval", "Evaluation forms and barrier slips typed from the paper");
    eval->require_subcommand(1);

    struct AddOptions {
        Id event = 0;
        bool slip = false;
        ops::TypedEvaluation typed;
    };
    auto ao = std::make_shared<AddOptions>();
    auto* add = eval->add_subcommand("add", "Type one paper: an evaluation form, or a barrier slip with --slip");
    add->add_option("event", ao->event, "Event id")->required();
    add->add_flag("--slip", ao->slip, "A barrier slip from a family who did not come");
    add->add_option("--language", ao->typed.language, "The language the paper is printed in (its corner says it)")
        ->capture_default_str();
    add->add_option("--grades", ao->typed.grade_band, "The grade band printed on it: PK-2, 3-5, 6-8 or 9-12");
    add->add_option("--answers", ao->typed.answers,
                    "One per question, 1-3 (the faces from the left), - for none: \"3 3 2 - 1\"");
    add->add_option("--favourites", ao->typed.favourites,
                    "The workshop number ticked in each round, - for none: \"2 1\"");
    add->add_option("--barriers", ao->typed.barriers, "The numbers of the barriers ticked: \"1 3\"");
    add->add_option("--days", ao->typed.best_days, "Best days ticked, 1 Monday .. 6 Saturday: \"2 4\"");
    add->add_option("--times", ao->typed.best_times, "Best times ticked, 1 morning, 2 after school, 3 evening");
    add->add_option("--wish", ao->typed.topic, "The workshop they wish for, as written");
    add->add_option("--comment", ao->typed.comment, "The comment, as written");
    add->callback([&ctx, ao] {
        ao->typed.kind = ao->slip ? EvaluationKind::Slip : EvaluationKind::Form;
        Id id = ops::add_evaluation(ctx.db(), ao->event, ao->typed);
        ctx.emit({{"id", id}}, fmt::format("Saved {} {}", ao->slip ? "barrier slip" : "evaluation form", id));
    });

    auto list_event = std::make_shared<Id>(0);
    auto* list = eval->add_subcommand("list", "The papers typed for an event, in the order typed");
    list->add_option("event", *list_event, "Event id")->required();
    list->callback([&ctx, list_event] {
        nlohmann::json all = nlohmann::json::array();
        std::string text;
        int forms = 0, slips = 0;
        for (const auto& e : ops::evaluations_of(ctx.db(), *list_event)) {
            all.push_back(evaluation_json(e));
            (e.kind == EvaluationKind::Form ? forms : slips)++;
            const std::string favourites = favourites_text(e.favourites);
            text += fmt::format(
                "{:>5}  {:<4} {:<3} {:<5} answers {:<10} favourites {:<10} barriers {:<8} days {:<8} "
                "times {:<6}{}{}\n",
                e.id, to_string(e.kind), e.language, e.grade_band, answers_text(e.answers),
                favourites.empty() ? "-" : favourites, e.barriers.empty() ? "-" : ticked_text(e.barriers),
                e.best_days.empty() ? "-" : ticked_text(e.best_days),
                e.best_times.empty() ? "-" : ticked_text(e.best_times), e.topic.empty() ? "" : "  wish: " + e.topic,
                e.comment.empty() ? "" : "  \"" + e.comment + "\"");
        }
        text += fmt::format("{} evaluation forms, {} barrier slips\n", forms, slips);
        ctx.emit(all, text);
    });

    auto delete_id = std::make_shared<Id>(0);
    auto* remove = eval->add_subcommand("delete", "Delete one typed paper (to type it again)");
    remove->add_option("id", *delete_id, "The paper's number (eval list)")->required();
    remove->callback([&ctx, delete_id] {
        ops::delete_evaluation(ctx.db(), *delete_id);
        ctx.emit({{"deleted", *delete_id}}, fmt::format("Deleted paper {}", *delete_id));
    });
}

}  // namespace fn::cli
