// counts, export and reach commands.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/reach_views.h"
#include "cli/views.h"
#include "io/table_writer.h"
#include "core/errors.h"
#include "ops/counts_ops.h"
#include "ops/evaluation_ops.h"
#include "ops/export_ops.h"
#include "ops/reach_ops.h"
#include "ops/report_tables.h"
#include "ops/volunteer_hours.h"

namespace fn::cli {

void add_report_commands(CLI::App& app, Context& ctx) {
    auto counts_event = std::make_shared<Id>(0);
    auto* counts = app.add_subcommand("counts", "Live numbers: RSVPs, dinner, childcare, workshops, volunteers");
    counts->add_option("event", *counts_event, "Event id")->required();
    counts->callback([&ctx, counts_event] {
        auto c = ops::compute_counts(ctx.db(), *counts_event);
        ctx.emit(counts_json(c), counts_text(c));
    });

    auto* exp = app.add_subcommand("export", "Write CSV, XLSX or iCalendar files");
    exp->require_subcommand(1);
    // The same tables as CSV or as an XLSX workbook (typed cells, frozen
    // header); the file's name says which (io/table_writer.h).
    for (const bool xlsx : {false, true}) {
        struct TableOptions {
            std::string what;
            Id event = 0;
            std::string out, since;
        };
        auto to = std::make_shared<TableOptions>();
        auto* table = exp->add_subcommand(
            xlsx ? "xlsx" : "csv", xlsx ? "Export RSVPs, attendance, volunteers, evaluations, the family directory or "
                                          "volunteer hours as an XLSX workbook"
                                        : "Export RSVPs, attendance, volunteers, evaluations, the family directory or "
                                          "volunteer hours as CSV");
        table->add_option("what", to->what, "rsvps, attendance, volunteers, evaluations, directory or volunteer-hours")
            ->required()
            ->check(
                CLI::IsMember({"rsvps", "attendance", "volunteers", "evaluations", "directory", "volunteer-hours"}));
        table->add_option("event", to->event, "Event id (not for the directory or volunteer hours)");
        table->add_option("--since", to->since,
                          "volunteer-hours: events on or after this day, YYYY-MM-DD (default: this school year)");
        table->add_option("-o,--output", to->out, xlsx ? ".xlsx file to write" : "CSV file to write")->required();
        table->callback([&ctx, to, xlsx] {
            if (xlsx != io::is_xlsx_path(to->out))
                throw ValidationError(tr("--output"), xlsx ? tr("an XLSX workbook's name ends in .xlsx")
                                                           : tr("a CSV file's name does not end in .xlsx: use "
                                                                "\"export xlsx\" for a workbook"));
            const bool whole_school = to->what == "directory" || to->what == "volunteer-hours";
            if (!whole_school && to->event == 0)
                throw ValidationError(tr("event"), tr("is required: which event's {0}?", {to->what}));
            int rows = to->what == "rsvps"             ? ops::export_rsvps(ctx.db(), to->event, to->out)
                       : to->what == "attendance"      ? ops::export_attendance(ctx.db(), to->event, to->out)
                       : to->what == "evaluations"     ? ops::export_evaluations(ctx.db(), to->event, to->out)
                       : to->what == "directory"       ? ops::export_directory(ctx.db(), to->out)
                       : to->what == "volunteer-hours" ? ops::export_volunteer_hours(ctx.db(), to->since, to->out)
                                                       : ops::export_volunteers(ctx.db(), to->event, to->out);
            ctx.emit({{"file", to->out}, {"rows", rows}},
                     fmt::format("Wrote {} {} to {}", rows, rows == 1 ? "row" : "rows", to->out));
        });
    }

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

    struct ReachOptions {
        std::string year, out;
    };
    auto ro = std::make_shared<ReachOptions>();
    auto* reach = app.add_subcommand("reach",
                                     "Barriers and reach of a school year beside the year before (print "
                                     "barriers makes the PDF)");
    reach->add_option("--year", ro->year, "School year, e.g. 2026-27 (default: this one)");
    reach->add_option("-o,--output", ro->out, "Also write its tables to this .xlsx workbook");
    reach->callback([&ctx, ro] {
        auto r = ops::load_reach_report(ctx.db(), ro->year);
        if (!ro->out.empty()) ops::write_reach_tables(r, ro->out);
        ctx.emit(reach_json(r), reach_text(r) + (ro->out.empty() ? "" : "\nWrote its tables to " + ro->out + "\n"));
    });
}

}  // namespace fn::cli
