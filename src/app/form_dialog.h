#pragma once
// Base of the app's forms: loads a dialog from forms/*.xrc, saves when OK is
// pressed and closes only if the save went through; a refusal is shown in
// the form's red "error" line and everything typed stays.
#include <wx/dialog.h>

#include <functional>

namespace fn::app {

class FormDialog : public wxDialog {
public:
    // Runs the save; false (with the reason shown) when it was refused.
    bool save();
    wxString error_text() const;
    // A text field by its XRC name.
    void set_field(const char* name, const wxString& value);
    std::string field(const char* name) const;  // trimmed, UTF-8
    // A date or time field as people type it ("12/10/2026", "7:30 pm"),
    // stored form ("2026-12-10", "19:30"); the field then shows what was
    // understood. Text that is no date or time comes back as typed, for
    // the validation to refuse with the field named.
    std::string date_field(const char* name) const;
    std::string time_field(const char* name) const;

protected:
    FormDialog(wxWindow* parent, const char* xrc_name);
    // Does the work through an ops function; throws fn::Error to refuse.
    virtual void do_save() = 0;
    // Runs another action of the form (e.g. Remove) the same way as saving:
    // a refusal is shown in the form's error line and the form stays open.
    bool attempt(const std::function<void()>& work);
};

}  // namespace fn::app
