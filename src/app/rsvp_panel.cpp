#include "app/rsvp_panel.h"
#include "app/tones.h"
#include "app/form_loading.h"
#include "app/focus_in_view.h"
#include "app/wx_text.h"
#include "app/number_fields.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>

#include "app/language_choice.h"
#include "app/rsvp_list_dialog.h"
#include "app/rsvp_words.h"
#include "app/translations.h"
#include "core/errors.h"
#include "core/text.h"
#include "ops/door_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/rsvp_ops.h"

namespace fn::app {
namespace {

wxString ages_text(const std::vector<int>& ages) {
    if (ages.empty()) return _("none");
    wxString out;
    for (int a : ages) out += (out.empty() ? "" : ", ") + wxString::Format("%d", a);
    return out;
}

// "Núñez: Rosa Núñez · Ana Núñez (2, Ms. Rivera) · RSVP yes 2+2 · K7MX4P"
wxString match_line(const DoorCandidate& c) {
    const Household& h = c.household;
    wxString students;
    for (const auto& s : h.students) {
        students += (students.empty() ? "" : "; ") + u(s.first_name + " " + s.last_name) + " (" + u(s.grade);
        if (!s.homeroom.empty()) students += ", " + u(s.homeroom);
        students += ")";
    }
    wxString rsvp = !c.rsvp        ? _("no RSVP yet")
                    : c.expected() ? wxString::Format(_("RSVP yes %d+%d"), c.expected_adults, c.expected_children)
                                   : wxString::Format(_("RSVP %s"), status_word(*c.rsvp));
    wxString line = u(h.family_name()) + ": " + u(h.guardian_names());
    if (!students.empty()) line += wxString::FromUTF8("  ·  ") + students;
    return line + wxString::FromUTF8("  ·  ") + rsvp + wxString::FromUTF8("  ·  ") + u(h.code);
}

}  // namespace

RsvpPanel::RsvpPanel(wxWindow* parent, store::Database& db, Id event_id) : db_(db), event_id_(event_id) {
    load_panel(this, parent, "RsvpPanel");  // forms/rsvp_panel.xrc
    XRCCTRL(*this, "slip", wxScrolledWindow)->SetScrollRate(0, 12);
    keep_focus_in_view(XRCCTRL(*this, "slip", wxScrolledWindow));
    guard_number_fields(this);
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
    build_round_choices();

    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { on_search(); });
    matches_list_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { on_family_chosen(); });
    // Anything typed on the slip itself is the coordinator's: a stored RSVP
    // is then not filled over it (events from code do not come here).
    auto typed = [this](wxEvent& e) {
        note_typing();
        e.Skip();
    };
    for (wxWindow* w : std::initializer_list<wxWindow*>{child_ages_, childcare_ages_, allergy_note_})
        w->Bind(wxEVT_TEXT, typed);
    for (wxSpinCtrl* w : {adults_, vegetarian_, halal_, kosher_, allergy_}) w->Bind(wxEVT_SPINCTRL, typed);
    for (wxChoice* w : {status_choice_, interpreter_, source_}) w->Bind(wxEVT_CHOICE, typed);
    Bind(wxEVT_CHAR_HOOK, &RsvpPanel::on_key, this);
    XRCCTRL(*this, "list", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { show_rsvp_list(); });
    say(_("Enter saves the slip and starts the next one."), Tone::Good);
}

