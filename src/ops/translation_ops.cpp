#include "ops/translation_ops.h"

#include <algorithm>
#include <set>

#include "core/errors.h"
#include "core/labels.h"
#include "core/event.h"
#include "ops/event_ops.h"
#include "ops/plan_edit_ops.h"
#include "store/database.h"
#include "store/event_store.h"
#include "store/household_store.h"
#include "store/settings_store.h"

namespace fn::ops {
namespace {

// Sets the given fields of `texts[language]`; a language left with neither
// title nor description is dropped, so the English shows instead.
void apply(Translations& texts, const std::string& language, const TextsInLanguage& given) {
    LocalizedText text = texts.count(language) ? texts.at(language) : LocalizedText{};
    if (given.title) text.title = *given.title;
    if (given.description) text.description = *given.description;
    if (text.title.empty() && text.description.empty())
        texts.erase(language);
    else
        texts[language] = text;
}

}  // namespace

void translate_event(store::Database& db, Id event_id, const std::string& language, const TextsInLanguage& given) {
    Event e = store::load_event(db.sql(), event_id);
    apply(e.texts, language, given);
    if (given.place) {
        if (given.place->empty())
            e.places.erase(language);
        else
            e.places[language] = *given.place;
    }
    update_event(db, e);  // validates (a title in each language given) and refuses a finished event
}

void translate_workshop(store::Database& db, Id workshop_id, const std::string& language,
                        const TextsInLanguage& given) {
    if (given.place)
        throw ValidationError(
            tr("place"), tr("a workshop is held in its room; give the room's name in {0} instead", {quoted(language)}));
    auto w = store::find_workshop(db.sql(), workshop_id);
    if (!w) throw NotFoundError(tr("no workshop with id {0}", {static_cast<long long>(workshop_id)}));
    apply(w->texts, language, given);
    update_workshop(db, *w);
}

std::vector<std::string> languages_to_translate_into(store::Database& db) {
    auto settings = store::load_settings(db.sql());
    auto printable = printable_languages(settings.label_overrides);
    std::set<std::string> languages(settings.languages.begin(), settings.languages.end());
    for (const auto& language : store::household_languages(db.sql()))
        if (std::find(printable.begin(), printable.end(), language) != printable.end()) languages.insert(language);
    languages.erase("en");
    return {languages.begin(), languages.end()};
}

void translate_room(store::Database& db, Id room_id, const std::string& language, const std::string& name) {
    auto names = room_names(db, room_id);
    if (name.empty())
        names.erase(language);
    else
        names[language] = name;
    set_room_names(db, room_id, names);
}

}  // namespace fn::ops
