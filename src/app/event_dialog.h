#pragma once
// The event form (forms/event_dialog.xrc), for a new event or to change the
// chosen one. The form only moves data between its fields and an Event;
// ops::create_event / ops::update_event validate and save.
#include "app/form_dialog.h"
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

private:
    void do_save() override;
    store::Database& db_;
    Event original_;
    Id saved_ = 0;
};

}  // namespace fn::app
