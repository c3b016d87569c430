#include "core/document_texts.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/errors.h"
#include "core/labels.h"
#include "core/record_texts.h"

using namespace fn;

TEST(DocumentTexts, EveryFlyerLanguageHasEveryTextAndOnlyEnglishIsReviewed) {
    for (const auto& language : languages_with_labels()) {
        EXPECT_TRUE(has_document_texts(language)) << language;
        for (const auto& key : document_text_keys()) {
            std::string text = document_text(language, key);
            EXPECT_FALSE(text.empty()) << language << " " << key;
            // A word may be the same in two languages; a whole sentence is not.
            if (language != "en" && text.size() > 12) {
                EXPECT_NE(text, document_text("en", key)) << language << " " << key;
            }
        }
        EXPECT_EQ(document_texts_reviewed(language), language == "en") << language;
    }
}

TEST(DocumentTexts, ALanguageWithoutACatalogGetsEnglish) {
    EXPECT_EQ(document_text("am", "evaluation_title"), "Family evaluation");
    EXPECT_EQ(document_text("es", "evaluation_title"), "Evaluación de las familias");
    EXPECT_THROW(document_text("es", "no_such_text"), Error);
}

// One settings key per printed word: a document text never shares its key
// with a flyer label (the school's wording of one would change the other).
TEST(DocumentTexts, NoKeyIsAlsoAFlyerLabel) {
    for (const auto& key : document_text_keys())
        EXPECT_EQ(std::count(label_keys().begin(), label_keys().end(), key), 0) << key;
}

// A family's record (reports/family_record) in Spanish has every word the
// English one has; a language without them gets English, said by the export.
TEST(RecordTexts, SpanishHasEveryWordAndAnotherLanguageGetsEnglish) {
    for (const char* key :
         {"title", "intro", "nothing", "yes", "maybe", "page", "page_of", "also", "also_heading"})  // "No" is "No"
        EXPECT_NE(record_text("es", key), record_text("en", key)) << key;
    EXPECT_EQ(record_section("es", "guardians"), "Padres y tutores");
    EXPECT_EQ(record_field("es", "phone"), "Teléfono");
    EXPECT_EQ(record_field("es", "household_id"), std::nullopt) << "a link between rows, not for a reader";
    EXPECT_EQ(record_field("en", "bus_route"), "bus route") << "a column added later is still shown";
    EXPECT_EQ(record_language("es"), "es");
    EXPECT_EQ(record_language("ti"), "en");
    EXPECT_THROW(record_text("es", "no_such_word"), Error);
}
