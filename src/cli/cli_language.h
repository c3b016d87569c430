#pragma once
// The CLI's refusals in its user's language: the app's catalogs
// (src/app/po), looked up through GNU gettext in the message locale
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); English when none is found.
#include <string>

#include "core/text_message.h"

namespace fn::cli {

// Once, first thing: chooses the catalog. Only the message locale changes,
// never how numbers or dates are written.
void start_language();
// The sentence in the user's language.
std::string in_users_language(const Text& text);

}  // namespace fn::cli
