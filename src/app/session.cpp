#include "app/session.h"

#include <wx/config.h>
#include <wx/msgdlg.h>

#include <filesystem>

#include "app/main_frame.h"
#include "app/settings_dialog.h"
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
                            "FamilyNight", wxYES_NO | wxICON_QUESTION) == wxYES;
    };
    ask_school_details = [](MainFrame& frame, store::Database& db) {
        SettingsDialog welcome(&frame, db);
        welcome.SetTitle(_("Welcome to FamilyNight: tell it about your school"));
        welcome.ShowModal();  // Cancel is fine: File > School settings later
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
    if (config_.Read("/Database/Last", &last) && !last.empty() &&
        std::filesystem::exists(store::parse_connection_string(last.utf8_string()).location))
        return last.utf8_string();
    return store::default_database_path();
}

bool Session::open(const std::string& typed_path) {
    // Remembered paths must work from any directory the app starts in.
    std::string path = typed_path.find("://") == std::string::npos && !typed_path.empty()
                           ? std::filesystem::absolute(typed_path).lexically_normal().string()
                           : typed_path;
    std::unique_ptr<store::Database> db;
    bool fresh = false, demo = false;
    try {
        fresh = !std::filesystem::exists(store::parse_connection_string(path).location);
        db = std::make_unique<store::Database>(store::Database::open(path));
        demo = fresh && offer_demo();
        if (demo) ops::create_demo_school(*db, {});
    } catch (const Error& e) {
        tell_error(std::string("Could not open ") + path + ": " + e.what());
        return false;
    }
    databases_.push_back(std::move(db));
    MainFrame* old = frame_.get();
    frame_ = new MainFrame(*databases_.back(), wxString::FromUTF8(path));
    frame_->attach_session(*this);
    if (old) {
        frame_->SetSize(old->GetRect());
        old->detach_session();
        old->Destroy();
    }
    frame_->Show();
    if (fresh && !demo) ask_school_details(*frame_, *databases_.back());
    history_.AddFileToHistory(wxString::FromUTF8(path));
    config_.Write("/Database/Last", wxString::FromUTF8(path));
    config_.SetPath("/RecentDatabases");
    history_.Save(config_);
    config_.SetPath("/");
    config_.Flush();
    return true;
}

}  // namespace fn::app
