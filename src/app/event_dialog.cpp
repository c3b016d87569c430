#include "app/event_dialog.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/spinctrl.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/dialogs.h"
#include "core/errors.h"
#include "ops/event_ops.h"

namespace fn::app {
namespace {
std::string text_of(const wxWindow& dialog, const char* name) {
    return static_cast<wxTextCtrl*>(wxWindow::FindWindowByName(name, const_cast<wxWindow*>(&dialog)))
        ->GetValue().Trim().Trim(false).utf8_string();
}
}  // namespace

EventDialog::EventDialog(wxWindow* parent) {
    wxXmlResource::Get()->LoadDialog(this, parent, "EventDialog");
    XRCCTRL(*this, "title", wxTextCtrl)->SetFocus();
}

Event EventDialog::read() const {
    Event e;
    e.kind = static_cast<EventKind>(XRCCTRL(*this, "kind", wxChoice)->GetSelection());  // items in enum order
    e.texts["en"] = {text_of(*this, "title"), ""};
    if (auto es = text_of(*this, "title_es"); !es.empty()) e.texts["es"] = {es, ""};
    e.date = text_of(*this, "date");
    e.start_time = text_of(*this, "start");
    e.end_time = text_of(*this, "end");
    e.place = text_of(*this, "place");
    e.rsvp_deadline = text_of(*this, "deadline");
    e.dinner = XRCCTRL(*this, "dinner", wxCheckBox)->GetValue();
    e.childcare = XRCCTRL(*this, "childcare", wxCheckBox)->GetValue();
    e.childcare_min_age = XRCCTRL(*this, "min_age", wxSpinCtrl)->GetValue();
    e.childcare_max_age = XRCCTRL(*this, "max_age", wxSpinCtrl)->GetValue();
    e.status = EventStatus::Draft;
    return e;
}

void EventDialog::set_field(const char* name, const wxString& value) {
    static_cast<wxTextCtrl*>(FindWindowByName(name, this))->SetValue(value);
}

std::optional<Id> show_new_event_dialog(wxWindow* parent, store::Database& db) {
    EventDialog dialog(parent);
    while (dialog.ShowModal() == wxID_OK) {
        try {
            return ops::create_event(db, dialog.read());
        } catch (const Error& e) {
            // Plain words, and the form stays as typed so nothing is lost.
            wxMessageBox(wxString::FromUTF8(e.what()), "FamilyNight", wxOK | wxICON_WARNING, &dialog);
        }
    }
    return std::nullopt;
}

}  // namespace fn::app
