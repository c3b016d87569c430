// print: PDF documents for the event (the same documents as the app's Print menu).
#include <CLI/CLI.hpp>

#include <fmt/format.h>

#include <functional>
#include <memory>

#include "cli/commands.h"
#include "cli/context.h"
#include "print/print_document.h"
#include "core/text_list.h"

namespace fn::cli {
namespace {

using printing::DocumentKind;

struct PrintArgs {
    Id event = 0;
    std::string out;
    printing::PrintOptions options;
};

// Adds `print NAME --event ID -o FILE [--paper P]`; `choose` may pick another
// kind from the flags (signin --workshops, badges --for volunteers).
std::shared_ptr<PrintArgs> add_document(CLI::App& print, Context& ctx, const std::string& name, const std::string& help,
                                        std::function<DocumentKind(const PrintArgs&)> choose,
                                        std::function<void(PrintArgs&)> before = {}) {
    auto args = std::make_shared<PrintArgs>();
    auto* cmd = print.add_subcommand(name, help);
    cmd->add_option("--event", args->event, "Event id")->required();
    cmd->add_option("-o,--output", args->out, "PDF file to write")->required();
    cmd->add_option("--paper", args->options.paper, "letter or a4 (default: the school setting)");
    cmd->callback([&ctx, args, choose, before] {
        if (before) before(*args);
        const DocumentKind kind = choose(*args);
        // A district's run is said before it starts: pages, paper, time.
        if (const auto size = printing::estimate_print(ctx.db(), kind, args->options); size.very_large)
            fmt::print(stderr, "About {} pages on {} sheets of paper, in {} {}; writing takes about {} s...\n",
                       size.pages, size.sheets, size.files, size.files == 1 ? "file" : "files", size.seconds);
        auto result = printing::print_document(ctx.db(), args->event, kind, args->out, args->options);
        nlohmann::json json = {{"file", result.file}, {"files", result.files}};
        for (const auto& [key, value] : result.figures) json[key] = value;
        if (!result.instead.english.empty()) json["english_instead"] = result.instead.english;
        if (result.instead.to_confirm > 0) json["languages_to_confirm"] = result.instead.to_confirm;
        for (const auto& [language, nearest] : result.instead.nearest)
            json["nearest_instead"][language] = {{"printed", nearest.printed}, {"households", nearest.households}};
        for (const auto& [language, texts] : result.texts_in_english)
            json["texts_in_english"][language] = {{"title", texts.title},
                                                  {"description", texts.description},
                                                  {"place", texts.place},
                                                  {"workshop_titles", texts.workshop_titles},
                                                  {"room_names", texts.room_names}};
        ctx.emit(json, result.summary);
    });
    return args;
}

}  // namespace

void add_print_commands(CLI::App& app, Context& ctx) {
    auto* print = app.add_subcommand("print", "Print documents as PDF");
    print->require_subcommand(1);

    auto workshops = std::make_shared<bool>(false);
    auto signin =
        add_document(*print, ctx, "signin", "Sign-in sheet: families who RSVP'd, then blank rows for walk-ins",
                     [workshops](const PrintArgs&) {
                         return *workshops ? DocumentKind::WorkshopSignInSheets : DocumentKind::SignInSheet;
                     });
    auto* signin_cmd = print->get_subcommand("signin");
    signin_cmd
        ->add_option("--blank-rows", signin->options.blank_rows, "Empty rows for walk-ins (default 15, 5 per workshop)")
        ->check(CLI::Range(0, 1000));
    signin_cmd->add_flag("--workshops", *workshops, "One sheet per workshop room and round instead");

    auto languages = std::make_shared<std::string>("en");
    add_document(
        *print, ctx, "flyer", "Invitation with a tear-off RSVP slip, in one or two languages",
        [](const PrintArgs&) { return DocumentKind::Flyer; },
        [languages](PrintArgs& a) { a.options.languages = split_words(*languages); });
    print->get_subcommand("flyer")
        ->add_option("--languages", *languages, "One or two language codes, main first, e.g. es,en")
        ->capture_default_str();

    auto no_english = std::make_shared<bool>(false);
    auto with_resources = std::make_shared<bool>(false);
    add_document(
        *print, ctx, "backpack", "Personalised flyers for backpack mail, by homeroom",
        [](const PrintArgs&) { return DocumentKind::BackpackMail; },
        [no_english, with_resources](PrintArgs& a) {
            a.options.with_english = !*no_english;
            a.options.with_resources = *with_resources;
        });
    print->get_subcommand("backpack")
        ->add_flag("--no-english", *no_english, "Only the family's language, without English beside it");
    print->get_subcommand("backpack")
        ->add_flag("--with-resources", *with_resources,
                   "The community resources handout after each flyer, in its language");

    const std::pair<const char*, DocumentKind> plain[] = {
        {"schedule", DocumentKind::VolunteerSchedule},  {"roomsigns", DocumentKind::RoomSigns},
        {"rosters", DocumentKind::PresenterRosters},    {"headcount", DocumentKind::HeadcountSheet},
        {"attendance", DocumentKind::AttendanceReport}, {"binder", DocumentKind::EvidenceBinder},
        {"evaluation", DocumentKind::EvaluationForms},  {"barrier-slips", DocumentKind::BarrierSlips},
        {"barriers", DocumentKind::BarriersReport},     {"resources", DocumentKind::ResourcesHandout},
    };
    for (const auto& [name, kind] : plain)
        add_document(*print, ctx, name, printing::document_info(kind).help,
                     [kind = kind](const PrintArgs&) { return kind; });

    auto who = std::make_shared<std::string>("families");
    auto badges = add_document(
        *print, ctx, "badges", "Name badges on Avery 5395 sheets: one per adult who said yes, or per volunteer",
        [who](const PrintArgs&) {
            return *who == "families" ? DocumentKind::FamilyBadges : DocumentKind::VolunteerBadges;
        });
    print->get_subcommand("badges")
        ->add_option("--for", *who, "families or volunteers")
        ->capture_default_str()
        ->check(CLI::IsMember({"families", "volunteers"}));
    print->get_subcommand("badges")
        ->add_option("--blank", badges->options.blank_rows, "Blank family badges for walk-ins (default 8)")
        ->check(CLI::Range(0, 1000));

    auto pickup = add_document(*print, ctx, "pickup", "Childcare pickup tag pairs on Avery 5160 sheets",
                               [](const PrintArgs&) { return DocumentKind::PickupTags; });
    print->get_subcommand("pickup")
        ->add_option("--blank", pickup->options.blank_rows, "Extra pairs for walk-ins (default 10)")
        ->check(CLI::Range(0, 1000));

    auto tree = add_document(*print, ctx, "phonetree", printing::document_info(DocumentKind::PhoneTree).help,
                             [](const PrintArgs&) { return DocumentKind::PhoneTree; });
    print->get_subcommand("phonetree")
        ->add_option("--message", tree->options.message, "invitation, reminder, place-opened or missed-you")
        ->capture_default_str();
    print->get_subcommand("phonetree")
        ->add_option("--callers", tree->options.callers,
                     "Who calls, by name, comma-separated (default: every teacher, staff member and parent with a "
                     "language on file)")
        ->delimiter(',');
}

}  // namespace fn::cli
