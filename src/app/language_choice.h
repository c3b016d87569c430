#pragma once
// The home languages families are asked about, each named in itself so a
// family can point at theirs (never translated): those FamilyNight prints
// in, then "Another language…", which asks for any other by its name or
// code (read by core/languages, as a roster's cell is).
#include <wx/string.h>

#include <string>

class wxChoice;

namespace fn::app {

void fill_language_choice(wxChoice* choice, const std::string& selected = "en");
// "(none)", then every home language but English: who needs an interpreter.
void fill_interpreter_choice(wxChoice* choice);
std::string chosen_language(const wxChoice* choice);  // the code, e.g. "es"; "" for "(none)"
// "vi Tiếng Việt": the code and the language's name in itself.
wxString language_label(const std::string& code);
// Chooses `code`, put on the list first when it is not there (a roster's
// language); "" chooses "(none)" where there is one.
bool choose_language(wxChoice* choice, const std::string& code);

}  // namespace fn::app
