#pragma once
// The timetable's small forms (forms/timetable_forms.xrc): a round and a
// room, added or (opened from their label) changed and removed. Each saves
// through one ops call; a refusal stays in the form with what was typed.
#include <functional>

#include "app/form_dialog.h"
#include "app/texts_dialog.h"
#include "core/event.h"

namespace fn::store {
class Database;
}

namespace fn::app {

class RoundDialog : public FormDialog {
public:
    // A new round `number`, offered from `start` to `end`.
    RoundDialog(wxWindow* parent, store::Database& db, Id event_id, int number, const wxString& start,
                const wxString& end);
    // An existing round: change its times, or remove it.
    RoundDialog(wxWindow* parent, store::Database& db, const Round& round);
    // Remove (the button): false, with the reason in the form, when refused.
    bool remove();

private:
    void do_save() override;
    store::Database& db_;
    Round round_;  // id 0 while adding
};

class RoomDialog : public FormDialog {
public:
    RoomDialog(wxWindow* parent, store::Database& db, Id event_id);
    RoomDialog(wxWindow* parent, store::Database& db, const Room& room);
    void set_seats(int seats);
    // Remove (the button). A room with workshops is removed only when
    // `keep_workshops_without_room` agrees (asked with their titles).
    bool remove();
    std::function<bool(const wxString&)> keep_workshops_without_room;
    // The room's name in the languages families read (Names in other languages...); tests answer the form.
    void edit_other_languages();
    std::function<int(TextsDialog&)> show_names = [](TextsDialog& dialog) { return dialog.ShowModal(); };

private:
    void do_save() override;
    void bind_other_languages();
    store::Database& db_;
    Room room_;                                 // id 0 while adding
    std::map<std::string, std::string> names_;  // in other languages
};

}  // namespace fn::app
