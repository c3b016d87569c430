#pragma once
// The RSVPs entered for an event: searchable, sortable by any column, each
// with how it came in and when; one is opened on the slip to be corrected,
// or cancelled (the families moved up from a waitlist are named).
#include <wx/dialog.h>

#include <functional>
#include <vector>

#include "ops/rsvp_ops.h"

class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace fn::app {

class RsvpListDialog : public wxDialog {
public:
    RsvpListDialog(wxWindow* parent, store::Database& db, Id event_id);

    wxTextCtrl* search_box() const { return search_; }
    std::size_t row_count() const { return rows_.size(); }
    wxString row_text(std::size_t row) const;  // the row's columns joined by " | "
    void select(std::size_t row);
    void sort_by(int column);  // a click on a column's header; again reverses
    // The family whose RSVP was chosen to open on the slip (0: none).
    Id chosen_household() const { return chosen_; }
    // Cancel (the button): false, with the reason shown, when refused.
    bool cancel_selected();
    wxString message_text() const;
    // Asked before cancelling (tests answer).
    std::function<bool(const wxString&)> confirm;

private:
    void reload();
    void show();
    long selected() const;

    store::Database& db_;
    Id event_id_;
    std::vector<ops::RsvpLine> rows_;
    int sort_column_ = 0;
    bool descending_ = false;
    Id chosen_ = 0;
    wxTextCtrl* search_ = nullptr;
    wxListCtrl* list_ = nullptr;
    wxStaticText* message_ = nullptr;
};

}  // namespace fn::app
