#pragma once
// RSVP entry for a pile of paper slips, by keyboard only: type part of a
// name (Up/Down picks among matches), Tab through the fields, Enter saves
// and starts the next slip. Waitlisted workshop picks are said as such.
#include <wx/panel.h>

#include <optional>
#include <vector>

#include "core/event.h"
#include "core/household.h"
#include "core/rsvp.h"
#include "core/rules/door_match.h"
#include "app/tones.h"
#include "core/rules/slip_owner.h"

class wxTextCtrl;
class wxListBox;
class wxChoice;
class wxSpinCtrl;
class wxStaticText;

namespace fn::store {
class Database;
}

namespace fn::app {

class RsvpPanel : public wxPanel {
public:
    RsvpPanel(wxWindow* parent, store::Database& db, Id event_id);

    // The widgets a coordinator types into (for the frame and tests).
    wxTextCtrl* search_box() const { return search_; }
    wxSpinCtrl* adults() const { return adults_; }
    wxTextCtrl* child_ages() const { return child_ages_; }
    wxTextCtrl* childcare_ages() const { return childcare_ages_; }
    wxChoice* round_choice(std::size_t round) const { return picks_.at(round); }
    std::size_t round_count() const { return picks_.size(); }
    wxSpinCtrl* vegetarian() const { return vegetarian_; }
    wxChoice* interpreter() const { return interpreter_; }
    wxString status_text() const;

    bool save();  // Enter: true when the slip was recorded
    // The list of RSVPs entered (F3); the one chosen opens on the slip.
    void show_rsvp_list();
    // Shows this family's RSVP on the slip, to be corrected.
    void open_household(Id household_id);
    // Reads the event's rounds and workshops and the matches again; what is
    // typed on the slip and the chosen picks stay.
    void refresh();
    // The chosen family's stored RSVP, when the slip shows it for editing.
    const std::optional<Rsvp>& stored() const { return stored_; }

private:
    void build_round_choices();
    void on_search();
    void on_family_chosen();
    void fill_from(const Rsvp& r);
    Rsvp slip() const;
    wxString describe(RsvpField field, const Rsvp& r) const;
    wxString workshop_title(Id workshop) const;
    void on_key(wxKeyEvent& e);
    void clear_slip();     // the next slip: search and answers
    void clear_answers();  // the answers only
    // The family shown (SlipOwner::kNoFamily when none), and its name.
    Id chosen_id() const;
    wxString chosen_name() const;
    // A key on the slip's answers: they are the family's shown now.
    void note_typing();
    // Whose the answers on the slip are, said when they are not the chosen
    // family's ("" when they are, or none were typed).
    wxString whose_answers() const;
    void say(const wxString& text, Tone tone);

    store::Database& db_;
    Id event_id_;
    std::vector<Round> rounds_;
    std::vector<std::vector<Workshop>> round_workshops_;
    std::vector<DoorCandidate> matches_;
    std::optional<Rsvp> stored_;  // shown on the slip for editing
    SlipOwner owner_;             // whose answers the coordinator typed on this slip
    wxString typed_for_name_;     // that family's name ("" before one was chosen)
    wxTextCtrl* search_ = nullptr;
    wxListBox* matches_list_ = nullptr;
    wxChoice* status_choice_ = nullptr;
    wxSpinCtrl* adults_ = nullptr;
    wxTextCtrl* child_ages_ = nullptr;
    wxTextCtrl* childcare_ages_ = nullptr;
    std::vector<wxChoice*> picks_;
    wxSpinCtrl *vegetarian_ = nullptr, *halal_ = nullptr, *kosher_ = nullptr, *allergy_ = nullptr;
    wxTextCtrl* allergy_note_ = nullptr;
    wxChoice* interpreter_ = nullptr;
    wxChoice* source_ = nullptr;
    wxStaticText* status_ = nullptr;
};

}  // namespace fn::app
