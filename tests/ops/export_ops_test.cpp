#include "ops/export_ops.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "io/csv_reader.h"
#include "ops/door_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/rsvp_ops.h"
#include "ops/volunteer_ops.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

TEST_F(DbTest, RsvpCsvRoundTripsNamesAndGuardsAgainstFormulas) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Id a = ops::add_household(db, fn::testing::sample_household("Rosa Núñez, \"Rosi\"", "Ana", "Núñez", "es"));
    Id b = ops::add_household(db, fn::testing::sample_household("=HYPERLINK(\"x\")", "Evil", "Formula"));
    Rsvp r;
    r.event_id = ev;
    r.household_id = a;
    r.adults = 2;
    r.child_ages = {4};
    r.meals = {{MealNeed::Allergy, 1, "peanuts"}};
    ops::record_rsvp(db, r);
    r.household_id = b;
    r.meals.clear();
    ops::record_rsvp(db, r);

    auto path = dir.file("rsvps.csv");
    EXPECT_EQ(ops::export_rsvps(db, ev, path), 2);
    auto rows = io::read_csv_file(path);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].fields[0], "family_code");
    EXPECT_EQ(rows[1].fields[2], "Rosa Núñez, \"Rosi\"");
    EXPECT_EQ(rows[0].fields[11], "meals");
    EXPECT_EQ(rows[1].fields[11], "1 allergy (peanuts); 2 none");
    EXPECT_EQ(rows[2].fields[2], "'=HYPERLINK(\"x\")");
    EXPECT_FALSE(std::filesystem::exists(path + ".part"));
}

TEST_F(DbTest, AttendanceAndVolunteerCsvShowGapsAndWalkIns) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Household h = fn::testing::sample_household("Hodan Warsame", "Ayaan", "Warsame", "so");
    ops::register_walk_in(db, ev, h, 1, 2);
    auto att = dir.file("attendance.csv");
    EXPECT_EQ(ops::export_attendance(db, ev, att), 1);
    auto rows = io::read_csv_file(att);
    EXPECT_EQ(rows[1].fields[4], "yes");
    EXPECT_EQ(rows[1].fields[6], "2");

    Id role = ops::add_volunteer_role(db, {0, ev, VolunteerRoleKind::Greeter, "Greeters"});
    Id s1 = ops::add_shift(db, {0, role, "17:00", "18:00", 2});
    ops::add_shift(db, {0, role, "18:00", "19:00", 1});
    ops::sign_up_volunteer(db, s1, ops::add_person(db, {0, "Ana Ruiz", PersonRole::Parent, "555-0199", "", {}}));
    auto vol = dir.file("volunteers.csv");
    EXPECT_EQ(ops::export_volunteers(db, ev, vol), 2);
    auto v = io::read_csv_file(vol);
    EXPECT_EQ(v[1].fields[5], "Ana Ruiz");
    EXPECT_EQ(v[2].fields[4], "0");
}
