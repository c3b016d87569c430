#include "app/volunteer_forms.h"
#include "app/number_fields.h"
#include "app/translations.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/spinctrl.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <fmt/format.h>

#include "core/errors.h"
#include "ops/volunteer_edit_ops.h"
#include "core/text_list.h"

namespace fn::app {

std::string shift_label(const ops::VolunteerBoard& board, const Shift& shift) {
    std::string role;
    for (const auto& r : board.roles)
        if (r.id == shift.role_id) role = r.name;
    int signed_up = 0;
    for (const auto& c : board.shift_coverage)
        if (c.shift_id == shift.id) signed_up = c.signed_up;
    return fmt::format("{} {}-{} ({} of {})", role, shift.start_time, shift.end_time, signed_up, shift.needed);
}

VolunteerDialog::VolunteerDialog(wxWindow* parent, store::Database& db, Id event_id, Id shift_id)
    : FormDialog(parent, "VolunteerDialog"), db_(db), people_(ops::list_people(db)) {
    person_ = XRCCTRL(*this, "person", wxChoice);
    shift_ = XRCCTRL(*this, "shift", wxChoice);
    for (const auto& p : people_) person_->Append(wxString::FromUTF8(p.name));
    auto board = ops::load_volunteer_board(db, event_id);
    for (const auto& s : board.shifts) {
        shift_->Append(wxString::FromUTF8(shift_label(board, s)));
        shift_ids_.push_back(s.id);
        if (s.id == shift_id) shift_->SetSelection(static_cast<int>(shift_ids_.size()) - 1);
    }
    if (shift_->GetSelection() == wxNOT_FOUND && !shift_ids_.empty()) shift_->SetSelection(0);
    person_->SetFocus();
    Fit();
}

bool VolunteerDialog::choose_person(const wxString& name) { return person_->SetStringSelection(name); }

void VolunteerDialog::do_save() {
    if (person_->GetSelection() == wxNOT_FOUND)
        throw ValidationError(tr("who"), tr("choose the person who volunteers (or add them first with Add person)"));
    if (shift_->GetSelection() == wxNOT_FOUND)
        throw ValidationError(tr("shift"), tr("this event has no shifts yet; add a shift first"));
    const Id shift = shift_ids_[static_cast<std::size_t>(shift_->GetSelection())];
    const Id person = people_[static_cast<std::size_t>(person_->GetSelection())].id;
    try {
        ops::sign_up_volunteer(db_, shift, person);
    } catch (const ops::ShiftAlreadyFullError& full) {
        // The operation asks; the person at the screen answers.
        if (wxMessageBox(translated(full), _("The shift is full"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) !=
            wxYES)
            throw;
        ops::sign_up_volunteer(db_, shift, person, ops::ShiftNeed::BeyondNeed);
    }
}

PersonDialog::PersonDialog(wxWindow* parent, store::Database& db) : FormDialog(parent, "PersonDialog"), db_(db) {
    XRCCTRL(*this, "remove", wxButton)->Hide();
    XRCCTRL(*this, "name", wxTextCtrl)->SetFocus();
    Fit();
}

PersonDialog::PersonDialog(wxWindow* parent, store::Database& db, const Person& person)
    : FormDialog(parent, "PersonDialog"), db_(db), saved_(person.id) {
    SetTitle(wxString::FromUTF8(person.name));
    set_field("name", wxString::FromUTF8(person.name));
    XRCCTRL(*this, "role", wxChoice)->SetSelection(static_cast<int>(person.role));
    set_field("phone", wxString::FromUTF8(person.phone));
    set_field("email", wxString::FromUTF8(person.email));
    set_field("languages", wxString::FromUTF8(join_words(person.languages)));
    XRCCTRL(*this, "wxID_OK", wxButton)->SetLabel(_("Save changes"));
    XRCCTRL(*this, "remove", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (remove()) EndModal(wxID_OK);
    });
    XRCCTRL(*this, "name", wxTextCtrl)->SetFocus();
    Fit();
}

bool PersonDialog::remove() {
    return attempt([this] { ops::remove_person(db_, saved_); });
}

void PersonDialog::do_save() {
    Person p;
    p.id = saved_;
    p.name = field("name");
    p.role = static_cast<PersonRole>(XRCCTRL(*this, "role", wxChoice)->GetSelection());  // items in enum order
    p.phone = field("phone");
    p.email = field("email");
    p.languages = split_words(field("languages"));
    if (p.id)
        ops::update_person(db_, p);
    else
        saved_ = ops::add_person(db_, p);
}

ShiftDialog::ShiftDialog(wxWindow* parent, store::Database& db, Id event_id)
    : FormDialog(parent, "ShiftDialog"), db_(db), event_id_(event_id) {
    XRCCTRL(*this, "role_name", wxTextCtrl)->SetFocus();
    Fit();
}

void ShiftDialog::do_save() {
    VolunteerRole role;
    role.event_id = event_id_;
    role.name = field("role_name");
    role.kind = static_cast<VolunteerRoleKind>(XRCCTRL(*this, "kind", wxChoice)->GetSelection());
    Shift s;
    s.start_time = time_field("start");
    s.end_time = time_field("end");
    s.needed = read_number(XRCCTRL(*this, "needed", wxSpinCtrl), _("Volunteers needed"));
    ops::add_shift_for_role(db_, role, s);
}

ShiftEditDialog::ShiftEditDialog(wxWindow* parent, store::Database& db, Id shift_id)
    : FormDialog(parent, "ShiftEditDialog"), db_(db), shift_(ops::load_shift(db, shift_id)) {
    set_field("start", wxString::FromUTF8(shift_.start_time));
    set_field("end", wxString::FromUTF8(shift_.end_time));
    XRCCTRL(*this, "needed", wxSpinCtrl)->SetValue(shift_.needed);
    load_people();
    confirm = [this](const wxString& question) {
        return wxMessageBox(question, _("Remove shift"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) == wxYES;
    };
    XRCCTRL(*this, "cancel_signup", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        int row = XRCCTRL(*this, "people", wxListBox)->GetSelection();
        if (row != wxNOT_FOUND) cancel_signup(static_cast<std::size_t>(row));
    });
    XRCCTRL(*this, "remove", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (remove()) EndModal(wxID_OK);
    });
    Fit();
}

