#include "app/language_choice.h"

#include <wx/choice.h>
#include <wx/clntdata.h>
#include <wx/intl.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>
#include <vector>

#include "app/form_dialog.h"
#include "core/labels.h"
#include "core/languages.h"

namespace fn::app {
namespace {

// The languages offered first: those FamilyNight prints in (core/labels),
// English then Spanish, then by code. Any other is typed ("Another
// language…") and read by core/languages, as a roster's cell is.
std::vector<std::string> offered_languages() {
    auto languages = languages_with_labels();
    auto rank = [](const std::string& code) { return code == "en" ? 0 : code == "es" ? 1 : 2; };
    std::stable_sort(languages.begin(), languages.end(),
                     [&](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
    return languages;
}

// Each item keeps its code; the last item, "Another language...", keeps the
// code chosen before it, so a reader of the choice never sees no language.
const wxString& code_at(const wxChoice* choice, int item) {
    return static_cast<wxStringClientData*>(choice->GetClientObject(static_cast<unsigned>(item)))->GetData();
}

int another_item(const wxChoice* choice) { return static_cast<int>(choice->GetCount()) - 1; }

void remember_chosen(wxChoice* choice, const wxString& code) {
    static_cast<wxStringClientData*>(choice->GetClientObject(static_cast<unsigned>(another_item(choice))))
        ->SetData(code);
}

// Selects the item of `code` ("" is "(none)" where there is one).
bool select_code(wxChoice* choice, const std::string& code) {
    for (int i = 0; i < another_item(choice); ++i)
        if (code_at(choice, i) == wxString::FromUTF8(code)) {
            choice->SetSelection(i);
            remember_chosen(choice, code_at(choice, i));
            return true;
        }
    return false;
}

// A language that is not offered (a roster's, or one typed), put on the
// list just above "Another language..." and chosen.
void add_and_select(wxChoice* choice, const std::string& code) {
    choice->Insert(language_label(code), static_cast<unsigned>(another_item(choice)),
                   new wxStringClientData(wxString::FromUTF8(code)));
    select_code(choice, code);
}

class LanguageDialog : public FormDialog {
public:
    explicit LanguageDialog(wxWindow* parent) : FormDialog(parent, "LanguageDialog") {
        XRCCTRL(*this, "typed", wxTextCtrl)->SetFocus();
        Fit();
    }
    const std::string& code() const { return code_; }

private:
    void do_save() override { code_ = read_language(field("typed")); }
    std::string code_;
};

// Asks for a language not on the list; Cancel goes back to the one before.
void ask_another_language(wxChoice* choice) {
    const std::string before = code_at(choice, another_item(choice)).utf8_string();
    LanguageDialog ask(wxGetTopLevelParent(choice));
    if (ask.ShowModal() != wxID_OK)
        select_code(choice, before);
    else if (!select_code(choice, ask.code()))
        add_and_select(choice, ask.code());
    // Said to the form as if the language had been picked on the list.
    wxCommandEvent chosen(wxEVT_CHOICE, choice->GetId());
    chosen.SetEventObject(choice);
    chosen.SetInt(choice->GetSelection());
    choice->GetEventHandler()->ProcessEvent(chosen);
}

void offer_another_language(wxChoice* choice) {
    choice->Append(_("Another language..."), new wxStringClientData(code_at(choice, 0)));
    choice->Bind(wxEVT_CHOICE, [choice](wxCommandEvent& event) {
        event.Skip();  // the form's own handler reads the choice too
        if (choice->GetSelection() != another_item(choice))
            remember_chosen(choice, code_at(choice, choice->GetSelection()));
        else  // after GTK has closed the list: the question is a window of its own
            choice->CallAfter([choice] { ask_another_language(choice); });
    });
}

}  // namespace

void fill_language_choice(wxChoice* choice, const std::string& selected) {
    for (const auto& code : offered_languages())
        choice->Append(language_label(code), new wxStringClientData(wxString::FromUTF8(code)));
    offer_another_language(choice);
    // A language from an imported roster that is not in the list stays as it is.
    choose_language(choice, selected);
}

void fill_interpreter_choice(wxChoice* choice) {
    choice->Append(_("(none)"), new wxStringClientData(""));
    for (const auto& code : offered_languages())  // English needs none
        if (code != "en") choice->Append(language_label(code), new wxStringClientData(wxString::FromUTF8(code)));
    offer_another_language(choice);
    choice->SetSelection(0);
}

wxString language_label(const std::string& code) { return wxString::FromUTF8(code + " " + language_in_itself(code)); }

std::string chosen_language(const wxChoice* choice) {
    const int picked = choice->GetSelection();
    if (picked == wxNOT_FOUND) return {};
    return code_at(choice, picked).utf8_string();
}

bool choose_language(wxChoice* choice, const std::string& code) {
    if (select_code(choice, code)) return true;
    if (code.empty()) return false;
    add_and_select(choice, code);
    return true;
}

}  // namespace fn::app
