#pragma once
// The coordinator's window: events on the left (upcoming first), the chosen
// event's live counts and check-in mode on the right.
#include <wx/frame.h>
#include <wx/timer.h>

#include <memory>
#include <vector>

#include "core/event.h"

class wxListCtrl;
class wxMenu;
class wxNotebook;
class wxSplitterWindow;
class wxHtmlWindow;
class wxTextCtrl;

namespace fn::store {
class Database;
}

namespace fn::app {

class DoorPanel;
class FamiliesPanel;
class ExportMenu;
class BackupMenu;
class PrintMenu;
class Session;
class RsvpPanel;
class TimetablePanel;
class VolunteersPanel;

class MainFrame : public wxFrame {
public:
    MainFrame(store::Database& db, const wxString& db_label);

    void select_event(std::size_t index);
    // Reloads the list and selects the event with this id.
    void show_event(Id id);
    std::size_t event_count() const { return events_.size(); }
    DoorPanel* door() const { return door_; }
    FamiliesPanel* families() const { return families_; }
    RsvpPanel* rsvps() const { return rsvps_; }
    TimetablePanel* timetable() const { return timetable_; }
    VolunteersPanel* volunteers() const { return volunteers_; }
    PrintMenu& print_menu() { return *print_menu_; }
    ExportMenu& export_menu() { return *export_menu_; }
    BackupMenu& backup_menu() { return *backup_menu_; }
    wxNotebook* tabs() const { return tabs_; }
    Id current_event() const { return current_; }
    wxString counts_text() const;
    // File > New / Open / recent databases, through the app's session.
    void attach_session(Session& session);
    // Before the window or the session goes: unhooks the recent-files menu.
    void detach_session();
    // Every open view reads the database again: called after each commit on
    // this window's connection, and when the timer sees another connection's
    // (another station, the import worker). Hidden tabs refresh when shown.
    void refresh_views();
    void refresh_views_or_say_why();
    // Full-window door mode: only the check-in panel, in large type (F11).
    void set_door_mode(bool on);
    // What the database login may do, said in the status bar beside the
    // database's name (empty for a coordinator).
    void set_access_note(const wxString& note);
    bool door_mode() const { return door_mode_; }
    // Stops listening to the database at once: the frame is deleted later,
    // when the database it was given may already be gone.
    bool Destroy() override;
    ~MainFrame() override;

private:
    void load_events();
    void copy_current_event();
    void type_evaluation_forms();
    void set_status(EventStatus status);
    void show_counts();
    void make_menus();
    void make_toolbar();
    void choose_language();
    void start_school_year();  // File > Start a new school year
    void purge_expired();      // File > Erase old personal data
    void replace_event_pages();
    void refresh_page(wxWindow* page);
    void schedule_refresh();
    void fit_to_screen();

    store::Database& db_;
    std::vector<Event> events_;
    wxListCtrl* event_list_ = nullptr;
    wxNotebook* tabs_ = nullptr;
    wxSplitterWindow* split_ = nullptr;
    bool door_mode_ = false;
    std::string server_problem_;
    bool left_door_stale_ =
        false;  // changes came while door mode read the station's copy  // why the last refresh failed, until one works
    wxMenu* file_menu_ = nullptr;
    wxMenu* recent_menu_ = nullptr;
    Session* session_ = nullptr;
    wxString db_label_;
    wxString access_note_;
    wxHtmlWindow* counts_ = nullptr;  // the dashboard
    wxString counts_plain_;           // the same numbers as text (tests, screen readers)
    DoorPanel* door_ = nullptr;
    FamiliesPanel* families_ = nullptr;
    RsvpPanel* rsvps_ = nullptr;
    TimetablePanel* timetable_ = nullptr;
    VolunteersPanel* volunteers_ = nullptr;
    std::unique_ptr<PrintMenu> print_menu_;
    std::unique_ptr<ExportMenu> export_menu_;
    std::unique_ptr<BackupMenu> backup_menu_;
    Id current_ = 0;
    // Another connection's commits, seen through PRAGMA data_version.
    wxTimer watch_;
    long long seen_version_ = 0;
    bool refresh_pending_ = false;
    bool closing_ = false;
    std::vector<wxWindow*> stale_pages_;
};

}  // namespace fn::app