// One choice per round of this event: the form cannot know how many. Built
// again when the timetable changes, keeping the workshops already chosen.
void RsvpPanel::build_round_choices() {
    std::vector<Id> chosen;
    for (std::size_t i = 0; i < picks_.size(); ++i) {
        int sel = picks_[i]->GetSelection();
        if (sel > 0) chosen.push_back(round_workshops_[i][static_cast<std::size_t>(sel - 1)].id);
    }
    auto plan = ops::load_event_plan(db_, event_id_);
    rounds_ = plan.rounds;
    round_workshops_.clear();
    for (const auto& r : rounds_) {
        round_workshops_.emplace_back();
        for (const auto& w : plan.workshops)
            if (w.round_id == r.id) round_workshops_.back().push_back(w);
    }
    auto* rounds = XRCCTRL(*this, "rounds", wxPanel);
    rounds->DestroyChildren();
    picks_.clear();
    auto* grid = new wxFlexGridSizer(2, 6, 12);
    grid->AddGrowableCol(1);
    for (std::size_t i = 0; i < rounds_.size(); ++i) {
        auto* choice = new wxChoice(rounds, wxID_ANY);
        choice->Append(_("(no workshop)"));
        choice->SetSelection(0);
        for (std::size_t k = 0; k < round_workshops_[i].size(); ++k) {
            const Workshop& w = round_workshops_[i][k];
            choice->Append(u(w.title()));
            if (std::find(chosen.begin(), chosen.end(), w.id) != chosen.end())
                choice->SetSelection(static_cast<int>(k) + 1);
        }
        choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) {
            note_typing();
            e.Skip();
        });
        picks_.push_back(choice);
        grid->Add(new wxStaticText(rounds, wxID_ANY,
                                   wxString::Format(_("Round %d (%s)"), rounds_[i].number, u(rounds_[i].start_time))),
                  0, wxALIGN_CENTER_VERTICAL);
        grid->Add(choice, 0, wxEXPAND);
    }
    if (rounds_.empty()) grid->Add(new wxStaticText(rounds, wxID_ANY, _("(this event has no rounds)")));
    rounds->SetSizer(grid, true);
    // The panel's best size was taken while it was empty: without this the
    // slip's scrollable height misses the rounds' rows, and the last fields
    // (interpreter, came in by) could never be scrolled to.
    rounds->InvalidateBestSize();
    tie_labels(rounds);  // "Round 1 (18:00)" names its choice for a screen reader
    rounds->Layout();
    auto* slip = XRCCTRL(*this, "slip", wxScrolledWindow);
    slip->Layout();
    slip->FitInside();
    Layout();
}

void RsvpPanel::refresh() {
    build_round_choices();
    if (search_->IsEmpty()) return;
    Id chosen = 0;
    int sel = matches_list_->GetSelection();
    if (sel != wxNOT_FOUND && static_cast<std::size_t>(sel) < matches_.size())
        chosen = matches_[static_cast<std::size_t>(sel)].household.id;
    on_search();
    for (std::size_t i = 0; i < matches_.size(); ++i)
        if (matches_[i].household.id == chosen) matches_list_->SetSelection(static_cast<int>(i));
}

wxString RsvpPanel::status_text() const { return status_->GetLabel(); }

void RsvpPanel::say(const wxString& text, Tone tone) {
    show_tone(status_, tone);
    status_->SetLabel(text);
    // Long messages wrap within the panel instead of running off its edge.
    status_->Wrap(std::max(300, GetClientSize().x - 24));
    Layout();
}

void RsvpPanel::on_search() {
    matches_.clear();
    try {
        matches_ = ops::door_search(db_, event_id_, search_->GetValue().utf8_string(), 8);
    } catch (const Error&) {}
    matches_list_->Clear();
    for (const auto& c : matches_) matches_list_->Append(match_line(c));
    if (!matches_.empty()) matches_list_->SetSelection(0);
    on_family_chosen();
}

namespace {
// When a stored RSVP was written down: "2026-12-09 15:55".
wxString recorded_when(const Rsvp& r) {
    wxString when = u(r.recorded_at.substr(0, 16));
    when.Replace("T", " ");
    return when;
}
}  // namespace

Id RsvpPanel::chosen_id() const {
    int sel = matches_list_->GetSelection();
    if (sel == wxNOT_FOUND || static_cast<std::size_t>(sel) >= matches_.size()) return SlipOwner::kNoFamily;
    return matches_[static_cast<std::size_t>(sel)].household.id;
}

wxString RsvpPanel::chosen_name() const {
    int sel = matches_list_->GetSelection();
    if (sel == wxNOT_FOUND || static_cast<std::size_t>(sel) >= matches_.size()) return {};
    return u(matches_[static_cast<std::size_t>(sel)].household.family_name());
}

