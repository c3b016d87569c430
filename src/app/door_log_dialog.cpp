#include "app/door_log_dialog.h"
#include "app/form_loading.h"

#include "app/wx_text.h"
#include "app/translations.h"

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "app/family_line.h"
#include "core/errors.h"
#include "ops/door_station.h"

namespace fn::app {
namespace {}  // namespace

wxString door_entry_text(const DoorEntry& e) { return translated(ops::describe(e)); }

DoorLogDialog::DoorLogDialog(wxWindow* parent, ops::DoorDesk& desk) : desk_(desk) {
    load_dialog(this, parent, "DoorLogDialog");  // forms/door_log_dialog.xrc
    list_ = XRCCTRL(*this, "entries", wxListCtrl);
    error_ = XRCCTRL(*this, "error", wxStaticText);
    list_->AppendColumn(_("No."), wxLIST_FORMAT_RIGHT, 50);
    list_->AppendColumn(_("Time"), wxLIST_FORMAT_LEFT, 60);
    list_->AppendColumn(_("Station"), wxLIST_FORMAT_LEFT, 110);
    list_->AppendColumn(_("What"), wxLIST_FORMAT_LEFT, 170);
    // The code first: on a 1024-pixel screen the family's line may be cut at its end.
    list_->AppendColumn(_("Code"), wxLIST_FORMAT_LEFT, 80);
    list_->AppendColumn(_("Family"), wxLIST_FORMAT_LEFT, 420);
    list_->AppendColumn(_("Reverted"), wxLIST_FORMAT_LEFT, 110);
    XRCCTRL(*this, "revert", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { revert_selected(); });
    XRCCTRL(*this, "new_family", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        decide_selected(PersonsDecision::NewFamily);
    });
    XRCCTRL(*this, "set_aside", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        decide_selected(PersonsDecision::SetAside);
    });
    XRCCTRL(*this, "outbox", wxListBox)->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { enable_decisions(); });
    list_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        if (e.GetKeyCode() == WXK_DELETE)
            revert_selected();
        else
            e.Skip();
    });
    confirm = [this](const wxString& question) {
        return wxMessageBox(question, _("Door log"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) == wxYES;
    };
    reload();
    // Fits the screen it opens on (a 1024x600 laptop included).
    SetSize(FromDIP(wxSize(960, 460)));
    SetMinSize(FromDIP(wxSize(480, 300)));
    CentreOnParent();
    list_->SetFocus();
}

void DoorLogDialog::reload() {
    rows_ = ops::door_log(desk_.reads(), desk_.event_id());
    show_outbox();
    std::reverse(rows_.begin(), rows_.end());  // newest first: the mistake is usually recent
    list_->DeleteAllItems();
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const DoorEntry& e = rows_[i].entry;
        long row = list_->InsertItem(static_cast<long>(i), wxString::Format("%lld", static_cast<long long>(e.id)));
        list_->SetItem(row, 1, hhmm(e.at));
        list_->SetItem(row, 2, u(e.station));
        list_->SetItem(row, 3, door_entry_text(e));
        list_->SetItem(row, 4, u(rows_[i].code));
        // Guardians, children and code: two families of one name are told apart.
        list_->SetItem(row, 5, family_line(rows_[i].household));
        list_->SetItem(
            row, 6,
            e.reverted() ? wxString::Format(_("yes (no. %lld)"), static_cast<long long>(e.reverted_by)) : wxString());
        if (e.reverted() || e.action == DoorAction::Revert) list_->SetItemTextColour(row, wxColour(120, 120, 120));
    }
    if (!rows_.empty()) select(0);
}

wxString DoorLogDialog::row_text(std::size_t i) const {
    wxString out;
    for (int c = 0; c < list_->GetColumnCount(); ++c)
        out += (c ? " | " : "") + list_->GetItemText(static_cast<long>(i), c);
    return out;
}

