#include "reports/headcount_sheet.h"

#include <gtest/gtest.h>

#include "reports/pdf_tools.h"
#include "support/temp_dir.h"

using namespace fn;

TEST(HeadcountSheet, ShowsMealsWithBufferAllergiesAndCaregiverShortfall) {
    HeadcountSheet s;
    s.heading.school_name = "Lincoln Elementary School";
    s.heading.event_title = "Noche de Matemáticas";
    s.heading.date = "2026-12-03";
    s.heading.start_time = "17:30";
    s.heading.end_time = "19:30";
    s.dinner = s.childcare = true;
    Rsvp a;
    a.adults = 2;
    a.child_ages = {1, 4, 9};
    a.childcare_ages = {1, 4, 9};
    a.meals = {{MealNeed::Halal, 2, ""}, {MealNeed::Allergy, 1, "sesame"}};
    s.meals = count_dinner({a}, {20, true, 2});
    s.children = count_childcare({a}, {{0, 2, 4}, {3, 5, 8}, {6, 99, 12}}, 1);
    s.rsvp_households = 1;
    fn::testing::TempDir dir;
    auto path = dir.file("headcount.pdf");
    reports::write_headcount_sheet(s, reports::PaperSize::Letter, path);
    EXPECT_EQ(fn::testing::pdf_pages(path), 1);
    std::string text = fn::testing::pdf_text(path);
    EXPECT_NE(text.find("Noche de Matemáticas"), std::string::npos);
    EXPECT_NE(text.find("Meals to order"), std::string::npos);
    EXPECT_NE(text.find("learned from 2 past events"), std::string::npos);
    EXPECT_NE(text.find("sesame"), std::string::npos);
    EXPECT_NE(text.find("SHORT 2 CAREGIVERS"), std::string::npos) << text;
    // 5 people: 2 halal, 1 allergy, 2 regular; 20 % buffer rounds up to 1: 6 meals.
    EXPECT_NE(text.find("6"), std::string::npos);
    EXPECT_EQ(s.meals.total(), 6);
}

TEST(HeadcountSheet, ALongListOfAllergiesContinuesOnANumberedPage) {
    HeadcountSheet s;
    s.heading.event_title = "Family Math Night";
    s.heading.date = "2026-12-03";
    s.dinner = s.childcare = true;
    std::vector<Rsvp> rsvps;
    for (int i = 0; i < 45; ++i) {  // 45 different allergies, one plate each
        Rsvp r;
        r.adults = 1;
        r.child_ages = {5};
        r.childcare_ages = {5};
        r.meals = {{MealNeed::Allergy, 1, "allergy number " + std::to_string(i)}};
        rsvps.push_back(r);
    }
    s.meals = count_dinner(rsvps, {10, false, 0});
    s.children = count_childcare(rsvps, {{0, 2, 4}, {3, 5, 8}, {6, 99, 12}}, 0);
    fn::testing::TempDir dir;
    auto path = dir.file("headcount.pdf");
    reports::write_headcount_sheet(s, reports::PaperSize::Letter, path);
    int pages = fn::testing::pdf_pages(path);
    ASSERT_EQ(pages, 2);
    std::string text = fn::testing::pdf_text(path);
    EXPECT_NE(text.find("allergy number 44"), std::string::npos);  // the last one is on the paper
    EXPECT_NE(text.find("Caregivers needed"), std::string::npos);
    for (int p = 1; p <= pages; ++p)
        EXPECT_NE(text.find("Page " + std::to_string(p) + " of 2"), std::string::npos) << p;
}
