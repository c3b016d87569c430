// The door on a shared database, in the window, when the server goes away:
// door mode keeps tonight's door list at the station; families are checked
// in by keys (surname + Enter) while the server is stopped; the top line
// says the door works offline and how much waits; when the server is back
// everything is sent, with the times it was typed. Runs on a PostgreSQL
// server of its own (tests/app/door_station_window.sh starts it and names
// it in FN_TEST_POSTGRESQL_FILE and FN_PG_SERVER_STATE), as it stops it.
#include <gtest/gtest.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>

#include "app/door_panel.h"
#include "app/main_frame.h"
#include "ops/door_log_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "support/fixtures.h"
#include "support/gui_events.h"
#include "support/plan_fixtures.h"

using namespace fn;

namespace {

class DoorStationWindow : public fn::testing::DbTest {
protected:
    void SetUp() override {
        const char* state = std::getenv("FN_PG_SERVER_STATE");
        const char* script = std::getenv("FN_PG_SERVER_SCRIPT");
        if (!state || !script || !place.postgresql()) GTEST_FAIL() << "run through door_station_window.sh";
        server_control = std::string("cd / && bash '") + script + "' %s '" + state + "'";
        event = ops::create_event(db, fn::testing::sample_event("2099-12-03"));
        for (const char* surname : {"Qab", "Qac", "Qad", "Qae", "Qaf", "Qag", "Qah", "Qai", "Qaj", "Qak"}) {
            auto h = fn::testing::sample_household(std::string(surname) + " Parent", "Kid", surname);
            h.guardians[0].phone = "";
            fn::testing::rsvp_yes(db, event, ops::add_household(db, h), 1, {7});
        }
        frame = new app::MainFrame(db, "shared");
        frame->Show();
        fn::testing::settle();
        frame->select_event(0);
        fn::testing::settle();
        frame->set_door_mode(true);  // F11: door mode keeps the door list at this station
        ASSERT_TRUE(fn::testing::wait_for([&] {
            return news_says([](const app::StationNews& n) { return n.refreshed; });
        })) << "the door list was never copied to the station";
    }
    void TearDown() override {
        if (paused) server("resume");  // whatever happened, the next test has its server
        if (frame) frame->Destroy();
        wxYield();
    }

    void server(const char* action) {
        char command[2048];
        std::snprintf(command, sizeof command, server_control.c_str(), action);
        if (std::system(command) != 0) ADD_FAILURE() << "could not " << action << " the test server";
        paused = std::string(action) == "pause";
    }
    bool news_says(const std::function<bool(const app::StationNews&)>& what) {
        return door()->station_news() && what(*door()->station_news());
    }
    app::DoorPanel* door() { return frame->door(); }
    // A real key press for each letter and Enter, into the search box.
    void check_in_by_keys(const std::string& surname) {
        wxPoint inside = door()->search_box()->GetScreenRect().GetPosition() + wxPoint(20, 10);
        sim.MouseMove(inside);
        door()->search_box()->SetFocus();
        fn::testing::settle();
        sim.Text(surname.c_str());
        ASSERT_TRUE(
            fn::testing::wait_for([&] { return door()->search_box()->GetValue() == wxString::FromUTF8(surname); }));
        auto before = std::chrono::steady_clock::now();
        sim.Char(WXK_RETURN);
        ASSERT_TRUE(fn::testing::wait_for([&] { return door()->status_text().Contains("Welcome"); }))
            << door()->status_text();
        longest_enter = std::max(longest_enter, std::chrono::steady_clock::now() - before);
        door()->search_box()->ChangeValue("");
    }
    // Read on a connection of its own: the window's died with the server.
    int on_server(DoorAction action, bool typed_offline) {
        auto fresh = store::Database::open(place.connection(), store::OpenMode::MustExist);
        int n = 0;
        for (const auto& line : ops::door_log(fresh, event))
            n += line.entry.action == action && line.entry.typed_offline() == typed_offline;
        return n;
    }

    std::string server_control;
    bool paused = false;
    Id event = 0;
    app::MainFrame* frame = nullptr;
    wxUIActionSimulator sim;
    std::chrono::steady_clock::duration longest_enter{};
};

}  // namespace

