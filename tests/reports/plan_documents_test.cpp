#include "reports/plan_documents.h"

#include <gtest/gtest.h>

#include "core/errors.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/plan_print_ops.h"
#include "ops/rsvp_ops.h"
#include "ops/volunteer_ops.h"
#include "reports/pdf_tools.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

namespace {
struct Planned {
    Id event = 0, workshop = 0;
};

Planned plan(store::Database& db) {
    Planned p;
    p.event = ops::create_event(db, fn::testing::sample_event());
    Id round = ops::add_round(db, {0, p.event, 1, "18:00", "18:40"});
    Id room = ops::add_room(db, {0, p.event, "Library", 1});
    Id teacher = ops::add_person(db, {0, "Mrs. Nguyễn", PersonRole::Teacher, "", "", {"vi"}});
    Workshop w;
    w.event_id = p.event;
    w.round_id = round;
    w.room_id = room;
    w.texts["en"] = {"Reading at home", ""};
    w.presenter_ids = {teacher};
    p.workshop = ops::add_workshop(db, w);
    Id role = ops::add_volunteer_role(db, {0, p.event, VolunteerRoleKind::Childcare, "Childcare (gym)"});
    Id shift = ops::add_shift(db, {0, role, "17:15", "19:45", 2});
    ops::sign_up_volunteer(db, shift, ops::add_person(db, {0, "Ana Ruiz", PersonRole::Parent, "555-0199", "", {}}));
    for (auto [name, lang] : {std::pair{"Rosa Núñez", "es"}, {"Jamal Carter", "en"}}) {
        Rsvp r;
        r.event_id = p.event;
        r.household_id = ops::add_household(db, fn::testing::sample_household(name, "Kid", "X", lang));
        r.adults = 1;
        r.picks = {{0, p.workshop}};
        r.interpreter_language = lang == std::string("es") ? "es" : "";
        ops::record_rsvp(db, r);
    }
    return p;
}
}  // namespace

TEST_F(DbTest, VolunteerScheduleShowsShiftsContactsAndOpenPlaces) {
    auto p = plan(db);
    auto path = dir.file("schedule.pdf");
    reports::write_volunteer_schedule(ops::load_volunteer_schedule(db, p.event), reports::PaperSize::Letter, path);
    std::string text = fn::testing::pdf_text(path);
    EXPECT_NE(text.find("Childcare (gym)"), std::string::npos);
    EXPECT_NE(text.find("Ana Ruiz"), std::string::npos) << text;
    EXPECT_NE(text.find("555-0199"), std::string::npos);  // contacts: this sheet is for the coordinator
    EXPECT_NE(text.find("OPEN: 1 more needed"), std::string::npos);
}

TEST_F(DbTest, RoomSignsAndRostersNameTheWorkshopPresenterAndFamilies) {
    auto p = plan(db);
    auto signs = dir.file("signs.pdf");
    reports::write_room_signs(ops::load_room_signs(db, p.event), reports::PaperSize::Letter, signs);
    std::string sign_text = fn::testing::pdf_text(signs);
    EXPECT_NE(sign_text.find("Library"), std::string::npos);
    EXPECT_NE(sign_text.find("Reading at home"), std::string::npos);
    EXPECT_NE(sign_text.find("Mrs. Nguyễn"), std::string::npos);

    auto rosters = ops::load_presenter_rosters(db, p.event);
    ASSERT_EQ(rosters.workshops.size(), 1u);
    EXPECT_EQ(rosters.workshops[0].seated.size(), 1u);  // one seat
    EXPECT_EQ(rosters.workshops[0].waiting.size(), 1u);
    auto path = dir.file("rosters.pdf");
    reports::write_presenter_rosters(rosters, reports::PaperSize::Letter, path);
    std::string text = fn::testing::pdf_text(path);
    EXPECT_NE(text.find("Seated: 1 family (1 seats)"), std::string::npos) << text;
    EXPECT_NE(text.find("Waitlist, in order: 1"), std::string::npos);
    EXPECT_NE(text.find("Jamal Carter"), std::string::npos);
}

TEST_F(DbTest, EmptyEventsGiveAClearMessageInsteadOfAnEmptySign) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    EXPECT_THROW(reports::write_room_signs(ops::load_room_signs(db, ev), reports::PaperSize::Letter, dir.file("x.pdf")),
                 Error);
    auto path = dir.file("schedule.pdf");
    reports::write_volunteer_schedule(ops::load_volunteer_schedule(db, ev), reports::PaperSize::Letter, path);
    EXPECT_NE(fn::testing::pdf_text(path).find("No volunteer shifts planned yet."), std::string::npos);
}
