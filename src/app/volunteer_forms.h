#pragma once
// The volunteer forms (forms/volunteer_forms.xrc), each saving through one
// ops call: sign up for a shift, add a person, add a shift to a role.
#include <vector>

#include "app/form_dialog.h"
#include "core/people.h"
#include "ops/volunteer_ops.h"

class wxChoice;

namespace fn::app {

// "Volunteer": pick who and which role and shift.
class VolunteerDialog : public FormDialog {
public:
    VolunteerDialog(wxWindow* parent, store::Database& db, Id event_id, Id shift_id = 0);
    // Selects by shown text (tests and keyboard users); false when absent.
    bool choose_person(const wxString& name);

private:
    void do_save() override;
    store::Database& db_;
    std::vector<Person> people_;
    std::vector<Id> shift_ids_;
    wxChoice* person_ = nullptr;
    wxChoice* shift_ = nullptr;
};

class PersonDialog : public FormDialog {
public:
    PersonDialog(wxWindow* parent, store::Database& db);
    Id saved_id() const { return saved_; }

private:
    void do_save() override;
    store::Database& db_;
    Id saved_ = 0;
};

class ShiftDialog : public FormDialog {
public:
    ShiftDialog(wxWindow* parent, store::Database& db, Id event_id);

private:
    void do_save() override;
    store::Database& db_;
    Id event_id_;
};

// "Role 17:30-19:30 (2 of 3)": how a shift is shown in lists.
std::string shift_label(const ops::VolunteerBoard& board, const Shift& shift);

}  // namespace fn::app
