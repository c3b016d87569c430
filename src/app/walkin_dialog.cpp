#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/msgdlg.h>
#include <wx/spinctrl.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/dialogs.h"
#include "core/errors.h"
#include "ops/door_ops.h"

namespace fn::app {

std::optional<std::string> show_walk_in_dialog(wxWindow* parent, store::Database& db, Id event_id) {
    wxDialog dialog;
    if (!wxXmlResource::Get()->LoadDialog(&dialog, parent, "WalkInDialog")) return std::nullopt;
    auto* guardian = XRCCTRL(dialog, "guardian", wxTextCtrl);
    auto* student = XRCCTRL(dialog, "student", wxTextCtrl);
    auto* language = XRCCTRL(dialog, "language", wxChoice);
    auto* adults = XRCCTRL(dialog, "adults", wxSpinCtrl);
    auto* children = XRCCTRL(dialog, "children", wxSpinCtrl);
    guardian->SetFocus();
    while (dialog.ShowModal() == wxID_OK) {
        Household h;
        h.language = language->GetStringSelection().BeforeFirst(' ').utf8_string();
        h.guardians.push_back({0, guardian->GetValue().utf8_string(), "", "", ContactMethod::Paper, h.language});
        std::string kid = student->GetValue().utf8_string();
        if (!kid.empty()) h.students.push_back(parse_student_spec(kid));
        try {
            auto w = ops::register_walk_in(db, event_id, h, adults->GetValue(), children->GetValue(), "door");
            return w.family_code;
        } catch (const Error& e) {
            // Keep what was typed: the dialog opens again with the message.
            wxMessageBox(wxString::FromUTF8(e.what()), "FamilyNight", wxOK | wxICON_WARNING, &dialog);
        }
    }
    return std::nullopt;
}

}  // namespace fn::app