void RsvpPanel::note_typing() {
    if (!owner_.typed_for()) typed_for_name_ = chosen_name();
    owner_.typed(chosen_id());
}

wxString RsvpPanel::whose_answers() const {
    const Id chosen = chosen_id();
    if (chosen == SlipOwner::kNoFamily || !owner_.carried_to(chosen)) return {};
    if (stored_) {
        const wxString when = recorded_when(*stored_);
        return *owner_.typed_for() == SlipOwner::kNoFamily
                   ? wxString::Format(
                         _("This family already has an RSVP (%s, %s). The answers on this slip were typed before a "
                           "family was chosen: press Enter twice to replace the RSVP with them, or Esc to clear them."),
                         source_word(stored_->source), when)
                   : wxString::Format(
                         _("This family already has an RSVP (%s, %s). The answers on this slip were typed for the "
                           "%s family: press Enter twice to replace the RSVP with them, or Esc to clear them."),
                         source_word(stored_->source), when, typed_for_name_);
    }
    return *owner_.typed_for() == SlipOwner::kNoFamily
               ? wxString::Format(
                     _("The answers on this slip were typed before a family was chosen: press Enter twice to "
                       "save them for the %s family, or Esc to clear them."),
                     chosen_name())
               : wxString::Format(
                     _("The answers on this slip were typed for the %s family: press Enter twice to save them "
                       "for the %s family instead, or Esc to clear them."),
                     typed_for_name_, chosen_name());
}

// A family that already has an RSVP: the slip shows what is stored, to be
// edited, unless the coordinator already typed this slip (never overwritten).
// What was said about the family shown before goes with it.
void RsvpPanel::on_family_chosen() {
    const Id chosen = chosen_id();
    std::optional<Rsvp> stored;
    if (chosen != SlipOwner::kNoFamily && matches_[static_cast<std::size_t>(matches_list_->GetSelection())].rsvp)
        stored = ops::find_rsvp(db_, event_id_, chosen);
    bool was_showing_stored = stored_.has_value();
    stored_ = stored;
    if (const wxString carried = whose_answers(); !carried.empty()) {
        say(carried, Tone::Warning);
        return;
    }
    if (!stored) {
        // The previous family's stored answers are not this one's; the search as typed stays.
        if (was_showing_stored && !owner_.typed_for()) clear_answers();
        say(_("Enter saves the slip and starts the next one."), Tone::Good);
        return;
    }
    const wxString when = recorded_when(*stored);
    if (owner_.typed_for()) {  // typed for this very family
        say(wxString::Format(
                _("This family already has an RSVP (%s, %s). Enter replaces it with this slip and says what changed."),
                source_word(stored->source), when),
            Tone::Warning);
        return;
    }
    fill_from(*stored);
    say(wxString::Format(
            _("This family already has an RSVP (%s, %s): it is shown here. Change what the new slip says and press Enter."),
            source_word(stored->source), when),
        Tone::Warning);
}

void RsvpPanel::fill_from(const Rsvp& r) {
    status_choice_->SetSelection(
        std::min(static_cast<int>(r.status), static_cast<int>(status_choice_->GetCount()) - 1));
    adults_->SetValue(r.adults);
    child_ages_->ChangeValue(r.child_ages.empty() ? wxString() : ages_text(r.child_ages));
    childcare_ages_->ChangeValue(r.childcare_ages.empty() ? wxString() : ages_text(r.childcare_ages));
    for (std::size_t i = 0; i < picks_.size(); ++i) {
        picks_[i]->SetSelection(0);
        for (const auto& p : r.picks)
            for (std::size_t k = 0; k < round_workshops_[i].size(); ++k)
                if (round_workshops_[i][k].id == p.workshop_id) picks_[i]->SetSelection(static_cast<int>(k) + 1);
    }
    for (auto* m : {vegetarian_, halal_, kosher_, allergy_}) m->SetValue(0);
    allergy_note_->ChangeValue("");
    for (const auto& m : r.meals) {
        if (m.need == MealNeed::Vegetarian) vegetarian_->SetValue(m.count);
        if (m.need == MealNeed::Halal) halal_->SetValue(m.count);
        if (m.need == MealNeed::Kosher) kosher_->SetValue(m.count);
        if (m.need == MealNeed::Allergy) {
            allergy_->SetValue(m.count);
            allergy_note_->ChangeValue(u(m.note));
        }
    }
    if (!choose_language(interpreter_, r.interpreter_language)) interpreter_->SetSelection(0);
    source_->SetSelection(static_cast<int>(r.source));
    owner_.cleared();  // the family's own stored answers
}

