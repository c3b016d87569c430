// The community resources handout read back from its PDF in English,
// Spanish and Arabic, and attached to the backpack mail.
#include "reports/resources_handout.h"

#include <gtest/gtest.h>

#include "core/document_texts.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/resource_ops.h"
#include "print/print_document.h"
#include "reports/pdf_tools.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;
using fn::testing::page_text_without_marks;

namespace {

void add_directory(store::Database& db) {
    CommunityResource pantry;
    pantry.category = ResourceCategory::Food;
    pantry.name = "Lincoln Food Pantry";
    pantry.address = "210 Oak St";
    pantry.hours = "Tue 4-7 pm";
    pantry.phone = "555-0190";
    pantry.languages = {"en", "es", "ar"};
    ops::add_resource(db, pantry);
    CommunityResource esl;
    esl.category = ResourceCategory::LanguageClasses;
    esl.name = "Adult ESL at the Library";
    esl.cost = ResourceCost::SlidingScale;
    ops::add_resource(db, esl);
}

}  // namespace

TEST_F(DbTest, TheResourcesHandoutReadsInTheFamilysLanguageWithPhonesAsTyped) {
    add_directory(db);
    ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    ops::add_household(db, fn::testing::sample_household("فاطمة الزهراء", "يوسف", "أحمد", "ar"));
    auto handouts = ops::load_resources_handouts(db);
    const auto path = dir.file("resources.pdf");
    reports::write_resources_handouts(handouts, reports::PaperSize::Letter, path);
    ASSERT_EQ(fn::testing::pdf_pages(path), 3) << "en, ar, es: one page each";
    const std::string en = page_text_without_marks(path, 1), ar = page_text_without_marks(path, 2),
                      es = page_text_without_marks(path, 3);
    for (const char* words :
         {"Help in our community", "Food", "Lincoln Food Pantry", "Hours: Tue 4-7 pm", "Phone: 555-0190",
          "Languages: English, Spanish, Arabic", "Cost: Free", "English and language classes", "Cost: Sliding scale"})
        EXPECT_NE(en.find(words), std::string::npos) << words << "\n" << en;
    for (const char* words : {"Ayuda en nuestra comunidad", "Comida", "Teléfono: 555-0190", "inglés, español, árabe",
                              "Costo: Gratis", "Según ingresos"})
        EXPECT_NE(es.find(words), std::string::npos) << words << "\n" << es;
    for (const auto& key : {"resources_title", "category_food", "cost_free"})
        EXPECT_NE(ar.find(document_text("ar", key)), std::string::npos) << key << "\n" << ar;
    EXPECT_NE(ar.find("555-0190"), std::string::npos) << "the phone in its own order:\n" << ar;
    EXPECT_EQ(ar.find("0190-555"), std::string::npos);
}

TEST_F(DbTest, TheBackpackMailCarriesTheHandoutAfterEachFlyerWhenAsked) {
    add_directory(db);
    Id event = ops::create_event(db, fn::testing::sample_event());
    ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    ops::add_household(db, fn::testing::sample_household("Ann Lee", "Max", "Lee", "en"));
    printing::PrintOptions plain, with_handout;
    with_handout.with_resources = true;
    const auto without = dir.file("plain.pdf"), with = dir.file("with.pdf");
    printing::print_document(db, event, printing::DocumentKind::BackpackMail, without, plain);
    auto result = printing::print_document(db, event, printing::DocumentKind::BackpackMail, with, with_handout);
    EXPECT_EQ(fn::testing::pdf_pages(with), fn::testing::pdf_pages(without) + 2) << "one handout per flyer";
    EXPECT_NE(result.summary.find("each followed by the community resources handout"), std::string::npos);
    const std::string text = fn::testing::pdf_text(with);
    EXPECT_NE(text.find("Ayuda en nuestra comunidad"), std::string::npos) << "the Spanish family's in Spanish";
    EXPECT_NE(text.find("Help in our community"), std::string::npos);
}