void ShiftEditDialog::load_people() {
    people_.clear();
    auto* list = XRCCTRL(*this, "people", wxListBox);
    list->Clear();
    for (const auto& p : ops::people_on_shift(db_, shift_.id)) {
        people_.push_back(p);
        list->Append(wxString::FromUTF8(p.name));
    }
    XRCCTRL(*this, "cancel_signup", wxButton)->Enable(!people_.empty());
}

void ShiftEditDialog::do_save() {
    Shift s = shift_;
    s.start_time = time_field("start");
    s.end_time = time_field("end");
    s.needed = read_number(XRCCTRL(*this, "needed", wxSpinCtrl), _("People needed"));
    ops::update_shift(db_, s);
}

bool ShiftEditDialog::cancel_signup(std::size_t person_row) {
    if (person_row >= people_.size()) return false;
    bool done = attempt([&] { ops::cancel_volunteer_signup(db_, shift_.id, people_[person_row].id); });
    if (done) load_people();
    return done;
}

bool ShiftEditDialog::remove() {
    if (!people_.empty()) {
        wxString names;
        for (const auto& p : people_) names += "\n    " + wxString::FromUTF8(p.name);
        if (!confirm(wxString::Format(_("Remove this shift? These people are signed up for it; tell them:%s"), names)))
            return false;
    }
    return attempt([this] { ops::remove_shift(db_, shift_.id); });
}

}  // namespace fn::app
