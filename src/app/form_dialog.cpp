#include "app/form_dialog.h"
#include "app/form_loading.h"
#include "app/number_fields.h"

#include <wx/button.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/app_icons.h"
#include "app/translations.h"
#include "core/errors.h"
#include "core/typed_time.h"

namespace fn::app {
namespace {
wxTextCtrl* text_field(const wxWindow& dialog, const char* name) {
    auto* field = wxDynamicCast(wxWindow::FindWindowByName(name, const_cast<wxWindow*>(&dialog)), wxTextCtrl);
    wxASSERT_MSG(field, wxString("no text field named ") + name);
    return field;
}
}  // namespace

FormDialog::FormDialog(wxWindow* parent, const char* xrc_name) {
    load_dialog(this, parent, xrc_name);
    SetIcons(app_icons());
    guard_number_fields(this);
    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            if (save()) EndModal(wxID_OK);
        },
        wxID_OK);
}

bool FormDialog::save() {
    return attempt([this] { do_save(); });
}

bool FormDialog::attempt(const std::function<void()>& work) {
    auto* error = XRCCTRL(*this, "error", wxStaticText);
    try {
        work();
        error->SetLabel("");
        return true;
    } catch (const Error& e) {
        error->SetLabel(translated(e));
        error->Wrap(GetClientSize().GetWidth() - 24);
        Layout();
        Fit();
        return false;
    }
}

wxString FormDialog::error_text() const { return XRCCTRL(*this, "error", wxStaticText)->GetLabel(); }

void FormDialog::set_field(const char* name, const wxString& value) { text_field(*this, name)->SetValue(value); }

// Showing what was understood changes the text shown, not what the form
// holds: the value read is the same either way (hence const).
std::string FormDialog::date_field(const char* name) const {
    std::string typed = field(name);
    auto date = read_typed_date(typed, date_order_of(current_language().utf8_string()));
    if (!date) return typed;
    if (*date != typed) text_field(*this, name)->ChangeValue(wxString::FromUTF8(*date));
    return *date;
}

std::string FormDialog::time_field(const char* name) const {
    std::string typed = field(name);
    auto time = read_typed_time(typed);
    if (!time) return typed;
    if (*time != typed) text_field(*this, name)->ChangeValue(wxString::FromUTF8(*time));
    return *time;
}

std::string FormDialog::field(const char* name) const {
    return text_field(*this, name)->GetValue().Trim().Trim(false).utf8_string();
}

}  // namespace fn::app
