#include "app/door_forms.h"
#include "app/number_fields.h"

#include <wx/choicdlg.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/language_choice.h"
#include "core/errors.h"
#include "ops/childcare_ops.h"
#include "ops/door_log_ops.h"
#include "ops/door_ops.h"
#include "ops/household_ops.h"

namespace fn::app {

WalkInDialog::WalkInDialog(wxWindow* parent, ops::DoorDesk& desk)
    : FormDialog(parent, "WalkInDialog"), desk_(desk), operation_id_(ops::new_operation_id()) {
    fill_language_choice(XRCCTRL(*this, "language", wxChoice));
    choose_existing = [this](const std::vector<Household>& matches) {
        wxArrayString lines;
        for (const auto& m : matches) {
            wxString students;
            for (const auto& s : m.students)
                students += (students.empty() ? "" : ", ") +
                            wxString::FromUTF8(s.first_name + " " + s.last_name + " (" + s.grade + ")");
            lines.Add(wxString::FromUTF8(m.family_name() + ": " + m.guardian_names()) +
                      (students.empty() ? wxString() : " - " + students) + " - " + wxString::FromUTF8(m.code));
        }
        lines.Add(_("None of these: register a new family"));
        wxSingleChoiceDialog ask(this,
                                 _("This family may already be in the directory. Check in the family you choose:"),
                                 _("Already in the directory?"), lines);
        ask.SetSelection(0);                         // Enter takes the most likely family
        ask.SetSize(ask.FromDIP(wxSize(680, 340)));  // every choice visible, "a new family" included
        if (ask.ShowModal() != wxID_OK) return kKeepEditing;
        int chosen = ask.GetSelection();
        return chosen == static_cast<int>(matches.size()) ? kNewFamily : chosen;
    };
    XRCCTRL(*this, "guardian", wxTextCtrl)->SetFocus();
    Fit();
}

void WalkInDialog::set_count(const char* name, int value) { XRCCTRL(*this, name, wxSpinCtrl)->SetValue(value); }

bool WalkInDialog::choose_language(const wxString& code) {
    return app::choose_language(XRCCTRL(*this, "language", wxChoice), code.utf8_string());
}

void WalkInDialog::do_save() {
    Household h;
    h.language = chosen_language(XRCCTRL(*this, "language", wxChoice));
    h.guardians.push_back({0, field("guardian"), "", "", ContactMethod::Paper, h.language});
    if (auto kid = field("student"); !kid.empty()) h.students.push_back(parse_student_spec(kid));
    int adults = read_number(XRCCTRL(*this, "adults", wxSpinCtrl), _("Adults"));
    int children = read_number(XRCCTRL(*this, "children", wxSpinCtrl), _("Children"));
    took_existing_ = false;
    // The operation looks for a family already in the directory in the same
    // write as the new household; the volunteer chooses among what it found.
    try {
        saved_ = desk_.walk_in(h, adults, children, ops::WalkInRule::RefuseLikelySame, operation_id_);
        return;
    } catch (const ops::LikelySameFamilyError& same) {
        const auto& matches = same.matches();
        int choice = choose_existing(matches);
        if (choice == kKeepEditing)
            throw Error(_("Not saved yet: take the family from the list, or register a new one.").utf8_string());
        if (choice >= 0 && static_cast<std::size_t>(choice) < matches.size()) {
            const Household& found = matches[static_cast<std::size_t>(choice)];
            saved_.household_id = found.id;
            saved_.family_code = found.code;
            saved_.check_in = desk_.check_in(found.id, adults, children, operation_id_);
            took_existing_ = true;
            return;
        }
    }
    saved_ = desk_.walk_in(h, adults, children, ops::WalkInRule::NewFamilyConfirmed, operation_id_);
}

ChildcareDialog::ChildcareDialog(wxWindow* parent, ops::DoorDesk& desk, const Household& family, int children)
    : FormDialog(parent, "ChildcareDialog"), desk_(desk), household_id_(family.id) {
    auto* label = XRCCTRL(*this, "family", wxStaticText);
    label->SetLabel(wxString::Format(_("%s family (%s)"), wxString::FromUTF8(family.family_name()),
                                     wxString::FromUTF8(family.guardian_names())));
    label->SetFont(label->GetFont().Bold());
    set_children(children < 1 ? 1 : children);
    XRCCTRL(*this, "children", wxSpinCtrl)->SetFocus();
    Fit();
}

void ChildcareDialog::set_children(int value) { XRCCTRL(*this, "children", wxSpinCtrl)->SetValue(value); }

void ChildcareDialog::do_save() {
    saved_ = desk_.drop_off(household_id_, read_number(XRCCTRL(*this, "children", wxSpinCtrl), _("Children")),
                            field("code"));
}

PickupDialog::PickupDialog(wxWindow* parent, ops::DoorDesk& desk) : FormDialog(parent, "PickupDialog"), desk_(desk) {
    auto room = ops::load_childcare_room(desk_.reads(), desk_.event_id());
    auto* list = XRCCTRL(*this, "in_care", wxListBox);
    for (const auto& d : room.in_care) {
        auto h = ops::load_household(desk_.reads(), d.household_id);
        list->Append(wxString::Format(
            wxPLURAL("%s family: %d child, since %s", "%s family: %d children, since %s", d.children),
            wxString::FromUTF8(h.family_name()), d.children, wxString::FromUTF8(d.dropped_at.substr(11, 5))));
    }
    in_care_ = room.in_care.size();
    if (room.in_care.empty()) list->Append(_("(nobody is in childcare)"));
    XRCCTRL(*this, "code", wxTextCtrl)->SetFocus();
    Fit();
}

void PickupDialog::do_save() { saved_ = desk_.pick_up(field("code")); }

}  // namespace fn::app
