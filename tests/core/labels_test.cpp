#include "core/labels.h"

#include <gtest/gtest.h>

#include "core/errors.h"

using namespace fn;

TEST(Labels, ALanguageWithoutACatalogNeedsEveryLabelFromTheSchool) {
    EXPECT_TRUE(built_in_labels("so").empty());
    EXPECT_THROW(labels_for("so"), ValidationError);
    std::map<std::string, std::string> somali;
    for (const auto& key : label_keys()) set_label_override(somali, "so", key, "[" + key + "]");
    EXPECT_EQ(labels_for("so", somali).at(label_keys().front()), "[" + label_keys().front() + "]");
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
