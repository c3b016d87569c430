#include "app/volunteer_forms.h"
#include "app/number_fields.h"

#include <wx/choice.h>
#include <wx/spinctrl.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <fmt/format.h>

#include "core/errors.h"
#include "store/text_list.h"

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
        throw ValidationError("who", "choose the person who volunteers (or add them first with Add person)");
    if (shift_->GetSelection() == wxNOT_FOUND) throw ValidationError("shift", "this event has no shifts yet; add a shift first");
    ops::sign_up_volunteer(db_, shift_ids_[static_cast<std::size_t>(shift_->GetSelection())],
                           people_[static_cast<std::size_t>(person_->GetSelection())].id);
}

PersonDialog::PersonDialog(wxWindow* parent, store::Database& db) : FormDialog(parent, "PersonDialog"), db_(db) {
    XRCCTRL(*this, "name", wxTextCtrl)->SetFocus();
    Fit();
}

void PersonDialog::do_save() {
    Person p;
    p.name = field("name");
    p.role = static_cast<PersonRole>(XRCCTRL(*this, "role", wxChoice)->GetSelection());  // items in enum order
    p.phone = field("phone");
    p.email = field("email");
    p.languages = store::split_words(field("languages"));
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
    s.start_time = field("start");
    s.end_time = field("end");
    s.needed = read_number(XRCCTRL(*this, "needed", wxSpinCtrl), _("Volunteers needed"));
    ops::add_shift_for_role(db_, role, s);
}

}  // namespace fn::app
