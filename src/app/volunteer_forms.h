#pragma once
// The volunteer forms (forms/volunteer_forms.xrc), each saving through one
// ops call: sign up for a shift, add a person, add a shift to a role.
#include <functional>
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
    // An existing person: change, or remove (refused while they present a
    // workshop or have a shift, saying which).
    PersonDialog(wxWindow* parent, store::Database& db, const Person& person);
    Id saved_id() const { return saved_; }
    bool remove();

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

// An existing shift: change its times and needed, cancel a sign-up, or
// remove it (confirmed, naming the people to tell).
class ShiftEditDialog : public FormDialog {
public:
    ShiftEditDialog(wxWindow* parent, store::Database& db, Id shift_id);
    std::size_t people_count() const { return people_.size(); }
    // The buttons' actions: false, with the reason in the form, when refused.
    bool cancel_signup(std::size_t person_row);
    bool remove();
    // Asked before removing a shift with people on it (tests answer).
    std::function<bool(const wxString&)> confirm;

private:
    void do_save() override;
    void load_people();
    store::Database& db_;
    Shift shift_;
    std::vector<Person> people_;
};

// "Role 17:30-19:30 (2 of 3)": how a shift is shown in lists.
std::string shift_label(const ops::VolunteerBoard& board, const Shift& shift);

}  // namespace fn::app
