// File > New / Open / recent: the session swaps the main window onto another
// database and remembers it in the settings.
#include <gtest/gtest.h>
#include <wx/fileconf.h>

#include "app/main_frame.h"
#include "app/session.h"
#include "ops/event_ops.h"
#include "ops/settings_ops.h"
#include "store/database.h"
#include "support/fixtures.h"
#include "support/temp_dir.h"

using namespace fn;

TEST(Session, OpensDatabasesRemembersThemAndKeepsTheWindowOnFailure) {
    fn::testing::TempDir dir;
    std::string first = dir.file("first.familynight"), second = dir.file("second.familynight");
    {
        wxFileConfig config("FamilyNight", "", dir.file("settings.conf"), "", wxCONFIG_USE_LOCAL_FILE);
        app::Session session(config);
        std::vector<std::string> errors;
        session.offer_demo = [] { return false; };
        session.tell_error = [&](const std::string& m) { errors.push_back(m); };
        int asked_for_school = 0;
        session.ask_school_details = [&](app::MainFrame&, store::Database& db) {
            ++asked_for_school;
            auto s = ops::load_settings(db);
            s.name = "Lincoln Elementary";
            ops::save_settings(db, s);
        };

        ASSERT_TRUE(session.open(first));
        EXPECT_EQ(session.frame()->event_count(), 0u);
        EXPECT_EQ(asked_for_school, 1);  // a new, empty file asks for the school first
        EXPECT_EQ(ops::load_settings(*session.database()).name, "Lincoln Elementary");
        ops::create_event(*session.database(), fn::testing::sample_event("2099-01-15"));

        session.offer_demo = [] { return true; };  // the new file gets the demo school
        app::MainFrame* before = session.frame();
        ASSERT_TRUE(session.open(second));
        EXPECT_NE(session.frame(), before);
        EXPECT_GT(session.frame()->event_count(), 1u);
        EXPECT_EQ(session.history().GetCount(), 2u);
        EXPECT_EQ(session.history().GetHistoryFile(0), wxString::FromUTF8(second));  // most recent first

        app::MainFrame* current = session.frame();
        // A server that is not there (loopback, a port nothing listens on:
        // refused at once, without asking any name server).
        EXPECT_FALSE(session.open("postgresql://127.0.0.1:1/fn"));
        ASSERT_EQ(errors.size(), 1u);
        EXPECT_NE(errors[0].find("Could not open postgresql://127.0.0.1:1/fn"), std::string::npos) << errors[0];
        EXPECT_EQ(session.frame(), current);  // the window stays on the working database

        ASSERT_TRUE(session.open(first));  // reopening keeps what was saved
        EXPECT_EQ(session.frame()->event_count(), 1u);
        EXPECT_EQ(asked_for_school, 1);  // not asked again, nor for the demo school
        EXPECT_EQ(session.start_path(), first);
        session.frame()->Destroy();
    }
    // A new run starts on the last database and still lists both.
    wxFileConfig config("FamilyNight", "", dir.file("settings.conf"), "", wxCONFIG_USE_LOCAL_FILE);
    app::Session again(config);
    EXPECT_EQ(again.start_path(), first);
    EXPECT_EQ(again.history().GetCount(), 2u);
}

// The last database was a shared one whose server is out of reach (the
// laptop is at home): the app says so and starts on the local database.
TEST(Session, AnUnreachableSharedDatabaseAtStartOpensTheLocalOneInstead) {
    fn::testing::TempDir dir;
    ::setenv("XDG_DATA_HOME", dir.file("data").c_str(), 1);
    wxFileConfig config("FamilyNight", "", dir.file("settings.conf"), "", wxCONFIG_USE_LOCAL_FILE);
    config.Write("/Database/Last", "host=127.0.0.1 port=1 dbname=school");  // nothing listens on port 1
    app::Session session(config);
    std::vector<std::string> errors;
    session.offer_demo = [] { return false; };
    session.ask_school_details = [](app::MainFrame&, store::Database&) {};
    session.tell_error = [&](const std::string& m) { errors.push_back(m); };
    EXPECT_EQ(session.start_path(), "host=127.0.0.1 port=1 dbname=school");
    ASSERT_TRUE(session.open_at_start());
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].find("cannot connect"), std::string::npos) << errors[0];
    EXPECT_EQ(session.database()->location(), store::default_database_path());
    EXPECT_EQ(store::default_database_path(), dir.file("data") + "/familynight/familynight.db");
    session.frame()->Destroy();
    ::unsetenv("XDG_DATA_HOME");
}
