#include "ops/household_ops.h"

#include <gtest/gtest.h>

#include "core/errors.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;
using fn::testing::sample_household;

TEST_F(DbTest, SearchIgnoresAccentsAndCaseAndMatchesPrefixes) {
    Id nunez = ops::add_household(db, sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    Id tran = ops::add_household(db, sample_household("Trần Thị Lan", "Bảo", "Trần", "vi"));
    ops::add_household(db, sample_household("Jamal Carter", "Tanya", "Carter"));
    auto hits = ops::search_households(db, "nunez");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].id, nunez);
    EXPECT_EQ(ops::search_households(db, "NÚÑ")[0].id, nunez);
    auto t = ops::search_households(db, "tran");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].id, tran);
    EXPECT_EQ(ops::search_households(db, "bao tr")[0].id, tran);  // student first name + family
    EXPECT_EQ(ops::search_households(db, "ta").size(), 1u);       // Tanya
    EXPECT_TRUE(ops::search_households(db, "").empty());
    EXPECT_TRUE(ops::search_households(db, "'; DROP TABLE households; --").empty());
    EXPECT_EQ(ops::list_households(db).size(), 3u);
}

TEST_F(DbTest, FamilyCodeFindsAndComesFirst) {
    Id id = ops::add_household(db, sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    auto h = ops::load_household(db, id);
    std::string typed = h.code.substr(0, 3) + "-" + h.code.substr(3);
    for (auto& c : typed) c = static_cast<char>(std::tolower(c));
    auto found = ops::find_by_family_code(db, typed);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, id);
    EXPECT_EQ(ops::search_households(db, h.code)[0].id, id);
}

TEST_F(DbTest, HostileNamesAreRefusedWithTheFieldNamedAndNothingWritten) {
    auto h = sample_household(std::string(10000, 'a'), "Ana", "Núñez");
    try {
        ops::add_household(db, h);
        FAIL();
    } catch (const ValidationError& e) {
        EXPECT_EQ(e.field(), "guardian name");
    }
    h = sample_household("Rosa \xE2\x80\xAE Núñez", "Ana", "Núñez");  // right-to-left override
    EXPECT_THROW(ops::add_household(db, h), ValidationError);
    h = sample_household("Rosa \xFF\xFE", "Ana", "Núñez");  // invalid UTF-8
    EXPECT_THROW(ops::add_household(db, h), ValidationError);
    EXPECT_THROW(ops::search_households(db, "\xFF"), ValidationError);
    EXPECT_TRUE(ops::list_households(db).empty());
}

TEST_F(DbTest, UpdatingAHouseholdReplacesItsMembers) {
    Id id = ops::add_household(db, sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    auto h = ops::load_household(db, id);
    h.students.push_back({0, "", "Leo", "Núñez", "K", "Mr. Park", ""});
    h.notes = "Prefers calls after 5 pm";
    ops::update_household(db, h);
    auto back = ops::load_household(db, id);
    EXPECT_EQ(back.students.size(), 2u);
    EXPECT_EQ(back.notes, "Prefers calls after 5 pm");
    EXPECT_EQ(ops::search_households(db, "leo")[0].id, id);
}

// A code drawn before the transaction and taken meanwhile by another
// station is drawn again inside it; a typed code that is taken is refused.
TEST_F(DbTest, ADrawnFamilyCodeTakenMeanwhileIsDrawnAgainATypedOneIsRefused) {
    Id first = ops::add_household(db, sample_household("Rosa Núñez", "Ana", "Núñez"));
    const std::string taken = ops::load_household(db, first).code;
    Household drawn = sample_household("Amy Wilson", "Max", "Wilson");
    drawn.code = taken;
    db.transaction([&](soci::session& sql) { ops::settle_family_code(sql, drawn, true); });
    EXPECT_NE(drawn.code, taken);
    EXPECT_EQ(drawn.code.size(), taken.size());
    Household typed = sample_household("Kim Min-jun", "Seo-yeon", "Kim");
    typed.code = taken;
    EXPECT_THROW(db.transaction([&](soci::session& sql) { ops::settle_family_code(sql, typed, false); }),
                 ConflictError);
}