TEST_F(DoorStationWindow, KeepsCheckingInWithoutTheServerAndSendsEverythingWhenItIsBack) {
    for (const char* surname : {"qab", "qac", "qad"}) check_in_by_keys(surname);
    ASSERT_TRUE(fn::testing::wait_for([&] { return on_server(DoorAction::CheckIn, false) == 3; }))
        << "sent while the server is up";
    EXPECT_FALSE(door()->event_text().Contains("offline"));

    server("pause");
    for (const char* surname : {"qae", "qaf", "qag", "qah", "qai"}) check_in_by_keys(surname);
    ASSERT_TRUE(fn::testing::wait_for([&] {
        return news_says([](const app::StationNews& n) { return !n.reached && n.waiting == 5; });
    })) << door()->event_text();
    EXPECT_TRUE(door()->event_text().Contains("Working offline: 5 door actions waiting to be sent"))
        << door()->event_text();
    // The station still knows who is here: a second Enter on a family checked
    // in offline does not check it in twice.
    EXPECT_NE(door()->totals_text().Find("8 families here"), wxNOT_FOUND) << door()->totals_text();
    RecordProperty("longest_enter_offline_ms",
                   static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(longest_enter).count()));

    server("resume");
    ASSERT_TRUE(fn::testing::wait_for([&] {
        return news_says([](const app::StationNews& n) { return n.reached && n.waiting == 0; });
    })) << door()->event_text();
    EXPECT_EQ(on_server(DoorAction::CheckIn, true), 5);  // typed offline, sent later
    EXPECT_EQ(on_server(DoorAction::CheckIn, false), 3);
    EXPECT_FALSE(door()->event_text().Contains("offline")) << door()->event_text();
}

namespace {

// Statements the test server has logged so far (it logs every one once
// asked: each is a round trip or more).
long long statements_logged(const std::string& state) {
    std::ifstream datadir(state + "/datadir");
    std::string data;
    std::getline(datadir, data);
    std::ifstream log(data + "/server.log");
    long long n = 0;
    for (std::string line; std::getline(log, line);)
        n += line.find("LOG:  statement:") != std::string::npos || line.find("LOG:  execute") != std::string::npos;
    return n;
}

}  // namespace

// A check-in typed at the window costs the server one statement to send it
// and one to read tonight's door list again (another station's arrivals):
// counted in the server's own log, from the key press until the station
// says it is sent and refreshed.
TEST_F(DoorStationWindow, ACheckInByKeysCostsTheServerAtMostFiveStatementsWithTheRefresh) {
    const std::string state = std::getenv("FN_PG_SERVER_STATE");
    db.sql() << "ALTER SYSTEM SET log_statement = 'all'";
    db.sql() << "SELECT pg_reload_conf()";
    check_in_by_keys("qab");  // the first send also starts the station's worker
    ASSERT_TRUE(fn::testing::wait_for(
        [&] { return news_says([](const app::StationNews& n) { return n.reached && n.waiting == 0; }); }));
    std::vector<long long> costs;
    for (const char* surname : {"qac", "qad", "qae"}) {
        auto logged = [&] { return static_cast<int>(statements_logged(state)); };
        ASSERT_TRUE(fn::testing::wait_until_steady(logged));
        const long long before = statements_logged(state);
        check_in_by_keys(surname);
        ASSERT_TRUE(fn::testing::wait_for(
            [&] { return news_says([](const app::StationNews& n) { return n.reached && n.waiting == 0; }); }));
        ASSERT_TRUE(fn::testing::wait_until_steady(logged));
        costs.push_back(statements_logged(state) - before);
    }
    db.sql() << "ALTER SYSTEM RESET log_statement";
    db.sql() << "SELECT pg_reload_conf()";
    for (long long cost : costs) {
        EXPECT_GE(cost, 1) << "nothing was sent?";
        EXPECT_LE(cost, 5) << "statements for one check-in, its refresh included";
    }
    RecordProperty("statements_per_check_in", static_cast<int>(costs.back()));
}
