// counts, export and reach commands.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/reach_views.h"
#include "cli/views.h"
#include "core/errors.h"
#include "ops/counts_ops.h"
#include "ops/evaluation_ops.h"
#include "ops/export_ops.h"
#include "ops/reach_ops.h"

namespace fn::cli {

void add_report_commands(CLI::App& app, Context& ctx) {
    auto counts_event = std::make_shared<Id>(0);
    auto* counts = app.add_subcommand("counts", "Live numbers: RSVPs, dinner, childcare, workshops, volunteers");
    counts->add_option("event", *counts_event, "Event id")->required();
    counts->callback([&ctx, counts_event] {
        auto c = ops::compute_counts(ctx.db(), *counts_event);
        ctx.emit(counts_json(c), counts_text(c));
    });

    auto* exp = app.add_subcommand("export", "Write CSV or iCalendar files");
    exp->require_subcommand(1);
    struct CsvOptions {
        std::string what;
        Id event = 0;
        std::string out;
    };
    auto co = std::make_shared<CsvOptions>();
    auto* csv = exp->add_subcommand("csv", "Export RSVPs, attendance, volunteers or typed evaluation forms as CSV");
    csv->add_option("what", co->what, "rsvps, attendance, volunteers or evaluations")
        ->required()
        ->check(CLI::IsMember({"rsvps", "attendance", "volunteers", "evaluations"}));
    csv->add_option("event", co->event, "Event id")->required();
    csv->add_option("-o,--output", co->out, "CSV file to write")->required();
    csv->callback([&ctx, co] {
        int rows = co->what == "rsvps"         ? ops::export_rsvps_csv(ctx.db(), co->event, co->out)
                   : co->what == "attendance"  ? ops::export_attendance_csv(ctx.db(), co->event, co->out)
                   : co->what == "evaluations" ? ops::export_evaluations_csv(ctx.db(), co->event, co->out)
                                               : ops::export_volunteers_csv(ctx.db(), co->event, co->out);
        ctx.emit({{"file", co->out}, {"rows", rows}},
                 fmt::format("Wrote {} {} to {}", rows, rows == 1 ? "row" : "rows", co->out));
    });

    struct IcsOptions {
        Id event = 0;
        std::string out, language = "en";
        bool feed = false;
    };
    auto io = std::make_shared<IcsOptions>();
    auto* ics = exp->add_subcommand("ics", "Export announced events as an iCalendar file");
    ics->add_option("--event", io->event, "Only this event");
    ics->add_option("--language", io->language, "Language of titles")->capture_default_str();
    ics->add_option("-o,--output", io->out, ".ics file to write")->required();
    ics->add_flag("--feed", io->feed,
                  "Every announced event from today on, as a feed a calendar subscribes to (put the file on the "
                  "school's web server; changed and cancelled events update in the families' calendars)");
    ics->callback([&ctx, io] {
        int n = ops::export_events_ics(ctx.db(), io->event, io->out, io->language, io->feed);
        ctx.emit({{"file", io->out}, {"events", n}},
                 fmt::format("Wrote {} {} to {}", n, n == 1 ? "event" : "events", io->out));
    });

    auto reach_year = std::make_shared<std::string>();
    auto* reach = app.add_subcommand("reach",
                                     "Barriers and reach of a school year beside the year before (print "
                                     "barriers makes the PDF)");
    reach->add_option("--year", *reach_year, "School year, e.g. 2026-27 (default: this one)");
    reach->callback([&ctx, reach_year] {
        auto r = ops::load_reach_report(ctx.db(), *reach_year);
        ctx.emit(reach_json(r), reach_text(r));
    });
}

}  // namespace fn::cli
