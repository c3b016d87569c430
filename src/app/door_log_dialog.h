#pragma once
// The event's door log in a window: what happened at the door, when and at
// which station; any entry made by mistake can be reverted, and a refusal
// says why (children still in care, a later correction...).
#include <wx/dialog.h>

#include <functional>
#include <vector>

#include "ops/door_desk.h"
#include "ops/door_log_ops.h"

class wxListCtrl;
class wxStaticText;

namespace fn::app {

class DoorLogDialog : public wxDialog {
public:
    DoorLogDialog(wxWindow* parent, ops::DoorDesk& desk);

    void reload();
    wxListCtrl* list() const { return list_; }
    std::size_t row_count() const { return rows_.size(); }
    const ops::DoorLogLine& row(std::size_t i) const { return rows_.at(i); }
    wxString row_text(std::size_t i) const;  // the row's columns joined by " | "
    void select(std::size_t i);
    // Reverts the chosen entry once `confirm` says yes (the question names
    // the entry, the family's guardians, children and code, time and
    // station); false when not asked for or refused, with the reason shown.
    // A revert is an entry too, and can itself be reverted.
    bool revert_selected();
    std::function<bool(const wxString&)> confirm;  // tests answer without a modal dialog
    wxString error_text() const;
    // Lines of what this station keeps that the shared database has not
    // taken yet (waiting, or needing a person); 0 off a station.
    std::size_t outbox_count() const;
    // Settles the chosen line of that list that needs a person, once
    // `confirm` says yes: a walk-in registered as a new family after all,
    // or set aside as dealt with. False when not asked for or refused.
    bool decide_selected(PersonsDecision decision);
    void select_outbox(std::size_t i);
    wxString outbox_text(std::size_t i) const;

private:
    void show_outbox();
    void enable_decisions();
    ops::DoorDesk& desk_;
    std::vector<OutboxEntry> outbox_;     // as listed
    std::vector<ops::DoorLogLine> rows_;  // newest first, as shown
    wxListCtrl* list_ = nullptr;
    wxStaticText* error_ = nullptr;
};

// What one entry did, in the app's language ("checked in 2+1", "corrected 2+1 to 1+1").
wxString door_entry_text(const DoorEntry& e);

}  // namespace fn::app
