// The "needs a person" list in the door log window: what a station's server
// refused for a person to look at (a walk-in that may be a family already in
// the directory) is settled there by a click — registered as a new family
// after all, or set aside as dealt with — after a question naming it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <optional>
#include <wx/button.h>
#include <wx/stopwatch.h>
#include <wx/xrc/xmlres.h>

#include "app/door_log_dialog.h"
#include "app/translations.h"
#include "ops/door_desk.h"
#include "ops/door_station.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "support/fixtures.h"
#include "support/gui_events.h"

using namespace fn;
using fn::testing::DbTest;

namespace {

class DoorLogDecisions : public DbTest {
protected:
    Id event = ops::create_event(db, fn::testing::sample_event());

    void SetUp() override {
        DbTest::SetUp();
        // FN_TEST_LANGUAGE: the app's language, for screenshots in each.
        if (const char* language = std::getenv("FN_TEST_LANGUAGE")) app::use_language(language);
    }
    ops::DoorStation station(const std::string& name) {
        auto s = ops::DoorStation::open(dir.file(name + ".db"), place.connection(), event, name, true);
        ops::prepare_station(db, s);
        return s;
    }
    // The same family typed at both stations before either was sent: the
    // second is refused by the server and waits for a person at Door 2.
    void same_walk_in_at_both(const std::string& guardian) {
        Household h;
        h.guardians.push_back({0, guardian, "", "", ContactMethod::Paper, "so"});
        one->walk_in(h, 1, 0);
        two->walk_in(h, 1, 0);
        ops::sync_station(db, *one);
        ASSERT_EQ(ops::sync_station(db, *two).needs_person, 1);
    }
    // FN_TEST_LINGER_MS: stays on screen that long, for a screenshot taken
    // from outside (xwd) of what the volunteer sees.
    static void linger() {
        if (const char* ms = std::getenv("FN_TEST_LINGER_MS")) {
            wxStopWatch watch;
            while (watch.Time() < std::atol(ms)) wxYield();
        }
    }
    // The door log window of Door 2, where `guardian`'s walk-in waits for a person.
    app::DoorLogDialog& log_with_one_to_settle(const std::string& guardian) {
        one.emplace(station("Door 1"));
        two.emplace(station("Door 2"));
        same_walk_in_at_both(guardian);
        desk = std::make_unique<ops::DoorDesk>(*two);
        window = std::make_unique<app::DoorLogDialog>(nullptr, *desk);
        window->Show();
        fn::testing::settle();
        return *window;
    }
    static bool shown_and_enabled(app::DoorLogDialog& dialog, const char* name) {
        auto* b = XRCCTRL(dialog, name, wxButton);
        return b->IsShown() && b->IsEnabled();
    }

    std::optional<ops::DoorStation> one, two;
    std::unique_ptr<ops::DoorDesk> desk;
    std::unique_ptr<app::DoorLogDialog> window;  // declared last: closed before the desk and stations go
};

}  // namespace

TEST_F(DoorLogDecisions, AClickRegistersTheWalkInAsANewFamilyAfterAQuestion) {
    auto& log = log_with_one_to_settle("Hodan Warsame");
    ASSERT_EQ(log.outbox_count(), 1u);
    EXPECT_TRUE(log.outbox_text(0).Contains("needs a person")) << log.outbox_text(0);
    // The family typed here, and the one the server has that it may be.
    EXPECT_TRUE(log.outbox_text(0).Contains("Hodan Warsame")) << log.outbox_text(0);
    EXPECT_TRUE(log.outbox_text(0).AfterFirst(':').AfterFirst(':').Contains("Warsame (")) << log.outbox_text(0);
    EXPECT_TRUE(shown_and_enabled(log, "new_family"));
    EXPECT_TRUE(shown_and_enabled(log, "set_aside"));
    linger();

    std::vector<wxString> asked;
    bool answer = false;
    log.confirm = [&](const wxString& question) {
        asked.push_back(question);
        return answer;
    };
    fn::testing::click(&log, "new_family");  // "No": nothing changes
    ASSERT_EQ(asked.size(), 1u);
    EXPECT_TRUE(asked[0].Contains("new family")) << asked[0];
    EXPECT_TRUE(asked[0].Contains("Warsame")) << asked[0];
    EXPECT_TRUE(log.outbox_text(0).Contains("needs a person"));
    answer = true;
    fn::testing::click(&log, "new_family");
    ASSERT_EQ(log.outbox_count(), 1u);
    EXPECT_TRUE(log.outbox_text(0).Contains("waiting to be sent")) << log.outbox_text(0);
    EXPECT_FALSE(XRCCTRL(log, "new_family", wxButton)->IsShown());  // nothing needs a person now

    EXPECT_EQ(ops::sync_station(db, *two).sent, 1);
    EXPECT_EQ(ops::search_households(db, "hodan").size(), 2u);
    log.reload();
    EXPECT_EQ(log.outbox_count(), 0u);
}

TEST_F(DoorLogDecisions, AClickSetsTheLineAsideAndItIsNoLongerListed) {
    auto& log = log_with_one_to_settle("Ilhan Yusuf");
    log.confirm = [](const wxString&) { return true; };
    fn::testing::click(&log, "set_aside");
    EXPECT_EQ(log.outbox_count(), 0u);
    EXPECT_FALSE(XRCCTRL(log, "set_aside", wxButton)->IsShown());
    EXPECT_EQ(ops::sync_station(db, *two).needs_person, 0);
    EXPECT_EQ(ops::search_households(db, "ilhan").size(), 1u);
    EXPECT_EQ(two->outbox().back().state, OutboxState::SetAside);
}
