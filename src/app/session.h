#pragma once
// Which database the app works on: opens one (the default, File > Open, a
// recent one, or a new file), shows the main window on it, and remembers it
// in the recent-files list and the settings (wxConfig).
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

    // The database of the last run, else the default one.
    std::string start_path() const;

    MainFrame* frame() const { return frame_.get(); }
    store::Database* database() const { return databases_.empty() ? nullptr : databases_.back().get(); }
    wxFileHistory& history() { return history_; }

    // Asked before creating the demo school (tests answer without a dialog).
    std::function<bool()> offer_demo;
    // A new, empty database without the demo: the school's name, address,
    // phone and languages are asked first, so flyers never print without
    // them (default: School settings as a welcome form; tests answer).
    std::function<void(MainFrame& frame, store::Database& db)> ask_school_details;
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
