// Status colours that read on the theme in use, light, dark or high contrast.
#include "core/contrast.h"

#include <gtest/gtest.h>

using fn::contrast_ratio;
using fn::readable_on;
using fn::Rgb;

TEST(Contrast, TheRatioIsWcagTwos) {
    EXPECT_NEAR(contrast_ratio({0, 0, 0}, {255, 255, 255}), 21.0, 0.01);
    EXPECT_NEAR(contrast_ratio({255, 255, 255}, {255, 255, 255}), 1.0, 0.01);
    EXPECT_NEAR(contrast_ratio({118, 118, 118}, {255, 255, 255}), 4.54, 0.02);  // the classic AA grey
}

TEST(Contrast, AStatusColourKeptWhereItReadsAndMovedWhereItDoesNot) {
    const Rgb problem{170, 20, 20}, good{20, 110, 40}, warning{150, 80, 0};
    const Rgb light{246, 245, 244}, adwaita_dark{53, 53, 53}, black{0, 0, 0};
    for (Rgb colour : {problem, good, warning}) {
        const Rgb on_light = readable_on(colour, light);
        EXPECT_GE(contrast_ratio(on_light, light), 4.5);
        for (Rgb dark : {adwaita_dark, black}) {
            ASSERT_LT(contrast_ratio(colour, dark), 4.5) << "as chosen for a light theme, it does not read here";
            const Rgb moved = readable_on(colour, dark);
            EXPECT_GE(contrast_ratio(moved, dark), 4.5);
            EXPECT_GT(moved.r + moved.g + moved.b, colour.r + colour.g + colour.b) << "lightened on a dark theme";
        }
    }
    EXPECT_EQ(readable_on(problem, light).r, problem.r) << "a colour that reads is left as it is";
}
