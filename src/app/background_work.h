#pragma once
// Long work (big print runs, exports) off the GUI thread: a worker with its
// own connection to the same database file, and a pulsing progress dialog
// when it takes long enough to notice.
#include <functional>
#include <string>

class wxString;
class wxWindow;

namespace fn::store {
class Database;
}

namespace fn::app {

// Runs `work` on a worker thread with a connection of its own to
// `db_location` (SQLite in WAL mode lets the window keep reading). After a
// moment a progress dialog with `message` appears. Returns when the work is
// done; rethrows whatever it threw.
void run_in_background(wxWindow* parent, const std::string& db_location, const wxString& message,
                       const std::function<void(store::Database&)>& work);

}  // namespace fn::app
