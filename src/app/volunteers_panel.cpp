#include "app/volunteers_panel.h"
#include "app/tones.h"
#include "app/form_loading.h"

#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include <map>

#include "app/volunteer_forms.h"
#include "ops/volunteer_ops.h"

namespace fn::app {

VolunteersPanel::VolunteersPanel(wxWindow* parent, store::Database& db, Id event_id) : db_(db), event_id_(event_id) {
    load_panel(this, parent, "VolunteersPanel");  // forms/planning_panels.xrc
    auto* volunteer = XRCCTRL(*this, "volunteer", wxButton);
    auto* person = XRCCTRL(*this, "add_person", wxButton);
    auto* shift = XRCCTRL(*this, "add_shift", wxButton);
    summary_ = XRCCTRL(*this, "summary", wxStaticText);
    list_ = XRCCTRL(*this, "shifts", wxListCtrl);
    list_->AppendColumn(_("Role"), wxLIST_FORMAT_LEFT, 190);
    list_->AppendColumn(_("Shift"), wxLIST_FORMAT_LEFT, 110);
    list_->AppendColumn(_("Needed"), wxLIST_FORMAT_RIGHT, 70);
    list_->AppendColumn(_("Signed up"), wxLIST_FORMAT_RIGHT, 85);
    list_->AppendColumn(_("Short"), wxLIST_FORMAT_RIGHT, 60);
    list_->AppendColumn(_("Who"), wxLIST_FORMAT_LEFT, 520);

    auto selected_shift = [this] {
        long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
        return row < 0 ? Id{0} : shift_ids_[static_cast<std::size_t>(row)];
    };
    volunteer->Bind(wxEVT_BUTTON, [this, selected_shift](wxCommandEvent&) {
        VolunteerDialog dialog(this, db_, event_id_, selected_shift());
        run(dialog);
    });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) {
        VolunteerDialog dialog(this, db_, event_id_, shift_ids_[static_cast<std::size_t>(e.GetIndex())]);
        run(dialog);
    });
    person->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        PersonDialog dialog(this, db_);
        run(dialog);
    });
    shift->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        ShiftDialog dialog(this, db_, event_id_);
        run(dialog);
    });
    XRCCTRL(*this, "change_person", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        auto people = ops::list_people(db_);
        if (people.empty()) {
            say_problem(_("There is nobody to change yet: add a person with Add person."));
            return;
        }
        wxArrayString names;
        for (const auto& p : people) names.Add(wxString::FromUTF8(p.name));
        wxSingleChoiceDialog choose(this, _("Whose details?"), _("Change person"), names);
        if (choose.ShowModal() != wxID_OK) return;
        PersonDialog dialog(this, db_, people[static_cast<std::size_t>(choose.GetSelection())]);
        run(dialog);
    });
    XRCCTRL(*this, "change_shift", wxButton)->Bind(wxEVT_BUTTON, [this, selected_shift](wxCommandEvent&) {
        Id shift_id = selected_shift();
        if (!shift_id) {  // said, never a button that does nothing
            say_problem(shift_ids_.empty() ? _("There is no shift to change yet: add one with Add shift.")
                                           : _("Choose a shift in the list first, then Change shift."));
            if (!shift_ids_.empty()) list_->SetFocus();
            return;
        }
        ShiftEditDialog dialog(this, db_, shift_id);
        dialog.ShowModal();
        reload();  // a cancelled sign-up counts even when the form is closed without saving
    });
    reload();
}

void VolunteersPanel::run(FormDialog& dialog) {
    if (dialog.ShowModal() != wxID_OK) return;
    reload();
}

void VolunteersPanel::reload() {
    auto board = ops::load_volunteer_board(db_, event_id_);
    std::map<Id, std::string> names, roles;
    for (const auto& p : ops::list_people(db_)) names[p.id] = p.name;
    for (const auto& r : board.roles) roles[r.id] = r.name;
    list_->DeleteAllItems();
    shift_ids_.clear();
    int short_total = 0, needed_total = 0, filled_total = 0, over_total = 0;
    for (const auto& s : board.shifts) {
        const ShiftCoverage* cover = nullptr;
        for (const auto& c : board.shift_coverage)
            if (c.shift_id == s.id) cover = &c;
        std::string who;
        for (const auto& su : board.signups)
            if (su.shift_id == s.id) who += (who.empty() ? "" : ", ") + names[su.person_id];
        int signed_up = cover ? cover->signed_up : 0, shortfall = cover ? cover->shortfall() : s.needed;
        long row = list_->InsertItem(list_->GetItemCount(), wxString::FromUTF8(roles[s.role_id]));
        list_->SetItem(row, 1, wxString::FromUTF8(s.start_time + "-" + s.end_time));
        list_->SetItem(row, 2, wxString::Format("%d", s.needed));
        list_->SetItem(row, 3, wxString::Format("%d", signed_up));
        list_->SetItem(row, 4, shortfall ? wxString::Format("%d", shortfall) : wxString());
        list_->SetItem(row, 5, wxString::FromUTF8(who));
        // Shortfalls stand out; covered shifts stay plain.
        if (shortfall) list_->SetItemBackgroundColour(row, wxColour(255, 224, 224));
        shift_ids_.push_back(s.id);
        short_total += shortfall;
        needed_total += s.needed;
        filled_total += cover ? cover->filled() : 0;
        over_total += cover ? cover->over() : 0;
    }
    wxString summary =
        board.shifts.empty()
            ? _("No volunteer shifts yet: add one (childcare, dinner, greeters, interpreters, set-up).")
            : wxString::Format(_("%d of %d places filled; %d still needed"), filled_total, needed_total, short_total);
    if (over_total)
        summary << "; "
                << wxString::Format(wxPLURAL("%d over what a shift needs", "%d over what shifts need", over_total),
                                    over_total);
    // The counts' headings whole in every language ("Necesarios" was cut at 70 pixels).
    for (int column = 1; column <= 4; ++column) list_->SetColumnWidth(column, wxLIST_AUTOSIZE_USEHEADER);
    summary_->SetForegroundColour(GetForegroundColour());
    summary_->SetLabel(summary);
    Layout();
}

void VolunteersPanel::say_problem(const wxString& text) {
    show_tone(summary_, Tone::Problem);
    summary_->SetLabel(text);
    Layout();
}

wxString VolunteersPanel::row_text(long row) const {
    wxString text;
    for (int c = 0; c < list_->GetColumnCount(); ++c) text << (c ? " | " : "") << list_->GetItemText(row, c);
    return text;
}

wxString VolunteersPanel::summary_text() const { return summary_->GetLabel(); }

}  // namespace fn::app
