#pragma once
// Giving an event's, a workshop's or a room's texts in one more language,
// so the families reading flyers in it get them in their language
// (print_document says which texts still fall back to English).
#include <optional>
#include <string>
#include <vector>

#include "core/ids.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

// What was given for one language; a field not given keeps its text, an
// empty one removes it (the flyer then shows the English).
struct TextsInLanguage {
    std::optional<std::string> title;
    std::optional<std::string> description;
    std::optional<std::string> place;  // events only
};

void translate_event(store::Database& db, Id event_id, const std::string& language, const TextsInLanguage& given);
// Refuses a place: a workshop is where its room is.
void translate_workshop(store::Database& db, Id workshop_id, const std::string& language, const TextsInLanguage& given);
// An empty name removes the room's name in that language.
void translate_room(store::Database& db, Id room_id, const std::string& language, const std::string& name);

// The languages a coordinator is asked to give texts in, English aside: the
// school's flyer languages and every printable language its families read.
std::vector<std::string> languages_to_translate_into(store::Database& db);

}  // namespace fn::ops
