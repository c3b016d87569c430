// The community resources directory on SQLite and the PostgreSQL test server.
#include "ops/resource_ops.h"

#include <gtest/gtest.h>

#include "core/errors.h"
#include "ops/household_ops.h"
#include "ops/settings_ops.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

namespace {

CommunityResource pantry() {
    CommunityResource r;
    r.category = ResourceCategory::Food;
    r.name = "  Lincoln Food Pantry ";
    r.address = "210 Oak St";
    r.hours = "Tue & Thu 4-7 pm";
    r.phone = "555-0190";
    r.languages = {"en", "es"};
    r.cost = ResourceCost::Free;
    return r;
}

}  // namespace

TEST_F(DbTest, TheResourcesDirectoryIsKeptByCategoryAndNameAndRefusesBadInput) {
    Id food = ops::add_resource(db, pantry());
    CommunityResource clinic;
    clinic.category = ResourceCategory::Health;
    clinic.name = "Westside Clinic";
    clinic.cost = ResourceCost::SlidingScale;
    ops::add_resource(db, clinic);
    CommunityResource bank = pantry();
    bank.name = "Árbol Food Bank";  // sorted as "arbol"
    ops::add_resource(db, bank);
    auto all = ops::list_resources(db);
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].name, "Árbol Food Bank");
    EXPECT_EQ(all[1].name, "Lincoln Food Pantry") << "trimmed";
    EXPECT_EQ(all[2].category, ResourceCategory::Health) << "food first, as the handout reads";

    CommunityResource unnamed = pantry();
    unnamed.name = " ";
    EXPECT_THROW(ops::add_resource(db, unnamed), ValidationError);
    CommunityResource bad_language = pantry();
    bad_language.languages = {"Spanish"};
    EXPECT_THROW(ops::add_resource(db, bad_language), ValidationError);
    EXPECT_EQ(ops::list_resources(db).size(), 3u);

    auto changed = all[1];
    changed.hours = "Tue 4-7 pm";
    ops::update_resource(db, changed);
    EXPECT_EQ(ops::list_resources(db)[1].hours, "Tue 4-7 pm");
    ops::remove_resource(db, food);
    EXPECT_EQ(ops::list_resources(db).size(), 2u);
    EXPECT_THROW(ops::remove_resource(db, food), NotFoundError);
}

TEST_F(DbTest, TheHandoutGoesOutInEachFamilyLanguageWithTheSchoolsWording) {
    EXPECT_THROW(ops::load_resources_handout(db, "en"), ConflictError) << "an empty directory";
    ops::add_resource(db, pantry());
    ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    ops::add_household(db, fn::testing::sample_household("فاطمة الزهراء", "يوسف", "أحمد", "ar"));
    ops::add_household(db,
                       fn::testing::sample_household("Amina Diallo", "Awa", "Diallo", "wo"));  // no wording: English
    ops::set_label(db, "es", "resources_title", "Ayuda cerca de la escuela");
    auto handouts = ops::load_resources_handouts(db);
    ASSERT_EQ(handouts.size(), 3u);
    EXPECT_EQ(handouts[0].language, "en");
    EXPECT_EQ(handouts[1].language, "ar");
    EXPECT_EQ(handouts[2].language, "es");
    EXPECT_EQ(handouts[2].texts.at("resources_title"), "Ayuda cerca de la escuela");
    EXPECT_EQ(handouts[2].texts.at("category_food"), "Comida");
    EXPECT_EQ(handouts[1].resources.at(0).phone, "555-0190");
}
