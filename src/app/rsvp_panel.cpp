#include "app/rsvp_panel.h"

#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>

#include "app/language_choice.h"
#include "core/errors.h"
#include "core/text.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/rsvp_ops.h"

namespace fn::app {
namespace {

wxString u(const std::string& s) { return wxString::FromUTF8(s); }

}  // namespace

RsvpPanel::RsvpPanel(wxWindow* parent, store::Database& db, Id event_id) : db_(db), event_id_(event_id) {
    wxXmlResource::Get()->LoadPanel(this, parent, "RsvpPanel");  // forms/rsvp_panel.xrc
    auto plan = ops::load_event_plan(db_, event_id_);
    rounds_ = plan.rounds;
    for (const auto& r : rounds_) {
        round_workshops_.emplace_back();
        for (const auto& w : plan.workshops)
            if (w.round_id == r.id) round_workshops_.back().push_back(w);
    }
    search_ = XRCCTRL(*this, "search", wxTextCtrl);
    search_->SetFont(search_->GetFont().Scaled(1.4f));
    matches_list_ = XRCCTRL(*this, "matches", wxListBox);
    status_choice_ = XRCCTRL(*this, "coming", wxChoice);
    adults_ = XRCCTRL(*this, "adults", wxSpinCtrl);
    child_ages_ = XRCCTRL(*this, "child_ages", wxTextCtrl);
    childcare_ages_ = XRCCTRL(*this, "childcare_ages", wxTextCtrl);
    vegetarian_ = XRCCTRL(*this, "vegetarian", wxSpinCtrl);
    halal_ = XRCCTRL(*this, "halal", wxSpinCtrl);
    kosher_ = XRCCTRL(*this, "kosher", wxSpinCtrl);
    allergy_ = XRCCTRL(*this, "allergy", wxSpinCtrl);
    allergy_note_ = XRCCTRL(*this, "allergy_note", wxTextCtrl);
    interpreter_ = XRCCTRL(*this, "interpreter", wxChoice);
    fill_interpreter_choice(interpreter_);
    source_ = XRCCTRL(*this, "source", wxChoice);
    status_ = XRCCTRL(*this, "status", wxStaticText);
    status_->SetFont(status_->GetFont().Scaled(1.2f));

    // One choice per round of this event, built here: the form cannot know how many.
    auto* rounds = XRCCTRL(*this, "rounds", wxPanel);
    auto* grid = new wxFlexGridSizer(2, 6, 12);
    grid->AddGrowableCol(1);
    for (std::size_t i = 0; i < rounds_.size(); ++i) {
        auto* choice = new wxChoice(rounds, wxID_ANY);
        choice->Append(_("(no workshop)"));
        for (const auto& w : round_workshops_[i]) choice->Append(u(w.title()));
        choice->SetSelection(0);
        picks_.push_back(choice);
        grid->Add(new wxStaticText(rounds, wxID_ANY, wxString::Format(_("Round %d (%s)"), rounds_[i].number,
                                                                       u(rounds_[i].start_time))),
                  0, wxALIGN_CENTER_VERTICAL);
        grid->Add(choice, 0, wxEXPAND);
    }
    if (rounds_.empty()) grid->Add(new wxStaticText(rounds, wxID_ANY, _("(this event has no rounds)")));
    rounds->SetSizer(grid);

    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { on_search(); });
    Bind(wxEVT_CHAR_HOOK, &RsvpPanel::on_key, this);
    say(_("Enter saves the slip and starts the next one."), false);
}

wxString RsvpPanel::status_text() const { return status_->GetLabel(); }

void RsvpPanel::say(const wxString& text, bool problem) {
    status_->SetForegroundColour(problem ? wxColour(170, 20, 20) : wxColour(20, 110, 40));
    status_->SetLabel(text);
    wxSize extent = status_->GetTextExtent(text);
    GetSizer()->SetItemMinSize(status_, extent.x + 8, extent.y + 8);
    Layout();
}

