#include "reports/attendance_report.h"

#include <fmt/format.h>
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
    // A new family (the sample phone is every test family's: the volunteer said "new").
    ops::register_walk_in(db, ev, fn::testing::sample_household("Lan Trần", "Bảo", "Trần", "vi"), 1, 1, "", "",
                          ops::WalkInRule::NewFamilyConfirmed);

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
    EXPECT_NE(text.find("Vietnamese (vi)"), std::string::npos) << "languages by name on the chart";
    EXPECT_NE(text.find("Spanish (es)"), std::string::npos);
    EXPECT_EQ(text.find("Jamal Carter"), std::string::npos);  // did not come
}

// 32 workshops (4 rounds x 8 rooms): the workshop chart goes on over the next
// page instead of off the bottom, and every page of the report says "Page x of y".
TEST_F(DbTest, ALongAttendanceChartContinuesOnTheNextPageAndEveryPageIsNumbered) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    for (int round = 1; round <= 4; ++round) {
        const char* starts[] = {"17:35", "18:00", "18:25", "18:50"};
        const char* ends[] = {"17:55", "18:20", "18:45", "19:10"};
        Id r = ops::add_round(db, {0, ev, round, starts[round - 1], ends[round - 1]});
        for (int room = 1; room <= 8; ++room) {
            Workshop w;
            w.event_id = ev;
            w.round_id = r;
            w.texts["en"] = {fmt::format("Reading together at home, part {}.{}", round, room), ""};
            ops::add_workshop(db, w);
        }
    }
    auto path = dir.file("attendance.pdf");
    reports::write_attendance_report(ops::load_attendance_report(db, ev), reports::PaperSize::Letter, path);
    int pages = fn::testing::pdf_pages(path);
    ASSERT_GE(pages, 2);
    for (int p = 1; p <= pages; ++p) {
        std::string page =
            fn::testing::run(fmt::format("pdftotext -f {0} -l {0} -layout '{1}' - 2>/dev/null", p, path));
        EXPECT_NE(page.find(fmt::format("Page {} of {}", p, pages)), std::string::npos) << "page " << p << ":\n"
                                                                                        << page;
    }
    std::string text = fn::testing::pdf_text(path);
    for (int round = 1; round <= 4; ++round)
        for (int room = 1; room <= 8; ++room)
            EXPECT_NE(text.find(fmt::format("part {}.{}", round, room)), std::string::npos) << round << "." << room;
    EXPECT_NE(text.find("(continued)"), std::string::npos);
}
