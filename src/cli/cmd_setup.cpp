// init, demo and school settings.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "cli/commands.h"
#include "cli/context.h"
#include "ops/demo_school.h"
#include "core/document_texts.h"
#include "core/labels.h"
#include "ops/settings_ops.h"
#include "core/text_list.h"

namespace fn::cli {
namespace {

nlohmann::json settings_json(const SchoolSettings& s) {
    nlohmann::json bands = nlohmann::json::array();
    for (const auto& b : s.childcare_bands)
        bands.push_back(
            {{"min_age", b.min_age}, {"max_age", b.max_age}, {"children_per_caregiver", b.children_per_caregiver}});
    return {{"name", s.name},
            {"address", s.address},
            {"phone", s.phone},
            {"logo", s.logo_path},
            {"languages", s.languages},
            {"childcare_bands", bands},
            {"walk_in_buffer_percent", s.walk_in_buffer_percent},
            {"clock", s.clock},
            {"placeholder_phones", s.placeholder_phones},
            {"keep_left_families_months", s.keep_left_families_months},
            {"keep_event_notes_months", s.keep_event_notes_months},
            {"keep_contact_notes_months", s.keep_contact_notes_months},
            {"school_year_started", s.school_year_started},
            {"school_id", s.school_id},
            {"time_zone", s.time_zone},
            {"mail",
             {{"smtp_host", s.mail.host},
              {"smtp_port", s.mail.port},
              {"smtp_tls", s.mail.tls},
              {"smtp_user", s.mail.user},
              {"from", s.mail.from_address},
              {"per_minute", s.mail.per_minute}}}};
}

std::string settings_text(const SchoolSettings& s) {
    std::string bands;
    for (const auto& b : s.childcare_bands)
        bands += fmt::format("{}ages {}-{}: 1 caregiver per {}", bands.empty() ? "" : "; ", b.min_age, b.max_age,
                             b.children_per_caregiver);
    std::string clock = s.clock == "12"   ? "12-hour (5:30 PM)"
                        : s.clock == "24" ? "24-hour (17:30)"
                                          : "as each language writes them";
    return fmt::format(
        "School:     {}\nAddress:    {}\nPhone:      {}\nLanguages:  {}\nChildcare:  {}\nDinner buffer for walk-ins: {}%\n"
        "Times on paper: {}\nPlaceholder phones: {}\nFamilies who left are kept {} months; meal notes {} "
        "months after the event\nThis school year started: {}\nTime zone for calendars: {}\nMail to families: {}",
        s.name.empty() ? "(not set)" : s.name, s.address, s.phone, join_words(s.languages), bands,
        s.walk_in_buffer_percent, clock,
        s.placeholder_phones.empty() ? "(none besides 000-000-0000 and 555-01xx)" : join_words(s.placeholder_phones),
        s.keep_left_families_months, s.keep_event_notes_months,
        s.school_year_started.empty() ? "(not yet)" : s.school_year_started,
        s.time_zone.empty() ? "this computer's" : s.time_zone,
        s.mail.host.empty() ? "(no mail server set)"
                            : fmt::format("{} ({}), {}, from {}, at most {} a minute", s.mail.host, s.mail.tls,
                                          s.mail.user.empty() ? "no login" : "login " + s.mail.user,
                                          s.mail.from_address, s.mail.per_minute));
}

}  // namespace

void add_setup_commands(CLI::App& app, Context& ctx) {
    auto* init = app.add_subcommand("init", "Create the database (or check an existing one)");
    init->callback([&ctx] {
        auto& db = ctx.db();
        ctx.emit({{"database", db.display_name()}, {"schema_version", db.schema_version()}},
                 fmt::format("Database ready: {} (schema version {})", db.display_name(), db.schema_version()));
    });

    auto demo_opts = std::make_shared<ops::DemoOptions>();
    auto* demo = app.add_subcommand("demo", "Fill a new database with a realistic multilingual demo school");
    demo->add_option("--households", demo_opts->households, "Number of households")->capture_default_str();
    demo->add_option("--events", demo_opts->upcoming_events, "Upcoming family nights")->capture_default_str();
    demo->add_option("--rsvps-per-event", demo_opts->rsvps_per_event, "RSVPs per event (0: about 45 %)");
    demo->add_option("--seed", demo_opts->seed, "Random seed (same seed, same school)")->capture_default_str();
    demo->add_option("--today", demo_opts->today, "Plan events after this date (YYYY-MM-DD; default today)");
    demo->callback([&ctx, demo_opts] {
        auto s = ops::create_demo_school(ctx.db(), *demo_opts);
        ctx.emit({{"households", s.households},
                  {"students", s.students},
                  {"events", s.events},
                  {"rsvps", s.rsvps},
                  {"check_ins", s.check_ins}},
                 fmt::format("Demo school created in {}: {} households, {} students, {} events, {} RSVPs, {} check-ins",
                             ctx.db().display_name(), s.households, s.students, s.events, s.rsvps, s.check_ins));
    });

    auto* school = app.add_subcommand("school", "Show or change the school's settings");
    school->require_subcommand(1);
    school->add_subcommand("show", "Show the settings")->callback([&ctx] {
        auto s = ops::load_settings(ctx.db());
        ctx.emit(settings_json(s), settings_text(s));
    });
    struct SetOptions {
        std::optional<std::string> name, address, phone, logo, languages, bands, clock, placeholders, time_zone;
        std::optional<int> buffer, keep_left_months, keep_notes_months, keep_contact_months;
        std::optional<std::string> smtp_host, smtp_tls, smtp_user, smtp_from;
        std::optional<int> smtp_port, smtp_per_minute;
    };
    auto set = std::make_shared<SetOptions>();
    auto* set_cmd = school->add_subcommand("set", "Change settings");
    set_cmd->add_option("--name", set->name, "School name");
    set_cmd->add_option("--address", set->address, "School address");
    set_cmd->add_option("--phone", set->phone, "School phone (printed on flyers)");
    set_cmd->add_option("--logo", set->logo, "Logo image file for flyers")->check(CLI::ExistingFile);
    set_cmd->add_option("--languages", set->languages, "Languages the school sends flyers in, e.g. en,es,vi");
    set_cmd->add_option("--childcare-bands", set->bands, "Age bands and ratios, e.g. 0-2:4;3-5:8;6-99:12");
    set_cmd->add_option("--walk-in-buffer", set->buffer, "Extra dinners for walk-ins, percent (until learned)");
    set_cmd->add_option("--placeholder-phones", set->placeholders,
                        "Phone numbers your records use for \"no number\" (comma-separated); a roster import never "
                        "groups families by them");
    set_cmd->add_option("--time-zone", set->time_zone,
                        "The school's time zone for calendars, e.g. America/Chicago (default: this computer's)");
    set_cmd->add_option("--clock", set->clock,
                        "Times on paper: 12 (5:30 PM), 24 (17:30) or language (as each language writes them)");
    set_cmd->add_option("--keep-left-months", set->keep_left_months,
                        "Months a family whose students have all left is kept before `purge` erases it (default 12)");
    set_cmd->add_option("--keep-contact-notes-months", set->keep_contact_months,
                        "Months contact log notes are kept before `purge` clears them (default 12; the contacts stay)");
    set_cmd->add_option("--keep-meal-notes-months", set->keep_notes_months,
                        "Months after an event its RSVPs' meal notes (allergies) are kept before `purge` clears them "
                        "(default 12)");
    set_cmd->add_option("--smtp-host", set->smtp_host,
                        "The school's mail server for messages to families, e.g. smtp.school.org (empty: none)");
    set_cmd->add_option("--smtp-port", set->smtp_port, "Its port (default: 587 for starttls, 465 for tls, 25)");
    set_cmd->add_option("--smtp-tls", set->smtp_tls, "none, starttls or tls (default starttls)");
    set_cmd->add_option("--smtp-user", set->smtp_user,
                        "Its login (empty: none); the password is asked for at each send, never stored");
    set_cmd->add_option("--smtp-from", set->smtp_from, "The school's e-mail address families see and answer");
    set_cmd->add_option("--smtp-per-minute", set->smtp_per_minute,
                        "At most this many messages a minute (default 60; ask the school's IT)");
    struct LabelOptions {
        std::string language, key, text;
    };
    auto lo = std::make_shared<LabelOptions>();
    auto* label = school->add_subcommand("label", "Change one printed label in one language (flyers, slips)");
    label->add_option("language", lo->language, "Language code, e.g. so")->required();
    label->add_option("key", lo->key, "Label key (see: school labels en)")->required();
    label->add_option("text", lo->text, "The wording; empty to go back to the built-in one")->required();
    label->callback([&ctx, lo] {
        ops::set_label(ctx.db(), lo->language, lo->key, lo->text);
        ctx.emit({{"language", lo->language}, {"key", lo->key}, {"text", lo->text}},
                 fmt::format("Label {} in '{}' is now: {}", lo->key, lo->language,
                             lo->text.empty() ? "(built-in)" : lo->text));
    });
    auto show_lang = std::make_shared<std::string>();
    auto* labels = school->add_subcommand("labels", "Show the printed labels of a language, with the school's changes");
    labels->add_option("language", *show_lang, "Language code")->required();
    labels->callback([&ctx, show_lang] {
        auto s = ops::load_settings(ctx.db());
        const auto& overrides = school_wording(s.label_overrides, *show_lang);
        nlohmann::json j = nlohmann::json::object();
        std::string text;
        std::string missing;
        for (const auto& key : label_keys()) {
            auto builtin = languages_with_labels();
            std::string value = overrides.count(key) ? overrides.at(key) : "";
            if (value.empty() && std::find(builtin.begin(), builtin.end(), *show_lang) != builtin.end())
                value = labels_for(*show_lang).at(key);
            j[key] = value;
            text += fmt::format("{:<18} {}\n", key, value.empty() ? "(missing)" : value);
            if (value.empty()) missing += (missing.empty() ? "" : " ") + key;
        }
        // The words of the papers families fill in besides the flyer
        // (evaluation form, barrier slip, pickup tags, sign-in headings).
        text += "Evaluation form, barrier slip, pickup tags and sign-in headings:\n";
        for (const auto& [key, value] : document_texts_for(*show_lang, overrides)) {
            j[key] = value;
            text += fmt::format("{:<22} {}\n", key, value);
        }
        bool built_in = !built_in_labels(*show_lang).empty();
        j["reviewed_by_a_speaker"] = built_in && labels_reviewed(*show_lang);
        if (built_in && !labels_reviewed(*show_lang))
            text +=
                "The built-in wording is not yet reviewed by a speaker: have one read it before the first mailing.\n";
        j["document_texts_reviewed_by_a_speaker"] = document_texts_reviewed(*show_lang);
        if (has_document_texts(*show_lang) && !document_texts_reviewed(*show_lang))
            text +=
                "The other papers' words in this language (evaluation form, barrier slip, resources handout, pickup "
                "tags, sign-in headings) are not yet reviewed by a speaker.\n";
        if (!missing.empty())
            text += "Add the missing ones with: familynight-cli school label " + *show_lang + " KEY \"TEXT\"";
        ctx.emit(j, text);
    });

    set_cmd->callback([&ctx, set] {
        auto s = ops::load_settings(ctx.db());
        if (set->name) s.name = *set->name;
        if (set->address) s.address = *set->address;
        if (set->phone) s.phone = *set->phone;
        if (set->logo) s.logo_path = *set->logo;
        if (set->languages) s.languages = split_words(*set->languages);
        if (set->buffer) s.walk_in_buffer_percent = *set->buffer;
        if (set->clock) s.clock = *set->clock;
        if (set->time_zone) s.time_zone = *set->time_zone;
        if (set->keep_left_months) s.keep_left_families_months = *set->keep_left_months;
        if (set->keep_notes_months) s.keep_event_notes_months = *set->keep_notes_months;
        if (set->keep_contact_months) s.keep_contact_notes_months = *set->keep_contact_months;
        if (set->placeholders) s.placeholder_phones = split_words(*set->placeholders);
        if (set->bands) s.childcare_bands = parse_childcare_bands(*set->bands);
        if (set->smtp_host) s.mail.host = *set->smtp_host;
        if (set->smtp_port) s.mail.port = *set->smtp_port;
        if (set->smtp_tls) s.mail.tls = *set->smtp_tls;
        if (set->smtp_user) s.mail.user = *set->smtp_user;
        if (set->smtp_from) s.mail.from_address = *set->smtp_from;
        if (set->smtp_per_minute) s.mail.per_minute = *set->smtp_per_minute;
        ops::save_settings(ctx.db(), s);
        ctx.emit(settings_json(s), settings_text(s));
    });
}

}  // namespace fn::cli
