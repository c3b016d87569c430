// purge, family export and family erase: how long personal data is kept.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/cli_language.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "core/languages.h"
#include "core/text_message.h"
#include "ops/retention_ops.h"
#include "print/family_export.h"

namespace fn::cli {
namespace {

std::string purge_text(const ops::PurgeSummary& s) {
    std::string text = fmt::format("Families whose students all left on or before {} (kept {} months): {}",
                                   s.families_left_by, s.keep_families_months, s.families.size());
    for (const auto& h : s.families) text += fmt::format("\n  {}  {}  (left {})", h.code, h.family_name, h.left_on);
    text += fmt::format("\nMeal notes (allergies) on RSVPs to events before {} (kept {} months): {}", s.notes_before,
                        s.keep_notes_months, s.meal_notes);
    text += fmt::format("\nContact log notes from before {} (kept {} months): {}", s.contact_notes_before,
                        s.keep_contact_notes_months, s.contact_notes);
    if (s.dry_run) {
        if (!s.families.empty() || s.meal_notes || s.contact_notes)
            text += "\nNothing was removed. Run again with --yes to erase them; past events' counts stay as they are.";
    } else {
        text +=
            "\nErased, and written in the privacy ledger (family ledger). Past events' counts stay as they were. "
            "Backups made before now still hold the data until they are replaced; a restored one is erased again "
            "from the ledger before it is opened.";
    }
    return text;
}

}  // namespace

void add_retention_commands(CLI::App& app, Context& ctx) {
    auto yes = std::make_shared<bool>(false);
    auto* purge = app.add_subcommand(
        "purge",
        "Erase what the school no longer keeps: families who left longer ago than the school's setting, and "
        "old meal notes; lists them first (school set --keep-left-months, --keep-meal-notes-months)");
    purge->add_flag("--yes", *yes, "Erase what is listed (without it, only list)");
    purge->callback([&ctx, yes] {
        auto s = ops::purge_expired(ctx.db(), !*yes);
        nlohmann::json families = nlohmann::json::array();
        for (const auto& h : s.families)
            families.push_back({{"id", h.id}, {"code", h.code}, {"family", h.family_name}, {"left_on", h.left_on}});
        ctx.emit({{"dry_run", s.dry_run},
                  {"families_left_by", s.families_left_by},
                  {"families", families},
                  {"notes_before", s.notes_before},
                  {"meal_notes", s.meal_notes},
                  {"contact_notes_before", s.contact_notes_before},
                  {"contact_notes", s.contact_notes}},
                 purge_text(s));
    });

    auto* family = app.get_subcommand("family");
    struct ExportOptions {
        std::string code, json, pdf, paper, reason;
    };
    auto eo = std::make_shared<ExportOptions>();
    auto* exp = family->add_subcommand("export",
                                       "Everything stored about one family, as JSON and a readable PDF "
                                       "(a family's request for its data)");
    exp->add_option("family", eo->code, "Family code or #ID")->required();
    exp->add_option("--json", eo->json, "JSON file to write (default: family-CODE.json)");
    exp->add_option("--pdf", eo->pdf, "PDF file to write (default: family-CODE.pdf)");
    exp->add_option("--paper", eo->paper, "letter or a4 (default: the school's)");
    exp->add_option("--reason", eo->reason, "Why, for the privacy ledger (e.g. \"the mother asked for a copy\")");
    exp->callback([&ctx, eo] {
        auto h = ctx.household(eo->code);
        const std::string json = eo->json.empty() ? "family-" + h.code + ".json" : eo->json;
        const std::string pdf = eo->pdf.empty() ? "family-" + h.code + ".pdf" : eo->pdf;
        auto out = printing::export_family(ctx.db(), h.id, json, pdf, eo->paper, eo->reason);
        std::string text = fmt::format("Wrote everything stored about {} ({}): {} rows of {} kinds, to {} and {}",
                                       h.family_name(), h.code, out.rows, out.tables, json, pdf);
        for (const auto& u : out.unprinted)
            text += fmt::format("\nThe PDF shows '{}' with [?] (a script it cannot print yet)", u);
        if (!pdf.empty() && out.in_english_instead())
            text += "\n" + in_users_language(
                               tr("The PDF is in English: FamilyNight has no words for a family's record in {0} yet",
                                  {language_name(out.family_language)}));
        ctx.emit({{"files", out.files},
                  {"rows", out.rows},
                  {"tables", out.tables},
                  {"unprinted", out.unprinted},
                  {"record_language", out.record_language}},
                 text);
    });

    struct EraseOptions {
        std::string code, reason;
        bool yes = false;
    };
    auto er = std::make_shared<EraseOptions>();
    auto* erase = family->add_subcommand("erase",
                                         "Erase a family's personal data on request; past events' counts "
                                         "stay (lists what would go first)");
    erase->add_option("family", er->code, "Family code or #ID")->required();
    erase->add_flag("--yes", er->yes, "Erase it (without it, only list what would be erased)");
    erase->add_option("--reason", er->reason, "Why, for the privacy ledger (e.g. \"the father asked on 12/3\")");
    erase->callback([&ctx, er] {
        auto h = ctx.household(er->code);
        if (!er->yes) {
            auto record = ops::family_record(ctx.db(), h.id);
            std::string text = fmt::format(
                "{} ({}) would lose its names, contacts, address, notes and history:", h.family_name(), h.code);
            for (const auto& t : record.tables)
                if (!t.rows.empty()) text += fmt::format("\n  {}: {} rows", t.table, t.rows.size());
            text +=
                "\nIts RSVPs, check-ins and students' grades stay, without names, for past events' counts."
                "\nExport it first if the family asked for a copy (family export). Run again with --yes to erase.";
            ctx.emit({{"dry_run", true}, {"family", h.code}}, text);
            return;
        }
        ops::erase_family(ctx.db(), h.id, er->reason);
        ctx.emit({{"dry_run", false}, {"family", h.code}},
                 fmt::format("Erased {} ({}), and wrote it in the privacy ledger (family ledger). Backups made before "
                             "now still hold it until they are replaced; a restored one is erased again from the "
                             "ledger before it is opened.",
                             h.family_name(), h.code));
    });

    auto* ledger = family->add_subcommand("ledger",
                                          "The privacy ledger: every export and erasure of a family's data, "
                                          "who, when and why (no personal data beyond the family's code)");
    ledger->callback([&ctx] {
        auto entries = ops::privacy_ledger(ctx.db());
        nlohmann::json all = nlohmann::json::array();
        std::string text = entries.empty() ? "No family's data has been exported or erased." : "";
        for (const auto& e : entries) {
            all.push_back(
                {{"at", e.at}, {"family", e.family_code}, {"action", e.action}, {"by", e.actor}, {"reason", e.reason}});
            text += fmt::format("{}{}  {:<7} {:<8} by {}{}", text.empty() ? "" : "\n", e.at, e.action, e.family_code,
                                e.actor, e.reason.empty() ? "" : "  (" + e.reason + ")");
        }
        ctx.emit(all, text);
    });
}

}  // namespace fn::cli
