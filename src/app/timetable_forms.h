#pragma once
// The timetable's small forms (forms/timetable_forms.xrc): add a round, add
// a room. Each saves through one ops call; a refusal stays in the form.
#include "app/form_dialog.h"
#include "core/ids.h"

namespace fn::store {
class Database;
}

namespace fn::app {

class RoundDialog : public FormDialog {
public:
    // Round `number`, offered from `start` to `end`.
    RoundDialog(wxWindow* parent, store::Database& db, Id event_id, int number, const wxString& start,
                const wxString& end);

private:
    void do_save() override;
    store::Database& db_;
    Id event_id_;
    int number_;
};

class RoomDialog : public FormDialog {
public:
    RoomDialog(wxWindow* parent, store::Database& db, Id event_id);
    void set_seats(int seats);

private:
    void do_save() override;
    store::Database& db_;
    Id event_id_;
};

}  // namespace fn::app
