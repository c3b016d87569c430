// The SQL aggregate behind the learned walk-in buffer must agree with the
// unit-tested turnout rule on the same data.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "core/rules/turnout.h"
#include "store/attendance_store.h"
#include "store/event_store.h"
#include "store/household_store.h"
#include "store/rsvp_store.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

TEST_F(DbTest, PastTurnoutInSqlMatchesTheRule) {
    auto e = fn::testing::sample_event("2026-10-01");
    e.status = EventStatus::Done;
    Id ev = 0;
    std::vector<Id> hh;
    db.transaction([&](soci::session& sql) {
        ev = store::insert_event(sql, e);
        for (int i = 0; i < 6; ++i) {
            auto h = fn::testing::sample_household("Guardian " + std::to_string(i), "Kid", "Family");
            h.code = "ACDEF" + std::string(1, "HJKMNP"[i]);
            hh.push_back(store::insert_household(sql, h));
        }
        auto rsvp = [&](Id h, RsvpStatus s, int adults, std::vector<int> kids) {
            Rsvp r;
            r.event_id = ev;
            r.household_id = h;
            r.status = s;
            r.adults = adults;
            r.child_ages = std::move(kids);
            r.recorded_at = "2026-09-20 10:00:00";
            store::save_rsvp(sql, r);
        };
        rsvp(hh[0], RsvpStatus::Yes, 2, {4, 7});  // comes
        rsvp(hh[1], RsvpStatus::Yes, 1, {10});    // no-show, 2 people
        rsvp(hh[2], RsvpStatus::Yes, 2, {});      // no-show, 2 people
        rsvp(hh[3], RsvpStatus::No, 1, {});       // said no, comes: walk-in
        auto checkin = [&](Id h, int a, int c) {
            CheckIn ci;
            ci.event_id = ev;
            ci.household_id = h;
            ci.adults = a;
            ci.children = c;
            ci.checked_in_at = "2026-10-01 17:40:00";
            store::insert_checkin(sql, ci);
        };
        checkin(hh[0], 2, 3);
        checkin(hh[3], 1, 1);
        checkin(hh[4], 2, 2);  // no RSVP at all
    });
    auto rule = compute_turnout(store::rsvps_of_event(db.sql(), ev), store::checkins_of_event(db.sql(), ev));
    EXPECT_TRUE(store::past_turnouts(db.sql(), "2026-12-01").empty());  // no summary yet
    db.transaction([&](soci::session& s) { store::refresh_turnout_summary(s, ev); });
    auto sql = store::past_turnouts(db.sql(), "2026-12-01");
    ASSERT_EQ(sql.size(), 1u);
    EXPECT_EQ(sql[0].expected_adults, rule.expected_people());
    EXPECT_EQ(sql[0].no_show_people, rule.no_show_people);
    EXPECT_EQ(sql[0].walk_in_people, rule.walk_in_people);
    EXPECT_EQ(rule.no_show_people, 4);
    EXPECT_EQ(rule.walk_in_people, 6);
    EXPECT_TRUE(store::past_turnouts(db.sql(), "2026-10-01").empty());  // only events before the date
}
