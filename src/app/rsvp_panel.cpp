#include "app/rsvp_panel.h"

#include <wx/choice.h>

#include <algorithm>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/errors.h"
#include "core/text.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/rsvp_ops.h"

namespace fn::app {
namespace {

wxString u(const std::string& s) { return wxString::FromUTF8(s); }

const char* kLanguages[] = {"", "es", "vi", "zh", "ht", "pt", "ru", "so", "tl", "ar"};

wxSpinCtrl* spin(wxWindow* parent, int value, int max) {
    return new wxSpinCtrl(parent, wxID_ANY, wxEmptyString, wxDefaultPosition, wxSize(130, -1), wxSP_ARROW_KEYS, 0, max, value);
}

}  // namespace

RsvpPanel::RsvpPanel(wxWindow* parent, store::Database& db, Id event_id) : wxPanel(parent), db_(db), event_id_(event_id) {
    auto plan = ops::load_event_plan(db_, event_id_);
    rounds_ = plan.rounds;
    for (const auto& r : rounds_) {
        round_workshops_.emplace_back();
        for (const auto& w : plan.workshops)
            if (w.round_id == r.id) round_workshops_.back().push_back(w);
    }

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    search_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    search_->SetHint(_("Family on the slip: type part of a name or the code (Up/Down to choose)"));
    search_->SetFont(search_->GetFont().Scaled(1.4f));
    sizer->Add(search_, 0, wxALL | wxEXPAND, 8);
    matches_list_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxSize(-1, 110));
    sizer->Add(matches_list_, 0, wxLEFT | wxRIGHT | wxEXPAND, 8);

    auto* grid = new wxFlexGridSizer(2, 8, 12);
    grid->AddGrowableCol(1);
    auto row = [&](const wxString& label, wxWindow* field, bool expand = true) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        grid->Add(field, 0, expand ? wxEXPAND : 0);
    };
    status_choice_ = new wxChoice(this, wxID_ANY);
    for (const char* s : {"yes", "no", "maybe"}) status_choice_->Append(wxGetTranslation(s));
    status_choice_->SetSelection(0);
    row(_("Coming?"), status_choice_);
    adults_ = spin(this, 1, 30);
    row(_("Adults"), adults_, false);
    child_ages_ = new wxTextCtrl(this, wxID_ANY);
    child_ages_->SetHint(_("ages of the children coming, e.g. 4,7"));
    row(_("Children's ages"), child_ages_);
    childcare_ages_ = new wxTextCtrl(this, wxID_ANY);
    childcare_ages_->SetHint(_("ages of those who need childcare, e.g. 4"));
    row(_("Childcare"), childcare_ages_);
    for (std::size_t i = 0; i < rounds_.size(); ++i) {
        auto* choice = new wxChoice(this, wxID_ANY);
        choice->Append(_("(no workshop)"));
        for (const auto& w : round_workshops_[i]) choice->Append(u(w.title()));
        choice->SetSelection(0);
        picks_.push_back(choice);
        row(wxString::Format(_("Round %d (%s)"), rounds_[i].number, u(rounds_[i].start_time)), choice);
    }
    auto* meals = new wxFlexGridSizer(4, 6, 8);  // two meals a line: GTK spin buttons are wide
    auto meal = [&](const wxString& label, wxSpinCtrl*& field) {
        meals->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        field = spin(this, 0, 30);
        meals->Add(field, 0, wxRIGHT, 16);
    };
    meal(_("Vegetarian"), vegetarian_);
    meal(_("Halal"), halal_);
    meal(_("Kosher"), kosher_);
    meal(_("Allergy"), allergy_);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Special meals")), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(meals, 0, wxEXPAND);
    allergy_note_ = new wxTextCtrl(this, wxID_ANY);
    allergy_note_->SetHint(_("which allergy, e.g. peanuts"));
    row(_("Allergy"), allergy_note_);
    interpreter_ = new wxChoice(this, wxID_ANY);
    for (const char* l : kLanguages) interpreter_->Append(*l ? wxString(l) : _("(none)"));
    interpreter_->SetSelection(0);
    row(_("Interpreter"), interpreter_);
    source_ = new wxChoice(this, wxID_ANY);
    // In the order of fn::RsvpSource: read back by position.
    for (const wxString& s : {_("paper slip"), _("phone call"), _("e-mail"), _("in person")}) source_->Append(s);
    source_->SetSelection(0);
    row(_("Came in by"), source_);
    sizer->Add(grid, 0, wxALL | wxEXPAND, 8);

    status_ = new wxStaticText(this, wxID_ANY, _("Enter saves the slip and starts the next one."));
    status_->SetFont(status_->GetFont().Scaled(1.2f));
    sizer->Add(status_, 0, wxALL, 8);
    SetSizer(sizer);

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
        r.status = parse_rsvp_status(status_choice_->GetSelection() == 1 ? "no" : status_choice_->GetSelection() == 2 ? "maybe" : "yes");
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
        r.interpreter_language = kLanguages[interpreter_->GetSelection()];
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