void DoorLogDialog::select(std::size_t i) {
    list_->SetItemState(static_cast<long>(i), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                        wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    list_->EnsureVisible(static_cast<long>(i));
}

namespace {

// An outbox entry's action, as the volunteer calls it.
wxString action_word(DoorAction action) {
    switch (action) {
        case DoorAction::CheckIn:
            return _("check-in");
        case DoorAction::WalkIn:
            return _("walk-in");
        case DoorAction::Adjust:
            return _("correction");
        case DoorAction::DropOff:
            return _("childcare drop-off");
        case DoorAction::PickUp:
            return _("childcare pickup");
        case DoorAction::Revert:
            return _("revert");
        case DoorAction::AlsoCheckedIn:
            return _("also checked in");
    }
    return {};
}

}  // namespace

void DoorLogDialog::show_outbox() {
    auto* heading = XRCCTRL(*this, "outbox_heading", wxStaticText);
    auto* box = XRCCTRL(*this, "outbox", wxListBox);
    box->Clear();
    outbox_.clear();
    if (auto* station = desk_.door_station())
        for (auto& e : station->outbox()) {
            if (e.state == OutboxState::Sent || e.state == OutboxState::SetAside) continue;
            wxString what = e.state == OutboxState::Waiting
                                ? _("waiting to be sent")
                                : wxString::Format(_("needs a person: %s"), translated(e.outcome));
            box->Append(wxString::Format(wxS("%s  %s  %s  \u2014  %s"), hhmm(e.typed_at), action_word(e.action),
                                         u(ops::entry_family(e)), what));
            outbox_.push_back(std::move(e));
        }
    const bool any = box->GetCount() > 0;
    bool needs_person = false;
    for (const auto& e : outbox_) needs_person |= e.state == OutboxState::NeedsPerson;
    auto* new_family = XRCCTRL(*this, "new_family", wxButton);
    auto* set_aside = XRCCTRL(*this, "set_aside", wxButton);
    if (heading->IsShown() != any || box->IsShown() != any || set_aside->IsShown() != needs_person) {
        heading->Show(any);
        box->Show(any);
        new_family->Show(needs_person);
        set_aside->Show(needs_person);
        Layout();
    }
    // The first line that needs a person is chosen, ready for its buttons.
    for (std::size_t i = 0; i < outbox_.size(); ++i)
        if (outbox_[i].state == OutboxState::NeedsPerson) {
            box->SetSelection(static_cast<int>(i));
            break;
        }
    enable_decisions();
}

void DoorLogDialog::enable_decisions() {
    auto* box = XRCCTRL(*this, "outbox", wxListBox);
    const int chosen = box->GetSelection();
    // A line longer than the list is wide is read whole under the pointer.
    box->SetToolTip(chosen == wxNOT_FOUND ? wxString() : box->GetString(static_cast<unsigned>(chosen)));
    const OutboxEntry* e = chosen == wxNOT_FOUND ? nullptr : &outbox_.at(static_cast<std::size_t>(chosen));
    const bool needs_person = e && e->state == OutboxState::NeedsPerson;
    XRCCTRL(*this, "set_aside", wxButton)->Enable(needs_person);
    XRCCTRL(*this, "new_family", wxButton)->Enable(needs_person && e->action == DoorAction::WalkIn);
}

void DoorLogDialog::select_outbox(std::size_t i) {
    XRCCTRL(*this, "outbox", wxListBox)->SetSelection(static_cast<int>(i));
    enable_decisions();
}

wxString DoorLogDialog::outbox_text(std::size_t i) const {
    return XRCCTRL(*this, "outbox", wxListBox)->GetString(static_cast<unsigned>(i));
}

bool DoorLogDialog::decide_selected(PersonsDecision decision) {
    const int chosen = XRCCTRL(*this, "outbox", wxListBox)->GetSelection();
    if (chosen == wxNOT_FOUND) return false;
    const OutboxEntry& e = outbox_.at(static_cast<std::size_t>(chosen));
    if (e.state != OutboxState::NeedsPerson) return false;
    const wxString line = outbox_text(static_cast<std::size_t>(chosen));
    const wxString question =
        decision == PersonsDecision::NewFamily
            ? wxString::Format(_("Register this walk-in as a new family, although the directory may have it?\n\n%s"),
                               line)
            : wxString::Format(_("Set this line aside as dealt with? It is kept, and no longer listed.\n\n%s"), line);
    if (!confirm(question)) return false;
    try {
        desk_.decide(e.seq, decision);
        error_->SetLabel("");
        reload();
        return true;
    } catch (const Error& refused) {
        error_->SetLabel(translated(refused));
        error_->Wrap(GetClientSize().x - 24);
        Layout();
        return false;
    }
}

std::size_t DoorLogDialog::outbox_count() const { return XRCCTRL(*this, "outbox", wxListBox)->GetCount(); }

wxString DoorLogDialog::error_text() const { return error_->GetLabel(); }

bool DoorLogDialog::revert_selected() {
    long selected = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (selected < 0) return false;
    const auto& line = rows_[static_cast<std::size_t>(selected)];
    Id entry = line.entry.id;
    // Asked first, naming the family as the volunteer knows it.
    wxString question = wxString::Format(_("Revert \"%s\" of %s at %s (%s)?"), door_entry_text(line.entry),
                                         family_line(line.household), hhmm(line.entry.at), u(line.entry.station));
    if (!confirm(question)) return false;
    try {
        desk_.revert(entry);
        error_->SetLabel("");
        reload();
        for (std::size_t i = 0; i < rows_.size(); ++i)
            if (rows_[i].entry.id == entry) select(i);
        return true;
    } catch (const Error& e) {
        error_->SetLabel(translated(e));  // the reason, where the volunteer is looking
        error_->Wrap(GetClientSize().x - 24);
        Layout();
        return false;
    }
}

}  // namespace fn::app
