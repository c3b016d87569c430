#pragma once
// A sentence kept in a file as its English template and values (JSON), so
// it is said in the reader's language when it is shown, days later or on
// another computer (a door station's outbox outcomes). Text written before
// (plain English) reads back as it is.
#include <string>

#include "core/text_message.h"

namespace fn::store {

std::string stored_text(const Text& text);
Text text_from_stored(const std::string& stored);

}  // namespace fn::store
