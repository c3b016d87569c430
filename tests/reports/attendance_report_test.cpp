#include "reports/attendance_report.h"

#include <gtest/gtest.h>

#include "ops/door_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/plan_print_ops.h"
#include "ops/rsvp_ops.h"
#include "reports/pdf_tools.h"
#include "support/fixtures.h"
#include "support/plan_fixtures.h"

using namespace fn;
using fn::testing::DbTest;

TEST_F(DbTest, AttendanceReportComparesRsvpsWithWhoCame) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Id ws = fn::testing::add_round_with_workshop(db, ev, "Math games");
    Id came = ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    Id stayed_home = ops::add_household(db, fn::testing::sample_household("Jamal Carter", "Tanya", "Carter"));
    for (Id h : {came, stayed_home}) {
        Rsvp r;
        r.event_id = ev;
        r.household_id = h;
        r.adults = 2;
        r.child_ages = {7};
        r.picks = {{0, ws}};
        ops::record_rsvp(db, r);
    }
    ops::check_in(db, ev, came, 2, 2);
    ops::record_workshop_attendance(db, ws, came);
    ops::register_walk_in(db, ev, fn::testing::sample_household("Lan Trần", "Bảo", "Trần", "vi"), 1, 1);

    auto report = ops::load_attendance_report(db, ev);
    EXPECT_EQ(report.turnout.no_show_households, 1);
    ASSERT_EQ(report.workshops.size(), 1u);
    EXPECT_EQ(report.workshops[0].expected, 2);
    EXPECT_EQ(report.workshops[0].value, 1);
    ASSERT_EQ(report.languages.size(), 2u);  // es and vi came
    ASSERT_EQ(report.households.size(), 2u);
    EXPECT_EQ(report.households[0].family_name, "Núñez");

    auto path = dir.file("attendance.pdf");
    reports::write_attendance_report(report, reports::PaperSize::Letter, path);
    std::string text = fn::testing::pdf_text(path);
    EXPECT_NE(text.find("2 families came (1 with an RSVP, 1 walk-ins); 1 no-shows"), std::string::npos) << text;
    EXPECT_NE(text.find("R1 Math games"), std::string::npos);
    EXPECT_NE(text.find("Lan Trần"), std::string::npos);
    EXPECT_EQ(text.find("Jamal Carter"), std::string::npos);  // did not come
}
