#pragma once
// Check-in mode for the registration table: one search box with focus,
// type-ahead results, Enter checks the family in (a barcode scanner typing
// the family code plus Enter checks in at once), live totals, adjust the
// numbers, undo, walk-ins, childcare drop-off and pickup by code, and a
// head counter for walk-in rallies. Large type in full-window door mode.
#include <wx/panel.h>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "core/childcare_dropoff.h"
#include "core/event.h"
#include "core/household.h"
#include "app/fixed_lines.h"
#include "app/station_link.h"
#include "core/rules/door_match.h"

class wxListCtrl;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace fn::ops {
struct WalkIn;
class DoorDesk;
class DoorStation;
}  // namespace fn::ops
namespace fn::store {
class Database;
}

namespace fn::app {

class DoorPanel : public wxPanel {
public:
    DoorPanel(wxWindow* parent, store::Database& db, Id event_id);
    ~DoorPanel() override;

    // On a shared database: from now on the door works from this station's
    // copy of tonight's door list and its outbox (ops/door_station.h), kept
    // in step by a thread of its own (StationLink), so neither typing nor a
    // check-in waits for the network, and the door keeps working without
    // the server. Door mode (F11) starts it. Nothing on a SQLite file.
    void keep_door_list();
    bool keeps_door_list() const { return link_ != nullptr; }
    // The top line: the event, or the station's state when it matters
    // ("Working offline: 7 door actions waiting to be sent").
    wxString event_text() const;
    // What the station's link last said (tests wait on it).
    const std::optional<StationNews>& station_news() const { return station_news_; }

    // The widgets and texts a volunteer uses (tests read them too).
    wxTextCtrl* search_box() const { return search_; }
    std::size_t result_count() const { return results_.size(); }
    wxString totals_text() const;
    wxString status_text() const;
    wxString childcare_text() const;
    wxString rally_text() const;

    // The row's family and what the volunteer sees about it tonight.
    const DoorCandidate& result(std::size_t row) const { return results_.at(row); }
    wxString result_status(std::size_t row) const;

    void refresh_totals();
    // Re-reads totals and the current matches (a change anywhere, or another
    // station's check-in); the typed text and the chosen family stay.
    void refresh();
    // Enter: the selected (or only) result. A family without a yes RSVP is
    // checked in only after `confirm` says so; an arrived family is not
    // checked in twice but chosen for a correction (F4).
    void check_in_current();
    // Asked before a check-in the volunteer may not mean (tests answer).
    std::function<bool(const wxString&)> confirm;
    // Shows a new pickup code in large type until dismissed (tests collect).
    std::function<void(const wxString& code, const wxString& text)> show_pickup_code;
    void undo_last();
    // Every door action of the event, any of which can be reverted (F9).
    void show_door_log();
    // Corrects how many adults and children of the last family are here.
    void adjust_last(int adults, int children);
    // Opens the walk-in form / the childcare form for the last family.
    void register_walk_in();
    void drop_off_children();
    // After the childcare form saved: the code said, and shown large.
    void dropped_off(const ChildcareDropOff& drop_off);
    // After a walk-in was saved (by the form): welcome and totals.
    void welcome_walk_in(const ops::WalkIn& walk_in, bool existing_family = false);
    // A guardian shows the pickup code.
    void pick_up(const wxString& code);
    void picked_up(const ChildcareDropOff& pickup);  // said, and the totals
    // Rally head counter: +1 / -1 at the meeting point, then save the count.
    void rally_add(int delta);
    void save_rally_count();
    // Bigger type for the full-window door mode.
    void set_large(bool large);

    // How many rows of families the list shows at once (a screen used for
    // a whole night must keep them).
    int visible_rows() const;

private:
    void on_search_changed();
    void fit_columns();
    void show_results();
    void say(const wxString& text, bool problem = false);
    void refit_texts();
    void show_last_family(int adults, int children);
    // The row of the family the volunteer picked (arrows, number, click), if it is still listed.
    std::optional<std::size_t> picked_row() const;
    void pick_row(std::size_t row);
    void highlight(std::optional<std::size_t> row);  // the one Enter takes, or none
    wxString choose_message(int expected_waiting) const;

    void on_station_news(const StationNews& news);
    void show_event_line();

    store::Database& db_;
    Id event_id_;
    Event event_;
    std::string station_;                     // this computer's name, written with each door action
    std::unique_ptr<ops::DoorStation> kept_;  // this station's door list, on a shared database
    std::unique_ptr<ops::DoorDesk> desk_;     // where door actions go: the database, or kept_
    std::optional<StationNews> station_news_;
    FixedLinesLabel event_line_, totals_line_, childcare_line_, status_line_, last_family_line_;
    wxTextCtrl* search_ = nullptr;
    wxListCtrl* list_ = nullptr;
    wxSpinCtrl* adults_ = nullptr;
    wxSpinCtrl* children_ = nullptr;
    wxTextCtrl* rally_label_ = nullptr;
    wxStaticText* rally_count_ = nullptr;
    int rally_pending_ = 0;
    std::vector<DoorCandidate> results_;
    std::optional<Household> last_checked_in_;
    bool large_ = false;
    float form_type_ = 1.0f;             // type size of the forms the door opens (door mode: larger)
    bool showing_problem_ = false;       // the status line holds a refusal
    std::optional<Id> picked_;           // the family the volunteer chose among the rows
    bool choosing_ = false;              // several expected families match: a choice is due
    bool choice_asked_ = false;          // Enter asked for it: a row's number now picks
    bool selecting_ = false;             // the panel itself is moving the highlight
    int fitted_at_ = 0;                  // the width the texts were fitted to
    std::unique_ptr<StationLink> link_;  // last: stopped first, before what it tells about goes
};

}  // namespace fn::app
