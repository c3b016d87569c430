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

// Creates an event from the "New event" form; returns its id, or nothing when cancelled.
std::optional<Id> show_new_event_dialog(wxWindow* parent, store::Database& db);

}  // namespace fn::app
