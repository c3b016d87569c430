#pragma once
// Event > Export: the chosen event's RSVPs, attendance or volunteers as CSV,
// or the calendar of events as iCalendar, to a file the user names. The one
// way family data leaves the machine, so it is always the user's choice.
#include <functional>
#include <string>

#include "core/ids.h"

class wxFrame;
class wxMenu;

namespace fn::store {
class Database;
}

namespace fn::app {

enum class ExportKind { Rsvps, Attendance, Volunteers, Directory, Calendar };

class ExportMenu {
public:
    ExportMenu(wxFrame* frame, store::Database& db, std::function<Id()> current_event);
    wxMenu* make_menu();
    // Writes the export to `path` (off the GUI thread); returns the rows written,
    // or -1 when nothing was (the reason was shown).
    int export_to(ExportKind kind, const std::string& path);

private:
    void ask_and_export(ExportKind kind);
    wxFrame* frame_;
    store::Database& db_;
    std::function<Id()> current_event_;
};

}  // namespace fn::app
