// contact: the contact log between the nights.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "ops/contact_ops.h"
#include "ops/report_tables.h"

namespace fn::cli {
namespace {

nlohmann::json family_json(const ops::ClassFamily& f) {
    return {{"household", f.household_id},     {"code", f.code},         {"family", f.family_name},
            {"students", f.students},          {"language", f.language}, {"channel", to_string(f.channel)},
            {"last_positive", f.last_positive}};
}

}  // namespace

void add_contact_commands(CLI::App& app, Context& ctx) {
    auto* contact = app.add_subcommand("contact", "The contact log: positive contact with families between the nights");
    contact->require_subcommand(1);

    struct AddOptions {
        std::string family, kind = "good-news", by, channel, language, interpreter, on, note;
    };
    auto ao = std::make_shared<AddOptions>();
    auto* add = contact->add_subcommand("add", "Record a contact with a family");
    add->add_option("family", ao->family, "Family code or #ID")->required();
    add->add_option("--kind", ao->kind, "good-news, invitation, lunch-invitation, follow-up or conference")
        ->capture_default_str();
    add->add_option("--by", ao->by, "Who made it")->required();
    add->add_option("--channel", ao->channel,
                    "phone, text, email, note or in-person (default: the family's preferred)");
    add->add_option("--language", ao->language, "Language spoken or written (default: the family's)");
    add->add_option("--interpreter", ao->interpreter, "Who interpreted");
    add->add_option("--on", ao->on, "Day of the contact, YYYY-MM-DD (default: today)");
    add->add_option("--note", ao->note, "A short private note (cleared after the school's retention period)");
    add->callback([&ctx, ao] {
        auto h = ctx.household(ao->family);
        ContactEntry c;
        c.household_id = h.id;
        c.kind = parse_contact_kind(ao->kind);
        c.staff = ao->by;
        c.channel = ao->channel.empty() ? ops::suggested_channel(h) : parse_contact_channel(ao->channel);
        c.language = ao->language;
        c.interpreter = ao->interpreter;
        c.on = ao->on;
        c.note = ao->note;
        Id id = ops::record_contact(ctx.db(), c);
        ctx.emit({{"id", id}, {"family", h.code}}, fmt::format("Recorded a {} contact with {} ({}) by {}, {}", ao->kind,
                                                               h.family_name(), h.code, ao->by, to_string(c.channel)));
    });

    auto list_code = std::make_shared<std::string>();
    auto* list = contact->add_subcommand("list", "A family's contacts, newest first");
    list->add_option("family", *list_code, "Family code or #ID")->required();
    list->callback([&ctx, list_code] {
        auto h = ctx.household(*list_code);
        nlohmann::json all = nlohmann::json::array();
        std::string text;
        for (const auto& c : ops::contacts_of(ctx.db(), h.id)) {
            all.push_back({{"on", c.on},
                           {"kind", to_string(c.kind)},
                           {"by", c.staff},
                           {"channel", to_string(c.channel)},
                           {"language", c.language},
                           {"interpreter", c.interpreter},
                           {"note", c.note}});
            text += fmt::format("{}  {:<16} {:<10} by {} in {}{}{}\n", c.on, to_string(c.kind), to_string(c.channel),
                                c.staff, c.language, c.interpreter.empty() ? "" : " with " + c.interpreter,
                                c.note.empty() ? "" : "  " + c.note);
        }
        ctx.emit(all, text.empty() ? "No contact recorded with " + h.code + " yet.\n" : text);
    });

    struct DueOptions {
        std::string homeroom, since;
    };
    auto due_opts = std::make_shared<DueOptions>();
    auto* due = contact->add_subcommand("due",
                                        "A class's families with no good-news contact yet this month; the "
                                        "first is the suggested next");
    due->add_option("--homeroom", due_opts->homeroom, "The class, as the roster writes its homeroom")->required();
    due->add_option("--since", due_opts->since, "Count good news from this day (default: the 1st of this month)");
    due->callback([&ctx, due_opts] {
        const std::string since = due_opts->since.empty() ? ops::good_news_since() : due_opts->since;
        auto families = ops::families_due(ctx.db(), due_opts->homeroom, since);
        nlohmann::json all = nlohmann::json::array();
        std::string text =
            fmt::format("{}: {} families with no good news since {}\n", due_opts->homeroom, families.size(), since);
        for (std::size_t i = 0; i < families.size(); ++i) {
            const auto& f = families[i];
            all.push_back(family_json(f));
            text += fmt::format("{} {}  {} ({})  {} in {}, {}\n", i == 0 ? "next:" : "     ", f.code, f.family_name,
                                f.students, to_string(f.channel), f.language,
                                f.last_positive.empty() ? "no good news yet" : "last good news " + f.last_positive);
        }
        ctx.emit(all, text);
    });

    struct CoverageOptions {
        std::string since, out;
    };
    auto co = std::make_shared<CoverageOptions>();
    auto* coverage = contact->add_subcommand("coverage",
                                             "Families with good news this month, by teacher and by "
                                             "language");
    coverage->add_option("--since", co->since, "From this day (default: the 1st of this month)");
    coverage->add_option("-o,--output", co->out, "Also write the counts to this .xlsx workbook");
    coverage->callback([&ctx, co] {
        auto c = ops::contact_coverage(ctx.db(), co->since);
        if (!co->out.empty()) ops::write_contact_coverage(c, co->out);
        nlohmann::json teachers = nlohmann::json::array(), languages = nlohmann::json::array();
        std::string text = "Families with a good-news contact since " + c.since + "\nBy teacher:\n";
        for (const auto& l : c.by_teacher) {
            teachers.push_back({{"homeroom", l.group}, {"families", l.families}, {"reached", l.reached}});
            text += fmt::format("  {:<24} {:>4} of {:>4}\n", l.group, l.reached, l.families);
        }
        text += "By language:\n";
        for (const auto& l : c.by_language) {
            languages.push_back({{"language", l.group}, {"families", l.families}, {"reached", l.reached}});
            text += fmt::format("  {:<24} {:>4} of {:>4}\n", l.group, l.reached, l.families);
        }
        ctx.emit({{"since", c.since}, {"by_teacher", teachers}, {"by_language", languages}}, text);
    });

    struct DrawOptions {
        std::string homeroom, since, by;
        int count = 3;
        unsigned seed = 0;
    };
    auto dr = std::make_shared<DrawOptions>();
    auto* draw = contact->add_subcommand("draw",
                                         "Draw families of a class for a lunch invitation, none twice in a "
                                         "term, and record the invitations");
    draw->add_option("--homeroom", dr->homeroom, "The class")->required();
    draw->add_option("--count", dr->count, "How many families")->capture_default_str();
    draw->add_option("--since", dr->since, "The term's first day (no family invited since then is drawn)")->required();
    draw->add_option("--by", dr->by, "Who invites them")->required();
    draw->add_option("--seed", dr->seed, "Random seed (the same seed draws the same families)");
    draw->callback([&ctx, dr] {
        auto drawn = ops::draw_lunch_invitations(ctx.db(), dr->homeroom, dr->count, dr->since, dr->by, dr->seed);
        nlohmann::json all = nlohmann::json::array();
        std::string text = drawn.empty() ? "Every family of " + dr->homeroom + " was invited this term.\n"
                                         : fmt::format("Invite to lunch ({} families):\n", drawn.size());
        for (const auto& f : drawn) {
            all.push_back(family_json(f));
            text += fmt::format("  {}  {} ({})  {} in {}\n", f.code, f.family_name, f.students, to_string(f.channel),
                                f.language);
        }
        ctx.emit(all, text);
    });
}

}  // namespace fn::cli
