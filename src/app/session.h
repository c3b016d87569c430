#pragma once
// Which database the app works on: opens one (the default, File > Open, a
// recent one, a new file, or a shared PostgreSQL database), shows the main
// window on it in the mode its login allows, and remembers it in the
// recent list and the settings (wxConfig), never with a password.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <wx/filehistory.h>
#include <wx/weakref.h>

#include "app/main_frame.h"

class wxConfigBase;

namespace fn::store {
class Database;
}

namespace fn::app {

class MainFrame;

class Session {
public:
    explicit Session(wxConfigBase& config);
    ~Session();

    // Opens `path` (sqlite3://PATH or a path; created when missing) in a new
    // main window that replaces the current one. A new, empty file is offered
    // the demo school. False, with a message, when it cannot be opened (the
    // current window stays).
    bool open(const std::string& typed_path);
    // The same, throwing fn::Error instead of telling (for a form that
    // shows the refusal and keeps what was typed).
    void open_or_throw(const std::string& typed_path);
    // The two halves of opening: connect (asking for a password if the
    // server wants one; throws fn::Error), then show the main window on it.
    // A form that connects before it closes shows the window only after it
    // has closed, so the old window is not destroyed under it.
    std::unique_ptr<store::Database> connect(const std::string& typed_path, std::string& path);
    void show(std::unique_ptr<store::Database> db, const std::string& path);

    // The database of the last run, else the default one.
    std::string start_path() const;
    // Opens start_path(); when that fails (a shared database whose server
    // is out of reach, a file on a missing stick), says why and opens the
    // default database instead, so the app still starts.
    bool open_at_start();

    MainFrame* frame() const { return frame_.get(); }
    store::Database* database() const { return databases_.empty() ? nullptr : databases_.back().get(); }
    wxFileHistory& history() { return history_; }

    // Asked before creating the demo school (tests answer without a dialog).
    std::function<bool()> offer_demo;
    // A new, empty database without the demo: the school's name, address,
    // phone and languages are asked first, so flyers never print without
    // them (default: School settings as a welcome form; tests answer).
    std::function<void(MainFrame& frame, store::Database& db)> ask_school_details;
    // Asked when a shared database wants a password that ~/.pgpass does not
    // give; empty: cancelled. The password is kept for this run only.
    std::function<std::string(const std::string& where)> ask_password;
    // How a failure is told (tests collect the message).
    std::function<void(const std::string&)> tell_error;

private:
    wxConfigBase& config_;
    wxFileHistory history_;
    // The current database is the last one. Earlier ones stay open until the
    // app exits: a window being closed may still receive events.
    std::vector<std::unique_ptr<store::Database>> databases_;
    wxWeakRef<MainFrame> frame_;  // empty once the user closed the window
};

}  // namespace fn::app
