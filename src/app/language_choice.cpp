#include "app/language_choice.h"

#include <wx/choice.h>
#include <wx/intl.h>

namespace fn::app {
namespace {
// Code, then the language's name in itself.
const char* const kHomeLanguages[] = {"en English",        "es Español",   "vi Tiếng Việt", "zh 中文",
                                      "ht Kreyòl ayisyen", "pt Português", "ru Русский",    "so Soomaali",
                                      "tl Tagalog",        "ar العربية",   "ko 한국어",     "fa فارسی",
                                      "ne नेपाली",          "ur اردو"};
}  // namespace

void fill_language_choice(wxChoice* choice, const std::string& selected) {
    for (const char* name : kHomeLanguages) choice->Append(wxString::FromUTF8(name));
    // A language from an imported roster that is not in the list stays as it is.
    if (!choose_language(choice, selected)) {
        choice->Append(wxString::FromUTF8(selected));
        choice->SetSelection(static_cast<int>(choice->GetCount()) - 1);
    }
}

void fill_interpreter_choice(wxChoice* choice) {
    choice->Append(_("(none)"));
    for (const char* name : kHomeLanguages)
        if (std::string(name).rfind("en ", 0) != 0) choice->Append(wxString::FromUTF8(name));  // English needs none
    choice->SetSelection(0);
}

wxString language_label(const std::string& code) {
    for (const char* name : kHomeLanguages)
        if (std::string(name).rfind(code + " ", 0) == 0) return wxString::FromUTF8(name);
    return wxString::FromUTF8(code);
}

std::string chosen_language(const wxChoice* choice) {
    if (choice->GetStringSelection() == _("(none)")) return {};
    return choice->GetStringSelection().BeforeFirst(' ').utf8_string();
}

bool choose_language(wxChoice* choice, const std::string& code) {
    for (unsigned i = 0; i < choice->GetCount(); ++i)
        if (choice->GetString(i).BeforeFirst(' ') == wxString::FromUTF8(code)) {
            choice->SetSelection(static_cast<int>(i));
            return true;
        }
    return false;
}

}  // namespace fn::app
