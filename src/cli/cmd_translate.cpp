// translate: an event's, a workshop's or a room's texts in one more language
// (the same operations as the app's "Other languages" forms).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "ops/translation_ops.h"

namespace fn::cli {
namespace {

struct TranslateOptions {
    Id id = 0;
    std::string language, title, description, place;
};

// Only the options given change the text; given empty, they remove it.
ops::TextsInLanguage given(const TranslateOptions& o, const CLI::Option* title, const CLI::Option* description,
                           const CLI::Option* place) {
    ops::TextsInLanguage t;
    if (title && title->count()) t.title = o.title;
    if (description && description->count()) t.description = o.description;
    if (place && place->count()) t.place = o.place;
    return t;
}

}  // namespace

void add_translate_commands(CLI::App& app, Context& ctx) {
    auto eo = std::make_shared<TranslateOptions>();
    auto* event = app.get_subcommand("event")->add_subcommand(
        "translate", "Give an event's title, description or place in another language (empty removes it)");
    event->add_option("event", eo->id, "Event id")->required();
    event->add_option("language", eo->language, "Language code, e.g. vi")->required();
    auto* et = event->add_option("--title", eo->title, "Title in that language");
    auto* ed = event->add_option("--description", eo->description, "Description in that language");
    auto* ep = event->add_option("--place", eo->place, "Place in that language, e.g. \"Cafetería\"");
    event->callback([&ctx, eo, et, ed, ep] {
        ops::translate_event(ctx.db(), eo->id, eo->language, given(*eo, et, ed, ep));
        ctx.emit({{"event", eo->id}, {"language", eo->language}},
                 fmt::format("Event {} now has its texts in '{}'", eo->id, eo->language));
    });

    auto wo = std::make_shared<TranslateOptions>();
    auto* workshop =
        app.get_subcommand("workshop")
            ->add_subcommand("translate",
                             "Give a workshop's title or description in another language (empty removes it)");
    workshop->add_option("workshop", wo->id, "Workshop id")->required();
    workshop->add_option("language", wo->language, "Language code, e.g. vi")->required();
    auto* wt = workshop->add_option("--title", wo->title, "Title in that language");
    auto* wd = workshop->add_option("--description", wo->description, "Description in that language");
    workshop->callback([&ctx, wo, wt, wd] {
        ops::translate_workshop(ctx.db(), wo->id, wo->language, given(*wo, wt, wd, nullptr));
        ctx.emit({{"workshop", wo->id}, {"language", wo->language}},
                 fmt::format("Workshop {} now has its texts in '{}'", wo->id, wo->language));
    });

    auto ro = std::make_shared<TranslateOptions>();
    auto* room = app.get_subcommand("room")->add_subcommand(
        "translate", "Give a room's name in another language (empty removes it)");
    room->add_option("room", ro->id, "Room id")->required();
    room->add_option("language", ro->language, "Language code, e.g. es")->required();
    room->add_option("--name", ro->title, "The room's name in that language, e.g. Biblioteca")->required();
    room->callback([&ctx, ro] {
        ops::translate_room(ctx.db(), ro->id, ro->language, ro->title);
        ctx.emit({{"room", ro->id}, {"language", ro->language}, {"name", ro->title}},
                 fmt::format("Room {} is called '{}' in '{}'", ro->id, ro->title, ro->language));
    });
}

}  // namespace fn::cli
