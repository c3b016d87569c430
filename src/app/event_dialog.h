#pragma once
// The event form (forms/event_dialog.xrc), for a new event or to change the
// chosen one. The form only moves data between its fields and an Event;
// ops::create_event / ops::update_event validate and save.
#include <functional>
#include <map>
#include <string>

#include "app/form_dialog.h"
#include "app/texts_dialog.h"
#include "core/event.h"

namespace fn::store {
class Database;
}

namespace fn::app {

class EventDialog : public FormDialog {
public:
    // event_id 0: a new event.
    EventDialog(wxWindow* parent, store::Database& db, Id event_id = 0);
    // The event as typed (not yet validated).
    Event read() const;
    Id saved_id() const { return saved_; }

    // Opens the texts in other languages (the "Texts in other languages..." button).
    void edit_other_languages();
    // How that form is shown; tests fill it in and answer instead of a person.
    std::function<int(TextsDialog&)> show_texts = [](TextsDialog& dialog) { return dialog.ShowModal(); };
    // Asked when the date typed has passed: true records the event as one
    // already held. A question with No as its default; tests answer instead.
    std::function<bool(const wxString& question)> confirm_past_date;

private:
    void do_save() override;
    void show_other_languages();
    Translations typed_texts() const;  // texts_ with the English and Spanish titles as typed
    store::Database& db_;
    Event original_;
    Translations texts_;                         // every language's texts, as last edited
    std::map<std::string, std::string> places_;  // the place in other languages
    Id saved_ = 0;
};

}  // namespace fn::app
