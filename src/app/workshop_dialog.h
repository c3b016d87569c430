#pragma once
// "Run a workshop" (forms/workshop_dialog.xrc): a teacher picks a round and a
// free room, then describes the workshop. Saving goes through
// ops::add_workshop / ops::update_workshop; a refusal is shown in the form,
// which keeps everything as typed.
#include "app/form_dialog.h"
#include "app/texts_dialog.h"

#include <functional>
#include <vector>

#include "core/people.h"
#include "ops/event_ops.h"

class wxChoice;
class wxString;
class wxArrayString;

namespace fn::app {

class WorkshopDialog : public FormDialog {
public:
    // A new workshop (workshop_id 0) placed at round_id/room_id when given,
    // or the existing workshop to edit.
    WorkshopDialog(wxWindow* parent, store::Database& db, Id event_id, Id round_id = 0, Id room_id = 0,
                   Id workshop_id = 0);

    Id saved_id() const { return saved_; }
    // Takes the workshop being edited off the timetable; says who picked it.
    ops::RemovedWorkshop remove_workshop();
    // Picks the room with this name in the room list; false when it is not offered.
    bool choose_room(const wxString& name);
    // Asks which presenter of the workshop titled `title` to take off
    // (a yes/no question when there is one): their index, or -1 for none.
    // Tests answer it without a modal window.
    std::function<int(const wxString& title, const wxArrayString& names)> choose_presenter_to_drop;
    // The "Texts in other languages..." button, and how that form is shown (tests answer it).
    void edit_other_languages();
    std::function<int(TextsDialog&)> show_texts = [](TextsDialog& dialog) { return dialog.ShowModal(); };

private:
    void do_save() override;
    void fill_rooms(Id selected_room);
    // "Presenting now": who presents the workshop being edited.
    void show_presenters();
    // Takes one presenter off the workshop being edited (ops::remove_presenter), asking first.
    void drop_presenter();
    wxString person_name(Id person_id) const;
    Workshop read() const;

    store::Database& db_;
    ops::EventPlan plan_;
    std::vector<Person> people_;
    Workshop editing_;
    std::vector<Id> room_ids_;  // parallel to the room choice; 0 = no room yet
    wxChoice* round_ = nullptr;
    wxChoice* room_ = nullptr;
    wxChoice* presenter_ = nullptr;
    Id saved_ = 0;
};

}  // namespace fn::app
