#pragma once
// The home languages families are asked about, each named in itself so a
// family can point at theirs (never translated).
#include <wx/string.h>

#include <string>

class wxChoice;

namespace fn::app {

void fill_language_choice(wxChoice* choice, const std::string& selected = "en");
// "(none)", then every home language but English: who needs an interpreter.
void fill_interpreter_choice(wxChoice* choice);
std::string chosen_language(const wxChoice* choice);  // the code, e.g. "es"; "" for "(none)"
// "vi Tiếng Việt" for a code in the list; the code itself otherwise.
wxString language_label(const std::string& code);
bool choose_language(wxChoice* choice, const std::string& code);

}  // namespace fn::app
