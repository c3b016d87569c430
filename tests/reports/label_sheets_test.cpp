#include "reports/label_sheets.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/errors.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/plan_print_ops.h"
#include "ops/rsvp_ops.h"
#include "reports/pdf_tools.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

TEST(Labels, EightBadgesToASheetAndThirtyLabelsToASheet) {
    fn::testing::TempDir dir;
    std::vector<NameTag> tags;
    for (int i = 0; i < 9; ++i) tags.push_back({"Núñez " + std::to_string(i), "Rosa Núñez, Luis Núñez"});
    auto badges = dir.file("badges.pdf");
    reports::write_name_badges(tags, "Literacy Night 2026-12-03", badges);
    EXPECT_EQ(fn::testing::pdf_pages(badges), 2);
    EXPECT_NE(fn::testing::pdf_text(badges).find("Núñez 8"), std::string::npos);

    std::vector<PickupPair> pairs(11, PickupPair{"Trần, age 4", "Trần family", "K7MX"});
    auto pickup = dir.file("pickup.pdf");
    reports::write_pickup_tags(pairs, "Literacy Night", pickup);
    EXPECT_EQ(fn::testing::pdf_pages(pickup), 2);  // 3 labels a pair, 30 a sheet: 10 pairs on the first
    EXPECT_NE(fn::testing::run("pdfinfo '" + pickup + "'").find("612 x 792"), std::string::npos);  // US Letter
    EXPECT_THROW(reports::write_pickup_tags({}, "x", dir.file("none.pdf")), Error);
}

TEST_F(DbTest, PickupPairsComeFromChildcareRsvpsWithUniqueMatchingCodes) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    Rsvp r;
    r.event_id = ev;
    r.household_id = ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    r.child_ages = {2, 4, 9};
    r.childcare_ages = {2, 4};
    ops::record_rsvp(db, r);
    auto pairs = ops::load_pickup_pairs(db, ev, 3);
    ASSERT_EQ(pairs.size(), 5u);
    EXPECT_EQ(pairs[0].child, "Núñez, 2 años");  // in the family's Spanish, as the rest of the tag
    EXPECT_EQ(pairs[0].guardian, "familia Núñez");
    EXPECT_TRUE(pairs[4].child.empty());  // blank pairs for walk-ins
    std::set<std::string> codes;
    for (const auto& p : pairs) {
        EXPECT_EQ(p.code.size(), 4u);
        codes.insert(p.code);
    }
    EXPECT_EQ(codes.size(), 5u);
}

// A badge per adult who said yes: the given names large, the family name
// below; an adult the directory does not name gets a line to write on; then
// blank badges for walk-ins. Names keep their order (Trần Thị Lan is Thị Lan).
TEST_F(DbTest, FamilyBadgesArePerAdultWithTheGivenNameLarge) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    auto nunez = fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es");
    nunez.guardians.push_back({0, "Luis Núñez", "", "", ContactMethod::Paper, "es"});
    auto tran = fn::testing::sample_household("Trần Thị Lan", "Bảo", "Trần", "vi");
    for (auto [household, adults] : {std::pair{nunez, 3}, {tran, 1}}) {
        Rsvp r;
        r.event_id = ev;
        r.household_id = ops::add_household(db, household);
        r.adults = adults;
        ops::record_rsvp(db, r);
    }
    auto tags = ops::load_family_name_tags(db, ev, 2);
    ASSERT_EQ(tags.size(), 6u);  // 3 Núñez adults, 1 Trần, 2 blank
    EXPECT_EQ(tags[0].name, "Luis");
    EXPECT_EQ(tags[1].name, "Rosa");
    EXPECT_EQ(tags[2].name, "");  // the third Núñez adult writes their name
    EXPECT_EQ(tags[2].detail, "Núñez");
    EXPECT_EQ(tags[3].name, "Thị Lan");
    EXPECT_EQ(tags[3].detail, "Trần");
    EXPECT_EQ(tags[5].name + tags[5].detail, "");
    EXPECT_THROW(ops::load_family_name_tags(db, ev, -1), ValidationError);

    auto path = dir.file("badges.pdf");
    tags[0].detail =
        "Núñez, who also volunteers tonight in the gym, at the welcome table, in the kitchen, at the book "
        "fair, at the raffle, with the interpreters, at the dessert table and at the childcare pickup door";
    reports::write_name_badges(tags, "Literacy Night", path);
    std::string text = fn::testing::pdf_text(path);
    EXPECT_NE(text.find("Thị Lan"), std::string::npos);
    EXPECT_NE(text.find("\xE2\x80\xA6"), std::string::npos) << "a detail too long for the badge ends in an ellipsis";
}

namespace {
// The bands of ink down one label of a rendered page (72 dpi, gray): each a
// run of rows with ink between `left` and `right` points from the page's
// left edge and `top` to `bottom` from its top, apart from the next by at
// least one blank row.
int ink_bands(const std::string& pdf, const std::string& scratch, int left, int right, int top, int bottom) {
    const auto page = fn::testing::render_gray(pdf, scratch);
    int bands = 0;
    bool inked_before = false;
    for (int y = top; y < std::min(bottom, page.height); ++y) {
        bool inked = false;
        for (int x = left; x < std::min(right, page.width) && !inked; ++x) inked = page.at(x, y) < 160;
        if (inked && !inked_before) ++bands;
        inked_before = inked;
    }
    return bands;
}
}  // namespace

// A Karen name's ၡ reaches far below its line: the family name under it
// starts below that ink, so the badge shows three bands (the event, the
// name, the family) and never a name run into its family line.
TEST(Labels, ATallScriptsNameNeverTouchesTheLineBelowIt) {
    fn::testing::TempDir dir;
    for (const std::string name : {"ၡ့ၡ့ ၡါ", "Thandiwe"}) {
        auto badges = dir.file("badges.pdf");
        reports::write_name_badges({{name, "Sgaw family"}}, "Literacy Night", badges);
        // The first badge: 0.6875 in from the left, 0.5833 in from the top, 3.375 x 2.3333 in.
        EXPECT_EQ(ink_bands(badges, dir.file("badge"), 50 + 14, 50 + 243 - 14, 42, 42 + 168), 3) << name;
    }
}
