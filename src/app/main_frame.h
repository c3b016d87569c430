#pragma once
// The coordinator's window: events on the left (upcoming first), the chosen
// event's live counts and check-in mode on the right.
#include <wx/frame.h>

#include <vector>

#include "core/event.h"

class wxListCtrl;
class wxNotebook;
class wxTextCtrl;

namespace fn::store {
class Database;
}

namespace fn::app {

class DoorPanel;
class FamiliesPanel;
class RsvpPanel;

class MainFrame : public wxFrame {
public:
    MainFrame(store::Database& db, const wxString& db_label);

    void select_event(std::size_t index);
    // Reloads the list and selects the event with this id.
    void show_event(Id id);
    std::size_t event_count() const { return events_.size(); }
    DoorPanel* door() const { return door_; }
    FamiliesPanel* families() const { return families_; }
    RsvpPanel* rsvps() const { return rsvps_; }
    wxString counts_text() const;

private:
    void load_events();
    void copy_current_event();
    void show_counts();

    store::Database& db_;
    std::vector<Event> events_;
    wxListCtrl* event_list_ = nullptr;
    wxNotebook* tabs_ = nullptr;
    wxTextCtrl* counts_ = nullptr;
    DoorPanel* door_ = nullptr;
    FamiliesPanel* families_ = nullptr;
    RsvpPanel* rsvps_ = nullptr;
    Id current_ = 0;
};

}  // namespace fn::app
