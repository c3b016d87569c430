#include "app/door_panel.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/dialogs.h"
#include "core/errors.h"
#include "core/family_code.h"
#include "ops/counts_ops.h"
#include "ops/door_ops.h"
#include "ops/household_ops.h"

namespace fn::app {
namespace {

wxString u(const std::string& s) { return wxString::FromUTF8(s); }

std::string students_of(const Household& h) {
    std::string out;
    for (const auto& s : h.students) out += (out.empty() ? "" : ", ") + s.first_name + " (" + s.grade + ")";
    return out;
}

}  // namespace

DoorPanel::DoorPanel(wxWindow* parent, store::Database& db, Id event_id)
    : wxPanel(parent), db_(db), event_id_(event_id) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    totals_ = new wxStaticText(this, wxID_ANY, "0");
    totals_->SetFont(totals_->GetFont().Scaled(1.6f).Bold());
    sizer->Add(totals_, 0, wxALL, 12);

    search_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    search_->SetFont(search_->GetFont().Scaled(1.8f));
    search_->SetHint(_("Type a name or scan the family code, then Enter"));
    sizer->Add(search_, 0, wxLEFT | wxRIGHT | wxEXPAND, 12);

    status_ = new wxStaticText(this, wxID_ANY, "");
    status_->SetFont(status_->GetFont().Scaled(1.3f));
    sizer->Add(status_, 0, wxALL, 12);

    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->SetFont(list_->GetFont().Scaled(1.3f));
    list_->AppendColumn(_("Family"), wxLIST_FORMAT_LEFT, 170);
    list_->AppendColumn(_("Guardians"), wxLIST_FORMAT_LEFT, 300);
    list_->AppendColumn(_("Students"), wxLIST_FORMAT_LEFT, 250);
    list_->AppendColumn(_("Code"), wxLIST_FORMAT_LEFT, 100);
    sizer->Add(list_, 1, wxLEFT | wxRIGHT | wxEXPAND, 12);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* check = new wxButton(this, wxID_ANY, _("Check in (Enter)"));
    auto* walk_in = new wxButton(this, wxID_ANY, _("Walk-in..."));
    auto* undo = new wxButton(this, wxID_UNDO, _("Undo last check-in"));
    buttons->Add(check, 0, wxRIGHT, 8);
    buttons->Add(walk_in, 0, wxRIGHT, 8);
    buttons->Add(undo, 0);
    sizer->Add(buttons, 0, wxALL, 12);
    SetSizer(sizer);

    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { on_search_changed(); });
    search_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { check_in_current(); });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { check_in_current(); });
    check->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { check_in_current(); });
    undo->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { undo_last(); });
    walk_in->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (auto code = show_walk_in_dialog(this, db_, event_id_)) {
            say(wxString::Format(_("Welcome! New family registered with code %s"), u(*code)));
            refresh_totals();
        }
        search_->SetFocus();
    });
    refresh_totals();
    search_->SetFocus();
}

wxString DoorPanel::totals_text() const { return totals_->GetLabel(); }
wxString DoorPanel::status_text() const { return status_->GetLabel(); }

void DoorPanel::relayout(wxStaticText* changed) {
    // A label that grew must claim its new size before the sizer lays out.
    wxSize extent = changed->GetTextExtent(changed->GetLabel());
    GetSizer()->SetItemMinSize(changed, extent.x + 8, extent.y + 8);
    Layout();
}

void DoorPanel::say(const wxString& text, bool problem) {
    status_->SetForegroundColour(problem ? wxColour(170, 20, 20) : wxColour(20, 110, 40));
    status_->SetLabel(text);
    relayout(status_);
}

void DoorPanel::refresh_totals() {
    auto c = ops::compute_counts(db_, event_id_);
    int families = c.turnout.attended_households + c.turnout.walk_in_households;
    totals_->SetLabel(wxString::Format(_("%d families here  |  %d adults  |  %d children  |  %d walk-ins  |  %d of %d RSVPs"),
                                       families, c.turnout.actual_adults, c.turnout.actual_children,
                                       c.turnout.walk_in_households, c.turnout.attended_households, c.rsvps.yes));
    relayout(totals_);
}

void DoorPanel::on_search_changed() {
    std::string text = search_->GetValue().utf8_string();
    try {
        results_ = ops::search_households(db_, text, 30);
    } catch (const Error& e) {
        results_.clear();
        say(u(e.what()), true);
    }
    show_results();
}

void DoorPanel::show_results() {
    list_->Freeze();
    list_->DeleteAllItems();
    for (std::size_t i = 0; i < results_.size(); ++i) {
        const auto& h = results_[i];
        long row = list_->InsertItem(static_cast<long>(i), u(h.family_name()));
        list_->SetItem(row, 1, u(h.guardian_names()));
        list_->SetItem(row, 2, u(students_of(h)));
        list_->SetItem(row, 3, u(h.code));
    }
    if (!results_.empty()) list_->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    list_->Thaw();
}

void DoorPanel::check_in_current() {
    long selected = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (results_.empty() || selected < 0) {
        say(_("No family selected: type part of a name, or register a walk-in."), true);
        return;
    }
    const Household& h = results_[static_cast<std::size_t>(selected)];
    try {
        auto c = ops::check_in(db_, event_id_, h.id, -1, -1, "door");
        last_checked_in_ = h.id;
        say(wxString::Format(_("Welcome, %s family! %d adults, %d children checked in%s"), u(h.family_name()), c.adults,
                             c.children, c.walk_in ? _(" as a walk-in") : wxString()));
        search_->ChangeValue("");
        results_.clear();
        show_results();
        refresh_totals();
    } catch (const Error& e) {
        say(u(e.what()), true);
    }
    search_->SetFocus();
}

void DoorPanel::undo_last() {
    if (!last_checked_in_) {
        say(_("Nothing to undo."), true);
        return;
    }
    try {
        ops::undo_check_in(db_, event_id_, *last_checked_in_);
        auto h = ops::load_household(db_, *last_checked_in_);
        last_checked_in_.reset();
        say(wxString::Format(_("Check-in of the %s family undone."), u(h.family_name())));
        refresh_totals();
    } catch (const Error& e) {
        say(u(e.what()), true);
    }
    search_->SetFocus();
}

}  // namespace fn::app
