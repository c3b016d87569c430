#include "app/event_dialog.h"
#include "app/number_fields.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/stattext.h>
#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/spinctrl.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/dialogs.h"
#include "app/texts_dialog.h"
#include "ops/event_ops.h"
#include "ops/translation_ops.h"

namespace fn::app {

EventDialog::EventDialog(wxWindow* parent, store::Database& db, Id event_id)
    : FormDialog(parent, "EventDialog"), db_(db) {
    confirm_past_date = [this](const wxString& question) {
        return wxMessageBox(question, _("A date that has passed"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) ==
               wxYES;
    };
    if (event_id) {
        original_ = ops::load_event_plan(db, event_id).event;
        SetTitle(wxString::Format(_("Edit event: %s"), wxString::FromUTF8(original_.title())));
        const auto& e = original_;
        XRCCTRL(*this, "kind", wxChoice)->SetSelection(static_cast<int>(e.kind));  // items in enum order
        set_field("title", wxString::FromUTF8(e.texts.count("en") ? e.texts.at("en").title : e.title()));
        if (e.texts.count("es")) set_field("title_es", wxString::FromUTF8(e.texts.at("es").title));
        set_field("date", e.date);
        set_field("start", e.start_time);
        set_field("end", e.end_time);
        set_field("place", wxString::FromUTF8(e.place));
        set_field("deadline", e.rsvp_deadline);
        XRCCTRL(*this, "dinner", wxCheckBox)->SetValue(e.dinner);
        XRCCTRL(*this, "childcare", wxCheckBox)->SetValue(e.childcare);
        XRCCTRL(*this, "min_age", wxSpinCtrl)->SetValue(e.childcare_min_age);
        XRCCTRL(*this, "max_age", wxSpinCtrl)->SetValue(e.childcare_max_age);
    }
    texts_ = original_.texts;
    places_ = original_.places;
    show_other_languages();
    XRCCTRL(*this, "other_languages", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        edit_other_languages();
    });
    XRCCTRL(*this, "title", wxTextCtrl)->SetFocus();
    Fit();
}

Translations EventDialog::typed_texts() const {
    Translations texts = texts_;
    texts["en"].title = field("title");
    if (auto es = field("title_es"); !es.empty()) texts["es"].title = es;
    return texts;
}

void EventDialog::show_other_languages() {
    XRCCTRL(*this, "other_languages_summary", wxStaticText)->SetLabel(texts_summary(typed_texts()));
}

void EventDialog::edit_other_languages() {
    TextsDialog dialog(this, ops::languages_to_translate_into(db_), typed_texts(), &places_);
    if (show_texts(dialog) != wxID_OK) return;
    texts_ = dialog.texts();
    places_ = dialog.places();
    set_field("title_es", texts_.count("es") ? wxString::FromUTF8(texts_.at("es").title) : wxString());
    show_other_languages();
    Layout();
}

Event EventDialog::read() const {
    Event e = original_;
    e.kind = static_cast<EventKind>(XRCCTRL(*this, "kind", wxChoice)->GetSelection());  // items in enum order
    e.texts = texts_;  // every language's texts, descriptions included
    e.places = places_;
    e.texts["en"].title = field("title");
    // The Spanish title has its own field; emptied, Spanish goes unless a description is left (refused on save).
    if (auto es = field("title_es"); !es.empty())
        e.texts["es"].title = es;
    else if (e.texts.count("es") && e.texts.at("es").description.empty())
        e.texts.erase("es");
    else if (e.texts.count("es"))
        e.texts["es"].title.clear();
    e.date = date_field("date");
    e.start_time = time_field("start");
    e.end_time = time_field("end");
    e.place = field("place");
    e.rsvp_deadline = date_field("deadline");
    e.dinner = XRCCTRL(*this, "dinner", wxCheckBox)->GetValue();
    e.childcare = XRCCTRL(*this, "childcare", wxCheckBox)->GetValue();
    e.childcare_min_age = read_number(XRCCTRL(*this, "min_age", wxSpinCtrl), _("Childcare from age"));
    e.childcare_max_age = read_number(XRCCTRL(*this, "max_age", wxSpinCtrl), _("Childcare to age"));
    return e;
}

void EventDialog::do_save() {
    Event e = read();
    auto save = [&](EventDay day) {
        if (e.id) {
            ops::update_event(db_, e, day);
            saved_ = e.id;
        } else {
            saved_ = ops::create_event(db_, e, day);
        }
    };
    try {
        save(EventDay::Planned);
    } catch (const PastEventDateError& past) {
        // A past date is most often a slip of the keys: No (the default) keeps the form open to correct it.
        wxString question = wxString::Format(
            _("%s has already passed.\n\nIs this an event that was already held, recorded now for its attendance? "
              "Choose No to correct the date."),
            wxString::FromUTF8(past.date()));
        if (!confirm_past_date(question)) throw;
        save(EventDay::RecordedAfterwards);
    }
}

std::optional<Id> show_event_dialog(wxWindow* parent, store::Database& db, Id event_id) {
    EventDialog dialog(parent, db, event_id);
    if (dialog.ShowModal() == wxID_OK) return dialog.saved_id();
    return std::nullopt;
}

}  // namespace fn::app
