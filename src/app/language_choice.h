#pragma once
// The home languages families are asked about, each named in itself so a
// family can point at theirs (never translated).
#include <string>

class wxChoice;

namespace fn::app {

void fill_language_choice(wxChoice* choice, const std::string& selected = "en");
// "(none)", then every home language but English: who needs an interpreter.
void fill_interpreter_choice(wxChoice* choice);
std::string chosen_language(const wxChoice* choice);  // the code, e.g. "es"; "" for "(none)"
bool choose_language(wxChoice* choice, const std::string& code);

}  // namespace fn::app