void RsvpPanel::on_search() {
    matches_.clear();
    try {
        matches_ = ops::search_households(db_, search_->GetValue().utf8_string(), 8);
    } catch (const Error&) {
    }
    matches_list_->Clear();
    for (const auto& h : matches_) {
        matches_list_->Append(u(h.family_name() + "  —  " + h.guardian_names() + "  ·  " + h.code));
    }
    if (!matches_.empty()) matches_list_->SetSelection(0);
}

void RsvpPanel::on_key(wxKeyEvent& e) {
    int key = e.GetKeyCode();
    if ((key == WXK_DOWN || key == WXK_UP) && FindFocus() == search_ && !matches_.empty()) {
        int n = matches_list_->GetSelection() + (key == WXK_DOWN ? 1 : -1);
        matches_list_->SetSelection(std::clamp(n, 0, static_cast<int>(matches_.size()) - 1));
        return;
    }
    if (key == WXK_RETURN || key == WXK_NUMPAD_ENTER) {
        save();
        return;
    }
    e.Skip();
}

bool RsvpPanel::save() {
    int chosen = matches_list_->GetSelection();
    if (matches_.empty() || chosen == wxNOT_FOUND) {
        say(_("Find the family first: type part of a name from the slip."), true);
        search_->SetFocus();
        return false;
    }
    const Household& h = matches_[static_cast<std::size_t>(chosen)];
    try {
        Rsvp r;
        r.event_id = event_id_;
        r.household_id = h.id;
        r.status = static_cast<RsvpStatus>(status_choice_->GetSelection());  // items in enum order
        r.adults = adults_->GetValue();
        r.child_ages = parse_int_list("children's ages", child_ages_->GetValue().utf8_string());
        r.childcare_ages = parse_int_list("childcare ages", childcare_ages_->GetValue().utf8_string());
        for (std::size_t i = 0; i < picks_.size(); ++i) {
            int sel = picks_[i]->GetSelection();
            if (sel > 0) r.picks.push_back({rounds_[i].id, round_workshops_[i][static_cast<std::size_t>(sel - 1)].id});
        }
        auto add_meal = [&](MealNeed need, wxSpinCtrl* field, const std::string& note) {
            if (field->GetValue() > 0) r.meals.push_back({need, field->GetValue(), note});
        };
        add_meal(MealNeed::Vegetarian, vegetarian_, "");
        add_meal(MealNeed::Halal, halal_, "");
        add_meal(MealNeed::Kosher, kosher_, "");
        add_meal(MealNeed::Allergy, allergy_, allergy_note_->GetValue().utf8_string());
        r.interpreter_language = chosen_language(interpreter_);
        r.source = static_cast<RsvpSource>(source_->GetSelection());
        auto out = ops::record_rsvp(db_, r);
        wxString text = wxString::Format(_("Saved: %s family."), u(h.family_name()));
        for (const auto& p : out.picks) {
            std::string title;
            for (const auto& round : round_workshops_)
                for (const auto& w : round)
                    if (w.id == p.workshop_id) title = w.title();
            text += p.seated ? wxString::Format(_(" %s: seat reserved."), u(title))
                             : wxString::Format(_(" %s: WAITLISTED (#%d)."), u(title), p.waitlist_position);
        }
        if (!out.promoted.empty()) text += wxString::Format(_(" %zu moved up from a waitlist."), out.promoted.size());
        say(text, false);
        clear_slip();
        return true;
    } catch (const Error& e) {
        say(u(e.what()), true);  // the slip stays as typed, to correct
        return false;
    }
}

void RsvpPanel::clear_slip() {
    search_->ChangeValue("");
    matches_.clear();
    matches_list_->Clear();
    status_choice_->SetSelection(0);
    adults_->SetValue(1);
    child_ages_->ChangeValue("");
    childcare_ages_->ChangeValue("");
    for (auto* p : picks_) p->SetSelection(0);
    for (auto* m : {vegetarian_, halal_, kosher_, allergy_}) m->SetValue(0);
    allergy_note_->ChangeValue("");
    interpreter_->SetSelection(0);
    search_->SetFocus();
}

}  // namespace fn::app
