#pragma once
// The "New event" form (forms/event_dialog.xrc): the dialog only moves data
// between its fields and an Event; ops::create_event validates and saves.
#include <wx/dialog.h>

#include "core/event.h"

namespace fn::app {

class EventDialog : public wxDialog {
public:
    explicit EventDialog(wxWindow* parent);
    // The event as typed (not yet validated).
    Event read() const;
    // Fills the fields (tests, and "copy" later).
    void set_field(const char* name, const wxString& value);
};

}  // namespace fn::app
