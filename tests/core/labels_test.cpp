#include "core/labels.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/errors.h"
#include "core/rules/grades.h"

using namespace fn;

TEST(Labels, ALanguageWithoutACatalogNeedsEveryLabelFromTheSchool) {
    EXPECT_TRUE(built_in_labels("am").empty());
    EXPECT_THROW(labels_for("am"), ValidationError);
    std::map<std::string, std::string> amharic;
    for (const auto& key : label_keys()) set_label_override(amharic, "am", key, "[" + key + "]");
    EXPECT_EQ(labels_for("am", amharic).at(label_keys().front()), "[" + label_keys().front() + "]");
    // ...and is then a language families can get paper in, like the built-in ones.
    auto printable = printable_languages({{"am", amharic}});
    EXPECT_NE(std::find(printable.begin(), printable.end(), "am"), printable.end());
    amharic.erase(label_keys().back());
    printable = printable_languages({{"am", amharic}});
    EXPECT_EQ(std::find(printable.begin(), printable.end(), "am"), printable.end());
}

// The seven catalogs added for the languages schools asked for are complete,
// and marked as not yet reviewed by a speaker; the six shipped before are.
TEST(Labels, EveryBuiltInCatalogIsCompleteAndSaysWhetherASpeakerReviewedIt) {
    for (const char* lang : {"ht", "so", "tl", "ar", "ko", "fa", "ne"}) {
        EXPECT_EQ(built_in_labels(lang).size(), label_keys().size()) << lang;
        EXPECT_NO_THROW(labels_for(lang)) << lang;
        EXPECT_FALSE(labels_reviewed(lang)) << lang;
        for (const auto& [key, text] : built_in_labels(lang)) {
            // The same {placeholders} as English, so nothing prints as "{date}".
            for (const char* slot : {"{min}", "{max}", "{n}", "{date}"})
                EXPECT_EQ(text.find(slot) != std::string::npos,
                          labels_for("en").at(key).find(slot) != std::string::npos)
                    << lang << " " << key << " " << slot;
        }
    }
    for (const char* lang : {"en", "es", "vi", "zh", "pt", "ru"}) EXPECT_TRUE(labels_reviewed(lang)) << lang;
    EXPECT_EQ(languages_with_labels().size(), 13u);
}

TEST(Labels, AnOverrideEqualToTheBuiltInWordingOrEmptyIsDropped) {
    auto spanish = built_in_labels("es");
    ASSERT_FALSE(spanish.empty());
    const std::string& key = label_keys().front();
    std::map<std::string, std::string> overrides;
    set_label_override(overrides, "es", key, "Otra palabra");
    EXPECT_EQ(overrides.at(key), "Otra palabra");
    EXPECT_EQ(labels_for("es", overrides).at(key), "Otra palabra");
    set_label_override(overrides, "es", key, spanish.at(key));  // back to the catalog's wording
    EXPECT_TRUE(overrides.empty());
    set_label_override(overrides, "es", key, "Otra palabra");
    set_label_override(overrides, "es", key, "");
    EXPECT_TRUE(overrides.empty());
}

TEST(Labels, APaperIsInTheFamilysLanguageWhenTheSchoolPrintsItElseEnglish) {
    const std::vector<std::string> printable{"ar", "en", "es"};
    EXPECT_EQ(paper_language("es", printable), "es");
    EXPECT_EQ(paper_language("wo", printable), "en") << "Wolof: no wording yet";
    const std::map<std::string, std::map<std::string, std::string>> overrides{{"es", {{"rsvp", "Responda"}}}};
    EXPECT_EQ(school_wording(overrides, "es").at("rsvp"), "Responda");
    EXPECT_TRUE(school_wording(overrides, "ar").empty());
}

TEST(PaperCarrier, IsTheYoungestStudentStillAtTheSchool) {
    Household h;
    h.students = {{0, "1", "Ana", "Núñez", "3", "Rivera", ""},
                  {0, "2", "Leo", "Núñez", "K", "Park", "2026-06-12"},  // left
                  {0, "3", "Sol", "Núñez", "1", "Chen", ""}};
    ASSERT_NE(paper_carrier(h), nullptr);
    EXPECT_EQ(paper_carrier(h)->first_name, "Sol");
    for (auto& s : h.students) s.left_on = "2026-06-12";
    EXPECT_EQ(paper_carrier(h), nullptr) << "all have left: no paper";
}
