#include "app/session.h"

#include <wx/config.h>
#include <wx/msgdlg.h>
#include <wx/textdlg.h>

#include <filesystem>

#include "app/main_frame.h"
#include "app/settings_dialog.h"
#include "app/translations.h"
#include "core/errors.h"
#include "ops/demo_school.h"
#include "store/database.h"

namespace fn::app {

Session::Session(wxConfigBase& config) : config_(config) {
    config_.SetPath("/RecentDatabases");
    history_.Load(config_);
    config_.SetPath("/");
    offer_demo = [] {
        return wxMessageBox(_("This is a new database. Create the demo school in it so you can look around?"),
                            "FamilyNight", wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION) ==
               wxYES;  // Enter keeps a real school's new file empty
    };
    ask_school_details = [](MainFrame& frame, store::Database& db) {
        SettingsDialog welcome(&frame, db);
        welcome.SetTitle(_("Welcome to FamilyNight: tell it about your school"));
        welcome.ShowModal();  // Cancel is fine: File > School settings later
    };
    ask_password = [](const std::string& where) {
        wxPasswordEntryDialog ask(
            nullptr, wxString::Format(_("Password for %s (not saved):"), wxString::FromUTF8(where)), "FamilyNight");
        return ask.ShowModal() == wxID_OK ? ask.GetValue().utf8_string() : std::string();
    };
    tell_error = [](const std::string& message) {
        wxMessageBox(wxString::FromUTF8(message), "FamilyNight", wxOK | wxICON_ERROR);
    };
}

Session::~Session() {
    if (frame_) frame_->detach_session();
    config_.SetPath("/RecentDatabases");
    history_.Save(config_);
    config_.SetPath("/");
    config_.Flush();
}

std::string Session::start_path() const {
    wxString last;
    if (!config_.Read("/Database/Last", &last) || last.empty()) return store::default_database_path();
    auto target = store::parse_connection_string(last.utf8_string());
    // A shared database is tried again (it may be down: then the user is told).
    if (target.backend == store::ConnectionTarget::Backend::Postgresql || std::filesystem::exists(target.location))
        return last.utf8_string();
    return store::default_database_path();
}

bool Session::open_at_start() {
    const std::string last = start_path(), fallback = store::default_database_path();
    return open(last) || (last != fallback && open(fallback));
}

bool Session::open(const std::string& typed_path) {
    try {
        open_or_throw(typed_path);
        return true;
    } catch (const Error& e) {
        tell_error(std::string("Could not open ") + store::without_password(typed_path) + ": " + e.what());
        return false;
    }
}

namespace {

// What the login may do, said in the status bar (nothing for a coordinator).
wxString access_note(store::Access access) {
    switch (access) {
        case store::Access::Door:
            return _("Signed in as a door station: names, codes and door work only, no phone numbers or addresses");
        case store::Access::Teacher:
            return _("Signed in as a teacher: you can change your own workshops and sign up for shifts");
        case store::Access::Coordinator:
            break;
    }
    return {};
}

}  // namespace

void Session::open_or_throw(const std::string& typed_path) {
    std::string path;
    auto db = connect(typed_path, path);
    show(std::move(db), path);
}

std::unique_ptr<store::Database> Session::connect(const std::string& typed_path, std::string& path) {
    // Remembered file paths must work from any directory the app starts in.
    const bool file = store::parse_connection_string(typed_path).backend == store::ConnectionTarget::Backend::Sqlite3;
    path = file && typed_path.find("://") == std::string::npos && !typed_path.empty()
               ? std::filesystem::absolute(typed_path).lexically_normal().string()
               : typed_path;
    try {
        return std::make_unique<store::Database>(store::Database::open(path));
    } catch (const PasswordNeededError&) {
        std::string password = ask_password ? ask_password(store::without_password(path)) : std::string();
        if (password.empty()) throw;
        return std::make_unique<store::Database>(store::Database::open(store::with_password(path, password)));
    }
}

void Session::show(std::unique_ptr<store::Database> db, const std::string& path) {
    const bool fresh = db->was_new();
    const bool demo = fresh && offer_demo();
    if (demo) ops::create_demo_school(*db, {});
    databases_.push_back(std::move(db));
    store::Database& opened = *databases_.back();
    const std::string shown = opened.display_name();
    MainFrame* old = frame_.get();
    frame_ = new MainFrame(opened, wxString::FromUTF8(shown));
    frame_->attach_session(*this);
    if (old) {
        frame_->SetSize(old->GetRect());
        old->detach_session();
        old->Destroy();
    }
    frame_->Show();
    const store::Access access = opened.access();
    // A daily backup skipped to keep the disk from filling: in the status line.
    wxString note = access_note(access);
    if (!opened.open_note().empty())
        note = note.empty() ? translated(opened.open_note()) : note + " - " + translated(opened.open_note());
    frame_->set_access_note(note);
    // A door station's login opens at the door: that is all it may do.
    if (access == store::Access::Door) frame_->set_door_mode(true);
    if (fresh && !demo) ask_school_details(*frame_, opened);
    const std::string remembered = store::without_password(path);
    history_.AddFileToHistory(wxString::FromUTF8(remembered));
    config_.Write("/Database/Last", wxString::FromUTF8(remembered));
    config_.SetPath("/RecentDatabases");
    history_.Save(config_);
    config_.SetPath("/");
    config_.Flush();
}

}  // namespace fn::app
