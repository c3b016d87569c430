#pragma once
// Each dialog is a small class opened by one free function, so frames do not
// include every dialog.
#include <optional>
#include <string>

#include "core/ids.h"

class wxWindow;

namespace fn::store {
class Database;
}

namespace fn::app {

// Registers and checks in a walk-in family; returns its family code, or
// nothing when cancelled. Errors are shown in the dialog and lose nothing.
std::optional<std::string> show_walk_in_dialog(wxWindow* parent, store::Database& db, Id event_id);

// Creates an event from the "New event" form; returns its id, or nothing when cancelled.
std::optional<Id> show_new_event_dialog(wxWindow* parent, store::Database& db);

}  // namespace fn::app