void RsvpPanel::on_key(wxKeyEvent& e) {
    int key = e.GetKeyCode();
    if ((key == WXK_DOWN || key == WXK_UP) && FindFocus() == search_ && !matches_.empty()) {
        int n = matches_list_->GetSelection() + (key == WXK_DOWN ? 1 : -1);
        matches_list_->SetSelection(std::clamp(n, 0, static_cast<int>(matches_.size()) - 1));
        on_family_chosen();
        return;
    }
    if (key == WXK_RETURN || key == WXK_NUMPAD_ENTER) {
        save();
        return;
    }
    if (key == WXK_ESCAPE && owner_.typed_for()) {  // the answers typed go; the search stays
        clear_answers();
        stored_.reset();
        on_family_chosen();
        return;
    }
    if (key == WXK_F3) {
        show_rsvp_list();
        return;
    }
    e.Skip();
}

void RsvpPanel::show_rsvp_list() {
    RsvpListDialog list(this, db_, event_id_);
    if (list.ShowModal() == wxID_OK && list.chosen_household()) open_household(list.chosen_household());
    search_->SetFocus();
}

void RsvpPanel::open_household(Id household_id) {
    clear_slip();
    auto h = ops::load_household(db_, household_id);
    search_->SetValue(wxString::FromUTF8(h.code));  // the exact family, with its stored RSVP filled in
}

// The slip as typed; throws ValidationError naming the field.
Rsvp RsvpPanel::slip() const {
    Rsvp r;
    r.event_id = event_id_;
    r.status = static_cast<RsvpStatus>(status_choice_->GetSelection());  // items in enum order
    r.adults = read_number(adults_, _("Adults"));
    r.child_ages = parse_int_list(tr("children's ages"), child_ages_->GetValue().utf8_string());
    r.childcare_ages = parse_int_list(tr("childcare ages"), childcare_ages_->GetValue().utf8_string());
    for (std::size_t i = 0; i < picks_.size(); ++i) {
        int sel = picks_[i]->GetSelection();
        if (sel > 0) r.picks.push_back({rounds_[i].id, round_workshops_[i][static_cast<std::size_t>(sel - 1)].id});
    }
    auto label_of = [](MealNeed need) { return meal_word(need); };
    auto add_meal = [&](MealNeed need, wxSpinCtrl* field, const std::string& note) {
        if (int n = read_number(field, label_of(need)); n > 0) r.meals.push_back({need, n, note});
    };
    add_meal(MealNeed::Vegetarian, vegetarian_, "");
    add_meal(MealNeed::Halal, halal_, "");
    add_meal(MealNeed::Kosher, kosher_, "");
    add_meal(MealNeed::Allergy, allergy_, allergy_note_->GetValue().utf8_string());
    r.interpreter_language = chosen_language(interpreter_);
    r.source = static_cast<RsvpSource>(source_->GetSelection());
    return r;
}

wxString RsvpPanel::workshop_title(Id workshop) const {
    for (const auto& round : round_workshops_)
        for (const auto& w : round)
            if (w.id == workshop) return u(w.title());
    return wxString::Format(_("workshop %lld"), static_cast<long long>(workshop));
}

