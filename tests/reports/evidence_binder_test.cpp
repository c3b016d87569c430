#include "reports/evidence_binder.h"

#include <gtest/gtest.h>

#include "ops/door_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/print_ops.h"
#include "ops/rsvp_ops.h"
#include "reports/pdf_tools.h"
#include "support/fixtures.h"
#include "support/plan_fixtures.h"

using namespace fn;
using fn::testing::DbTest;

TEST_F(DbTest, BinderHasEverySectionTitledAndDatedInOrder) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    fn::testing::add_round_with_workshop(db, ev, "Math games");
    Id es = ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    ops::add_household(db,
                       fn::testing::sample_household("Abebe Kebede", "Liya", "Kebede", "am"));  // no labels: English
    Rsvp r;
    r.event_id = ev;
    r.household_id = es;
    r.adults = 2;
    ops::record_rsvp(db, r);
    ops::check_in(db, ev, es);

    auto binder = ops::load_evidence_binder(db, ev);
    ASSERT_EQ(binder.invitations.size(), 2u);  // en and es; Amharic families got English
    auto path = dir.file("binder.pdf");
    reports::write_evidence_binder(binder, reports::PaperSize::Letter, path);
    std::string text = fn::testing::pdf_text(path);
    std::size_t last = 0;
    for (const char* section :
         {"1. Invitation", "Cena gratis para toda la familia", "2. Agenda", "Math games", "3. Sign-in sheet",
          "Rosa Núñez", "4. Attendance summary", "1 families came", "5. Evaluation form",
          "I felt welcome at the school tonight.", "6. Barriers and strategies", "Barriers and strategies"}) {
        auto at = text.find(section, last);
        ASSERT_NE(at, std::string::npos) << section;
        last = at;
    }
    EXPECT_NE(text.find("Thursday, December 3, 2026"), std::string::npos);  // the date as people write it (ICU)
    EXPECT_EQ(text.find("2026-12-03"), std::string::npos);
    EXPECT_NE(text.find("Prepared "), std::string::npos);
    int pages = fn::testing::pdf_pages(path);  // filed as one document: every page numbered in it
    for (int p = 1; p <= pages; ++p) {
        std::string page = fn::testing::run("pdftotext -f " + std::to_string(p) + " -l " + std::to_string(p) +
                                            " -layout '" + path + "' - 2>/dev/null");
        EXPECT_NE(page.find("Page " + std::to_string(p) + " of " + std::to_string(pages)), std::string::npos)
            << "page " << p << ":\n"
            << page;
    }
}
