#pragma once
// The home languages families are asked about, each named in itself so a
// family can point at theirs (never translated).
#include <string>

class wxChoice;

namespace fn::app {

void fill_language_choice(wxChoice* choice, const std::string& selected = "en");
std::string chosen_language(const wxChoice* choice);  // the code, e.g. "es"
bool choose_language(wxChoice* choice, const std::string& code);

}  // namespace fn::app
