// File > Connect to a shared database, driven as a user would: the form is
// filled in and Connect pressed; a refusal stays in the form with what was
// typed; the database is remembered without its password; a door login
// opens at the door and says what it may do. Needs the test PostgreSQL
// server (registered only with it).
#include <gtest/gtest.h>
#include <wx/fileconf.h>
#include <wx/statusbr.h>

#include <regex>

#include "app/command_ids.h"
#include "app/connect_dialog.h"
#include "app/main_frame.h"
#include "app/session.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "store/postgresql_roles.h"
#include "support/fixtures.h"

using namespace fn;

namespace {

std::string part(const std::string& connection, const std::string& key) {
    std::smatch m;
    std::regex re("(?:^|\\s)" + key + "=(\\S+)");
    return std::regex_search(connection, m, re) ? m[1].str() : "";
}

void settle() {
    for (int i = 0; i < 5; ++i) {
        wxYield();
        wxMilliSleep(10);
    }
}

// Fills the connect form when it is open, presses Connect, and notes what its
// error line then says (or that it closed).
struct ConnectFormDriver {
    std::map<const char*, std::string> fields;
    wxString error_after_connect;
    bool found = false;
    void operator()() {
        for (wxWindow* w : wxTopLevelWindows)
            if (auto* form = dynamic_cast<app::ConnectDialog*>(w); form && form->IsModal()) {
                found = true;
                for (const auto& [name, value] : fields) form->set_field(name, wxString::FromUTF8(value));
                wxCommandEvent connect(wxEVT_BUTTON, wxID_OK);
                connect.SetEventObject(form);
                form->GetEventHandler()->ProcessEvent(connect);
                error_after_connect = form->IsModal() ? form->error_text() : wxString();
                if (form->IsModal()) form->EndModal(wxID_CANCEL);
                return;
            }
    }
};

}  // namespace

TEST(SharedDatabase, ConnectsThroughTheFormRemembersItWithoutThePasswordAndOpensADoorLoginAtTheDoor) {
    fn::testing::TempDir dir;
    fn::testing::TestDatabase place{dir};
    ASSERT_TRUE(place.postgresql()) << "needs the test PostgreSQL server (FN_TEST_POSTGRESQL_FILE)";
    const std::string door_login = "door_gui_" + std::to_string(::getpid());
    {
        auto db = store::Database::open(place.connection());
        ops::create_event(db, fn::testing::sample_event("2099-03-05"));
        ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
        store::set_up_roles(db);
        store::grant_access(db, door_login, store::Access::Door, "door pass", 0);
    }
    const std::string conn = place.connection();

    wxFileConfig config("FamilyNight", "", dir.file("settings.conf"), "", wxCONFIG_USE_LOCAL_FILE);
    app::Session session(config);
    session.offer_demo = [] { return false; };
    session.ask_school_details = [](app::MainFrame&, store::Database&) {};
    std::vector<std::string> errors;
    session.tell_error = [&](const std::string& m) { errors.push_back(m); };
    ASSERT_TRUE(session.open(dir.file("laptop.familynight")));
    app::MainFrame* laptop = session.frame();

    auto connect = [&](ConnectFormDriver& driver) {
        laptop = session.frame();
        laptop->CallAfter([&driver] { driver(); });
        wxCommandEvent menu(wxEVT_MENU, app::kConnectDatabase);
        laptop->GetEventHandler()->ProcessEvent(menu);
        settle();
    };

    // A database name that is not there: refused in the form, which stays open with what was typed.
    ConnectFormDriver wrong;
    wrong.fields = {{"server", part(conn, "host")},
                    {"port", part(conn, "port")},
                    {"database", "no_such_school"},
                    {"user", door_login},
                    {"password", "door pass"}};
    connect(wrong);
    ASSERT_TRUE(wrong.found) << "File > Connect opened no form";
    EXPECT_TRUE(wrong.error_after_connect.Contains("cannot connect")) << wrong.error_after_connect;
    EXPECT_EQ(session.frame(), laptop);  // still on the laptop's file

    ConnectFormDriver bad_port;
    bad_port.fields = {{"server", part(conn, "host")}, {"port", "54x"}, {"database", part(conn, "dbname")}};
    connect(bad_port);
    EXPECT_TRUE(bad_port.error_after_connect.Contains("'54x' is not a port number")) << bad_port.error_after_connect;

    ConnectFormDriver right;
    right.fields = {{"server", part(conn, "host")},
                    {"port", part(conn, "port")},
                    {"database", part(conn, "dbname")},
                    {"user", door_login},
                    {"password", "door pass"}};
    connect(right);
    EXPECT_EQ(right.error_after_connect.utf8_string(), "");
    ASSERT_NE(session.frame(), laptop) << "the window did not move to the shared database";
    app::MainFrame* shared = session.frame();
    EXPECT_EQ(session.database()->access(), store::Access::Door);
    EXPECT_TRUE(shared->door_mode()) << "a door login opens at the door";
    EXPECT_TRUE(shared->GetStatusBar()->GetStatusText().Contains("Signed in as a door station"))
        << shared->GetStatusBar()->GetStatusText();
    EXPECT_EQ(shared->event_count(), 1u);

    const std::string remembered = session.history().GetHistoryFile(0).utf8_string();
    EXPECT_NE(remembered.find("dbname='" + part(conn, "dbname") + "'"), std::string::npos) << remembered;
    EXPECT_EQ(remembered.find("password"), std::string::npos) << remembered;
    EXPECT_EQ(remembered.find("door pass"), std::string::npos) << remembered;
    config.Flush();
    std::ifstream saved(dir.file("settings.conf"));
    std::string settings((std::istreambuf_iterator<char>(saved)), std::istreambuf_iterator<char>());
    EXPECT_EQ(settings.find("door pass"), std::string::npos) << "the password reached the settings file";
    EXPECT_TRUE(errors.empty());
    shared->Destroy();
    settle();
}
