#include "app/evaluation_dialog.h"
#include "app/tones.h"
#include "app/form_loading.h"
#include "app/wx_text.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/language_choice.h"
#include "app/translations.h"
#include "core/errors.h"
#include "ops/event_ops.h"

namespace fn::app {
namespace {

constexpr const char* kFields[] = {"answers", "favourites", "barriers", "days", "times", "wish", "comment"};

std::string ask_csv_path(wxWindow* parent, const std::string& suggested) {
    wxFileDialog dialog(parent, _("Export the typed papers"), "", wxString::FromUTF8(suggested),
                        _("CSV files (*.csv)|*.csv"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    return dialog.ShowModal() == wxID_OK ? dialog.GetPath().utf8_string() : std::string();
}

// The field a refusal names (ValidationError::field(), in English) as the
// dialog's text box, so the cursor goes where the mistake is.
const char* field_of(const std::string& refused) {
    if (refused == "answers") return "answers";
    if (refused == "favourite workshops") return "favourites";
    if (refused == "barriers") return "barriers";
    if (refused == "best days") return "days";
    if (refused == "best times") return "times";
    if (refused == "workshop wish") return "wish";
    if (refused == "comment") return "comment";
    return nullptr;
}

}  // namespace

EvaluationDialog::EvaluationDialog(wxWindow* parent, store::Database& db, Id event_id)
    : choose_csv(&ask_csv_path), db_(db), event_id_(event_id) {
    load_dialog(this, parent, "EvaluationDialog");  // forms/evaluation_dialog.xrc
    choices_ = ops::evaluation_choices(db, event_id);
    const auto event = ops::load_event_plan(db, event_id).event;
    SetTitle(wxString::Format(_("Evaluation forms: %s"), u(event.title())));
    kind_ = XRCCTRL(*this, "kind", wxChoice);
    kind_->Append(_("Evaluation form"));
    kind_->Append(_("Barrier slip"));
    kind_->SetSelection(0);
    language_ = XRCCTRL(*this, "language", wxChoice);
    for (const auto& code : choices_.languages) language_->Append(language_label(code));
    // English first: most piles are; the corner of each form says otherwise.
    auto english = std::find(choices_.languages.begin(), choices_.languages.end(), "en");
    language_->SetSelection(
        english == choices_.languages.end() ? 0 : static_cast<int>(english - choices_.languages.begin()));
    band_ = XRCCTRL(*this, "band", wxChoice);
    band_->Append(_("Every grade"));
    for (const auto& band : choices_.grade_bands) band_->Append(u(band));
    band_->SetSelection(0);
    list_ = XRCCTRL(*this, "typed", wxListCtrl);
    message_ = XRCCTRL(*this, "message", wxStaticText);
    list_->AppendColumn(_("No."), wxLIST_FORMAT_RIGHT, FromDIP(45));
    list_->AppendColumn(_("Paper"), wxLIST_FORMAT_LEFT, FromDIP(95));
    list_->AppendColumn(_("Language"), wxLIST_FORMAT_LEFT, FromDIP(70));
    list_->AppendColumn(_("Answers"), wxLIST_FORMAT_LEFT, FromDIP(80));
    list_->AppendColumn(_("Favourites"), wxLIST_FORMAT_LEFT, FromDIP(80));
    list_->AppendColumn(_("Barriers"), wxLIST_FORMAT_LEFT, FromDIP(70));
    list_->AppendColumn(_("Days"), wxLIST_FORMAT_LEFT, FromDIP(55));
    list_->AppendColumn(_("Times"), wxLIST_FORMAT_LEFT, FromDIP(50));
    list_->AppendColumn(_("Wish and comment"), wxLIST_FORMAT_LEFT, FromDIP(200));

    // Enter in any field saves the paper.
    for (const char* name : kFields) field(name)->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { save(); });
    XRCCTRL(*this, "save", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
    kind_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        show_hints();
        clear_paper();
    });
    XRCCTRL(*this, "delete_paper", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
        if (row < 0) {
            say(_("Choose the paper to delete in the list first."), true);
            return;
        }
        const Id id = static_cast<Id>(list_->GetItemData(row));
        try {
            ops::delete_evaluation(db_, id);
            show_typed();
            say(wxString::Format(_("Paper %lld deleted: type it again if it had a mistake."),
                                 static_cast<long long>(id)),
                false);
        } catch (const Error& e) {
            say(translated(e), true);
        }
    });
    XRCCTRL(*this, "export_csv", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const auto path = choose_csv(this, "evaluations-" + std::to_string(event_id_) + ".csv");
        if (path.empty()) return;
        try {
            int rows = ops::export_evaluations(db_, event_id_, path);
            say(wxString::Format(wxPLURAL("Wrote %d paper to %s", "Wrote %d papers to %s", rows), rows, u(path)),
                false);
        } catch (const Error& e) {
            say(translated(e), true);
        }
    });
    show_hints();
    show_typed();
    Fit();
    SetMinSize(GetSize());
    field("answers")->SetFocus();
}

wxTextCtrl* EvaluationDialog::field(const char* name) const { return XRCCTRL(*this, name, wxTextCtrl); }

wxString EvaluationDialog::message_text() const { return message_->GetLabel(); }

