// print: PDF documents for the event.
#include <CLI/CLI.hpp>

#include <functional>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "ops/print_ops.h"
#include "reports/backpack_mail.h"
#include "reports/attendance_report.h"
#include "reports/evidence_binder.h"
#include "reports/flyer.h"
#include "reports/labels.h"
#include "reports/plan_documents.h"
#include "ops/event_ops.h"
#include "ops/plan_print_ops.h"
#include "ops/print_ops.h"
#include "reports/headcount_sheet.h"
#include "ops/settings_ops.h"
#include "store/text_list.h"
#include "reports/sign_in_sheet.h"

namespace fn::cli {

void add_print_commands(CLI::App& app, Context& ctx) {
    auto* print = app.add_subcommand("print", "Print documents as PDF");
    print->require_subcommand(1);
    struct SignInOptions { Id event = 0; std::string out, paper = "letter"; int blank_rows = 15; bool workshops = false; };
    auto o = std::make_shared<SignInOptions>();
    auto* signin = print->add_subcommand("signin", "Sign-in sheet: families who RSVP'd, then blank rows for walk-ins");
    signin->add_option("--event", o->event, "Event id")->required();
    signin->add_option("-o,--output", o->out, "PDF file to write")->required();
    signin->add_option("--paper", o->paper, "letter or a4")->capture_default_str();
    signin->add_option("--blank-rows", o->blank_rows, "Empty rows for walk-ins")->capture_default_str();
    signin->add_flag("--workshops", o->workshops, "One sheet per workshop room and round instead");
    signin->callback([&ctx, o] {
        auto paper = reports::parse_paper_size(o->paper);
        if (o->workshops) {
            auto sheets = ops::load_workshop_sign_in_sheets(ctx.db(), o->event, o->blank_rows);
            reports::write_sign_in_sheets(sheets, paper, o->out);
            ctx.emit({{"file", o->out}, {"sheets", sheets.size()}},
                     fmt::format("Wrote {} workshop sign-in sheets to {}", sheets.size(), o->out));
            return;
        }
        auto sheet = ops::load_sign_in_sheet(ctx.db(), o->event, o->blank_rows);
        reports::write_sign_in_sheet(sheet, paper, o->out);
        ctx.emit({{"file", o->out}, {"families", sheet.rows.size()}},
                 fmt::format("Wrote the sign-in sheet for {} families (+{} blank rows) to {}", sheet.rows.size(),
                             sheet.blank_rows, o->out));
    });

    struct FlyerOptions { Id event = 0; std::string out, paper, languages = "en"; };
    auto fo = std::make_shared<FlyerOptions>();
    auto* flyer = print->add_subcommand("flyer", "Invitation with a tear-off RSVP slip, in one or two languages");
    flyer->add_option("--event", fo->event, "Event id")->required();
    flyer->add_option("-o,--output", fo->out, "PDF file to write")->required();
    flyer->add_option("--languages", fo->languages, "One or two language codes, main first, e.g. es,en")->capture_default_str();
    flyer->add_option("--paper", fo->paper, "letter or a4 (default: the school setting)");
    flyer->callback([&ctx, fo] {
        auto paper = reports::parse_paper_size(fo->paper.empty() ? ops::load_settings(ctx.db()).paper : fo->paper);
        auto data = ops::load_flyer(ctx.db(), fo->event, store::split_words(fo->languages));
        reports::write_flyer(data, paper, fo->out);
        ctx.emit({{"file", fo->out}, {"languages", fo->languages}},
                 fmt::format("Wrote the {} flyer to {}", fo->languages, fo->out));
    });

    struct BackpackOptions { Id event = 0; std::string out, paper; bool english_only = false; };
    auto bo = std::make_shared<BackpackOptions>();
    auto* backpack = print->add_subcommand("backpack", "Personalised flyers for backpack mail, by homeroom");
    backpack->add_option("--event", bo->event, "Event id")->required();
    backpack->add_option("-o,--output", bo->out, "PDF file to write")->required();
    backpack->add_option("--paper", bo->paper, "letter or a4 (default: the school setting)");
    backpack->add_flag("--no-english", bo->english_only, "Only the family's language, without English beside it");
    backpack->callback([&ctx, bo] {
        auto paper = reports::parse_paper_size(bo->paper.empty() ? ops::load_settings(ctx.db()).paper : bo->paper);
        auto mail = ops::load_backpack_mail(ctx.db(), bo->event, !bo->english_only);
        reports::write_backpack_mail(mail, paper, bo->out);
        std::size_t flyers = 0;
        for (const auto& b : mail.bundles) flyers += b.flyers.size();
        std::string text = fmt::format("Wrote {} flyers in {} homeroom bundles to {}", flyers, mail.bundles.size(), bo->out);
        for (const auto& [lang, n] : mail.english_instead)
            text += fmt::format("\n{} households speak '{}': their flyers are in English until labels for it are added", n, lang);
        ctx.emit({{"file", bo->out}, {"flyers", flyers}, {"bundles", mail.bundles.size()}, {"english_instead", mail.english_instead}},
                 text);
    });

    // Planning documents that take only the event and a file.
    struct PlanOptions { Id event = 0; std::string out, paper; };
    struct PlanDoc { const char* name; const char* help; std::function<std::string(Context&, const PlanOptions&, reports::PaperSize)> write; };
    static const PlanDoc docs[] = {
        {"schedule", "Volunteer schedule with contacts, for the coordinator",
         [](Context& c, const PlanOptions& opts, reports::PaperSize p) {
             auto s = ops::load_volunteer_schedule(c.db(), opts.event);
             reports::write_volunteer_schedule(s, p, opts.out);
             return fmt::format("Wrote the volunteer schedule ({} shifts) to {}", s.shifts.size(), opts.out);
         }},
        {"roomsigns", "A big sign per room with each round's workshop and presenter",
         [](Context& c, const PlanOptions& opts, reports::PaperSize p) {
             auto s = ops::load_room_signs(c.db(), opts.event);
             reports::write_room_signs(s, p, opts.out);
             return fmt::format("Wrote {} room signs to {}", s.rooms.size(), opts.out);
         }},
        {"attendance", "After the event: RSVP versus actual, charts by workshop, grade and language, who came",
         [](Context& c, const PlanOptions& opts, reports::PaperSize p) {
             auto r = ops::load_attendance_report(c.db(), opts.event);
             reports::write_attendance_report(r, p, opts.out);
             return fmt::format("Wrote the attendance report ({} families) to {}", r.households.size(), opts.out);
         }},
        {"binder", "Title I evidence binder: invitations, agenda, sign-in sheet, attendance, evaluation form",
         [](Context& c, const PlanOptions& opts, reports::PaperSize p) {
             auto b = ops::load_evidence_binder(c.db(), opts.event);
             reports::write_evidence_binder(b, p, opts.out);
             return fmt::format("Wrote the Title I binder ({} invitation languages) to {}", b.invitations.size(), opts.out);
         }},
        {"rosters", "Per workshop, the families who picked it (seated, then waitlist)",
         [](Context& c, const PlanOptions& opts, reports::PaperSize p) {
             auto s = ops::load_presenter_rosters(c.db(), opts.event);
             reports::write_presenter_rosters(s, p, opts.out);
             return fmt::format("Wrote {} presenter rosters to {}", s.workshops.size(), opts.out);
         }},
    };
    for (const auto& doc : docs) {
        auto po = std::make_shared<PlanOptions>();
        auto* cmd = print->add_subcommand(doc.name, doc.help);
        cmd->add_option("--event", po->event, "Event id")->required();
        cmd->add_option("-o,--output", po->out, "PDF file to write")->required();
        cmd->add_option("--paper", po->paper, "letter or a4 (default: the school setting)");
        cmd->callback([&ctx, po, &doc] {
            auto paper = reports::parse_paper_size(po->paper.empty() ? ops::load_settings(ctx.db()).paper : po->paper);
            std::string text = doc.write(ctx, *po, paper);
            ctx.emit({{"file", po->out}}, text);
        });
    }

    struct LabelOptions { Id event = 0; std::string out, who = "families"; int blank = 10; };
    auto lo = std::make_shared<LabelOptions>();
    auto* badges = print->add_subcommand("badges", "Name badges on Avery 5395 sheets");
    badges->add_option("--event", lo->event, "Event id")->required();
    badges->add_option("-o,--output", lo->out, "PDF file to write")->required();
    badges->add_option("--for", lo->who, "families or volunteers")->capture_default_str()->check(CLI::IsMember({"families", "volunteers"}));
    badges->callback([&ctx, lo] {
        auto tags = lo->who == "families" ? ops::load_family_name_tags(ctx.db(), lo->event)
                                          : ops::load_volunteer_name_tags(ctx.db(), lo->event);
        auto plan = ops::load_event_plan(ctx.db(), lo->event);
        reports::write_name_badges(tags, plan.event.title() + "  " + plan.event.date, lo->out);
        ctx.emit({{"file", lo->out}, {"badges", tags.size()}}, fmt::format("Wrote {} name badges to {}", tags.size(), lo->out));
    });
    auto po2 = std::make_shared<LabelOptions>();
    auto* pickup = print->add_subcommand("pickup", "Childcare pickup tag pairs on Avery 5160 sheets");
    pickup->add_option("--event", po2->event, "Event id")->required();
    pickup->add_option("-o,--output", po2->out, "PDF file to write")->required();
    pickup->add_option("--blank", po2->blank, "Extra pairs for walk-ins")->capture_default_str();
    pickup->callback([&ctx, po2] {
        auto pairs = ops::load_pickup_pairs(ctx.db(), po2->event, po2->blank);
        auto plan = ops::load_event_plan(ctx.db(), po2->event);
        reports::write_pickup_tags(pairs, plan.event.title() + "  " + plan.event.date, po2->out);
        ctx.emit({{"file", po2->out}, {"pairs", pairs.size()}}, fmt::format("Wrote {} pickup tag pairs to {}", pairs.size(), po2->out));
    });

    struct HeadcountOptions { Id event = 0; std::string out, paper = "letter"; };
    auto h = std::make_shared<HeadcountOptions>();
    auto* headcount = print->add_subcommand("headcount", "Head-count sheet for the caterer and the childcare lead");
    headcount->add_option("--event", h->event, "Event id")->required();
    headcount->add_option("-o,--output", h->out, "PDF file to write")->required();
    headcount->add_option("--paper", h->paper, "letter or a4")->capture_default_str();
    headcount->callback([&ctx, h] {
        auto paper = reports::parse_paper_size(h->paper);
        auto sheet = ops::load_headcount_sheet(ctx.db(), h->event);
        reports::write_headcount_sheet(sheet, paper, h->out);
        ctx.emit({{"file", h->out}, {"meals", sheet.meals.total()}, {"caregivers_needed", sheet.children.caregivers_needed}},
                 fmt::format("Wrote the head-count sheet ({} meals, {} caregivers needed) to {}", sheet.meals.total(),
                             sheet.children.caregivers_needed, h->out));
    });
}

}  // namespace fn::cli
