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

// The event form: a new event (event_id 0) or changes to one; returns its
// id, or nothing when cancelled. A refusal is shown in the form.
std::optional<Id> show_event_dialog(wxWindow* parent, store::Database& db, Id event_id = 0);

}  // namespace fn::app