void EvaluationDialog::show_hints() {
    const bool form = kind_->GetSelection() == 0;
    // A barrier slip has no questions or workshops: those fields are off.
    for (const char* name : {"answers", "favourites"}) field(name)->Enable(form);
    XRCCTRL(*this, "answers_hint", wxStaticText)
        ->SetLabel(_("5 questions, a number per face from the left: 1 no, 2 a little, 3 yes; - for none. E.g. 332-3"));
    wxString rounds;
    for (std::size_t r = 0; r < choices_.workshops_per_round.size(); ++r)
        rounds += (r ? ", " : "") + wxString::Format("1-%d", choices_.workshops_per_round[r]);
    XRCCTRL(*this, "favourites_hint", wxStaticText)
        ->SetLabel(choices_.workshops_per_round.empty()
                       ? _("This event has no workshops.")
                       : wxString::Format(wxPLURAL("The number ticked in the round (%s); - for none.",
                                                   "One number per round (%s); - for a round left blank.",
                                                   static_cast<int>(choices_.workshops_per_round.size())),
                                          rounds));
    if (choices_.workshops_per_round.empty()) field("favourites")->Enable(false);
    XRCCTRL(*this, "barriers_hint", wxStaticText)
        ->SetLabel(_("1 work, 2 time of day, 3 transport, 4 childcare, 5 language, 6 did not hear, 7 other"));
    XRCCTRL(*this, "days_hint", wxStaticText)->SetLabel(_("1 Monday ... 5 Friday, 6 Saturday"));
    XRCCTRL(*this, "times_hint", wxStaticText)->SetLabel(_("1 morning, 2 after school, 3 evening"));
    // Hints wrap rather than widen the window past a small laptop's screen.
    for (const char* hint : {"answers_hint", "favourites_hint", "barriers_hint", "days_hint", "times_hint"})
        XRCCTRL(*this, hint, wxStaticText)->Wrap(FromDIP(420));
    Layout();
}

ops::TypedEvaluation EvaluationDialog::typed() const {
    ops::TypedEvaluation t;
    t.kind = kind_->GetSelection() == 0 ? EvaluationKind::Form : EvaluationKind::Slip;
    t.language = choices_.languages.at(static_cast<std::size_t>(std::max(0, language_->GetSelection())));
    t.grade_band = band_->GetSelection() > 0
                       ? choices_.grade_bands.at(static_cast<std::size_t>(band_->GetSelection() - 1))
                       : std::string();
    if (t.kind == EvaluationKind::Form) {
        t.answers = field("answers")->GetValue().utf8_string();
        t.favourites = field("favourites")->GetValue().utf8_string();
    }
    t.barriers = field("barriers")->GetValue().utf8_string();
    t.best_days = field("days")->GetValue().utf8_string();
    t.best_times = field("times")->GetValue().utf8_string();
    t.topic = field("wish")->GetValue().utf8_string();
    t.comment = field("comment")->GetValue().utf8_string();
    return t;
}

bool EvaluationDialog::save() {
    try {
        const Id id = ops::add_evaluation(db_, event_id_, typed());
        show_typed();
        say(wxString::Format(wxPLURAL("Paper %lld saved. %d paper typed for this event.",
                                      "Paper %lld saved. %d papers typed for this event.", list_->GetItemCount()),
                             static_cast<long long>(id), list_->GetItemCount()),
            false);
        clear_paper();
        return true;
    } catch (const ValidationError& e) {
        say(translated(e), true);  // the paper stays as typed, to correct
        if (const char* name = field_of(e.field())) {
            field(name)->SetFocus();
            field(name)->SelectAll();
        }
    } catch (const Error& e) {
        say(translated(e), true);
    }
    return false;
}

void EvaluationDialog::clear_paper() {
    for (const char* name : kFields) field(name)->ChangeValue("");
    field(kind_->GetSelection() == 0 ? "answers" : "barriers")->SetFocus();
}

void EvaluationDialog::show_typed() {
    list_->DeleteAllItems();
    auto papers = ops::evaluations_of(db_, event_id_);
    // Newest first: the one just typed is on top, to check it against the paper.
    for (auto it = papers.rbegin(); it != papers.rend(); ++it) {
        const auto& e = *it;
        long row = list_->InsertItem(list_->GetItemCount(), wxString::Format("%lld", static_cast<long long>(e.id)));
        list_->SetItemData(row, static_cast<long>(e.id));
        const std::string wish = e.topic + (e.topic.empty() || e.comment.empty() ? "" : " / ") + e.comment;
        list_->SetItem(row, 1, e.kind == EvaluationKind::Form ? _("form") : _("slip"));
        list_->SetItem(row, 2, u(e.language + (e.grade_band.empty() ? "" : " " + e.grade_band)));
        list_->SetItem(row, 3, e.kind == EvaluationKind::Form ? u(answers_text(e.answers)) : wxString());
        list_->SetItem(row, 4, u(favourites_text(e.favourites)));
        list_->SetItem(row, 5, u(ticked_text(e.barriers)));
        list_->SetItem(row, 6, u(ticked_text(e.best_days)));
        list_->SetItem(row, 7, u(ticked_text(e.best_times)));
        list_->SetItem(row, 8, u(wish));
    }
    XRCCTRL(*this, "heading", wxStaticText)
        ->SetLabel(
            _("Type each paper as the numbers beside its ticks; Enter saves it and starts the next. The corner of "
              "each form says its language and grades."));
    XRCCTRL(*this, "heading", wxStaticText)->Wrap(FromDIP(640));
}

void EvaluationDialog::say(const wxString& text, bool problem) {
    show_tone(message_, problem ? Tone::Problem : Tone::Good);
    message_->SetLabel(text);
    message_->Wrap(std::max(300, list_->GetSize().x));
    Layout();
}

}  // namespace fn::app