// One field's value as the coordinator reads it on the slip.
wxString RsvpPanel::describe(RsvpField field, const Rsvp& r) const {
    switch (field) {
        case RsvpField::Status:
            return status_word(r.status);
        case RsvpField::Adults:
            return wxString::Format("%d", r.adults);
        case RsvpField::ChildAges:
            return ages_text(r.child_ages);
        case RsvpField::ChildcareAges:
            return ages_text(r.childcare_ages);
        case RsvpField::Picks: {
            wxString out;
            for (const auto& p : r.picks) out += (out.empty() ? "" : ", ") + workshop_title(p.workshop_id);
            return out.empty() ? _("none") : out;
        }
        case RsvpField::Meals: {
            wxString out;
            for (const auto& m : r.meals)
                out += (out.empty() ? "" : ", ") + wxString::Format("%d %s", m.count, meal_word(m.need)) +
                       (m.note.empty() ? wxString() : " (" + u(m.note) + ")");
            return out.empty() ? _("none") : out;
        }
        case RsvpField::Interpreter:
            return r.interpreter_language.empty() ? _("none") : u(r.interpreter_language);
        case RsvpField::Source:
            return source_word(r.source);
    }
    return {};
}

namespace {
wxString field_name(RsvpField field) {
    switch (field) {
        case RsvpField::Status:
            return _("coming");
        case RsvpField::Adults:
            return _("adults");
        case RsvpField::ChildAges:
            return _("children's ages");
        case RsvpField::ChildcareAges:
            return _("childcare");
        case RsvpField::Picks:
            return _("workshops");
        case RsvpField::Meals:
            return _("special meals");
        case RsvpField::Interpreter:
            return _("interpreter");
        case RsvpField::Source:
            return _("came in by");
    }
    return {};
}
}  // namespace

bool RsvpPanel::save() {
    int chosen = matches_list_->GetSelection();
    if (matches_.empty() || chosen == wxNOT_FOUND) {
        say(_("Find the family first: type part of a name from the slip."), Tone::Problem);
        search_->SetFocus();
        return false;
    }
    const Household h = matches_[static_cast<std::size_t>(chosen)].household;
    if (owner_.enter(h.id) == SlipOwner::OnEnter::AskFirst) {  // answers typed for someone else: asked first
        say(whose_answers(), Tone::Warning);
        return false;
    }
    try {
        Rsvp r = slip();
        r.household_id = h.id;
        auto out = ops::record_rsvp(db_, r);
        wxString text;
        if (out.replaced) {
            wxString changes;
            for (RsvpField f : changed_fields(*out.replaced, r))
                changes += (changes.empty() ? "" : "; ") + wxString::Format(_("%s %s to %s"), field_name(f),
                                                                            describe(f, *out.replaced), describe(f, r));
            text = changes.empty()
                       ? wxString::Format(_("%s family: the RSVP is unchanged."), u(h.family_name()))
                       : wxString::Format(_("Updated the %s family's RSVP: %s."), u(h.family_name()), changes);
        } else {
            text = wxString::Format(_("Saved: %s family."), u(h.family_name()));
        }
        bool waitlisted = false;
        for (const auto& p : out.picks) {
            text += p.seated ? wxString::Format(_(" %s: seat reserved."), workshop_title(p.workshop_id))
                             : wxString::Format(_(" %s: WAITLISTED (#%d)."), workshop_title(p.workshop_id),
                                                p.waitlist_position);
            waitlisted = waitlisted || !p.seated;
        }
        if (!out.promoted.empty()) text += wxString::Format(_(" %zu moved up from a waitlist."), out.promoted.size());
        say(text, waitlisted ? Tone::Warning : Tone::Good);
        clear_slip();
        return true;
    } catch (const Error& e) {
        say(translated(e), Tone::Problem);  // the slip stays as typed, to correct
        return false;
    }
}

void RsvpPanel::clear_slip() {
    search_->ChangeValue("");
    matches_.clear();
    matches_list_->Clear();
    stored_.reset();
    clear_answers();
    search_->SetFocus();
}

void RsvpPanel::clear_answers() {
    status_choice_->SetSelection(0);
    adults_->SetValue(1);
    child_ages_->ChangeValue("");
    childcare_ages_->ChangeValue("");
    for (auto* p : picks_) p->SetSelection(0);
    for (auto* m : {vegetarian_, halal_, kosher_, allergy_}) m->SetValue(0);
    allergy_note_->ChangeValue("");
    interpreter_->SetSelection(0);
    source_->SetSelection(0);
    owner_.cleared();
    typed_for_name_.clear();
}

}  // namespace fn::app
