#pragma once
// Check-in mode for the registration table: one search box with focus,
// type-ahead results, Enter checks the family in (a barcode scanner typing
// the family code plus Enter checks in at once), live totals, undo, walk-ins.
#include <wx/panel.h>

#include <optional>
#include <vector>

#include "core/household.h"

class wxTextCtrl;
class wxStaticText;
class wxListCtrl;
class wxButton;

namespace fn::store {
class Database;
}

namespace fn::app {

class DoorPanel : public wxPanel {
public:
    DoorPanel(wxWindow* parent, store::Database& db, Id event_id);

    // For tests and the frame: the widgets a volunteer uses.
    wxTextCtrl* search_box() const { return search_; }
    std::size_t result_count() const { return results_.size(); }
    wxString totals_text() const;
    wxString status_text() const;

    void refresh_totals();
    void check_in_current();  // Enter: the selected (or only) result
    void undo_last();

private:
    void on_search_changed();
    void show_results();
    void say(const wxString& text, bool problem = false);
    void relayout(wxStaticText* changed);

    store::Database& db_;
    Id event_id_;
    wxStaticText* totals_ = nullptr;
    wxStaticText* status_ = nullptr;
    wxTextCtrl* search_ = nullptr;
    wxListCtrl* list_ = nullptr;
    std::vector<Household> results_;
    std::optional<Id> last_checked_in_;
};

}  // namespace fn::app
