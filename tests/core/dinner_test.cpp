#include "core/rules/dinner.h"

#include <gtest/gtest.h>

using namespace fn;

namespace {
Rsvp rsvp(int adults, std::vector<int> kids, std::vector<MealLine> meals = {}, RsvpStatus s = RsvpStatus::Yes) {
    Rsvp r;
    r.adults = adults;
    r.child_ages = std::move(kids);
    r.meals = std::move(meals);
    r.status = s;
    return r;
}
}  // namespace

TEST(Dinner, CountsMealsByNeedFromYesRsvpsOnly) {
    std::vector<Rsvp> rsvps{rsvp(2, {5, 9}, {{MealNeed::Vegetarian, 1, ""}}),
                            rsvp(1, {3}, {{MealNeed::Allergy, 1, "peanuts"}}), rsvp(2, {}, {}, RsvpStatus::Maybe),
                            rsvp(3, {}, {}, RsvpStatus::Cancelled)};
    auto d = count_dinner(rsvps, {0, false, 0});
    EXPECT_EQ(d.rsvp_meals, 6);
    EXPECT_EQ(d.by_need[MealNeed::None], 4);
    EXPECT_EQ(d.by_need[MealNeed::Vegetarian], 1);
    EXPECT_EQ(d.by_need[MealNeed::Allergy], 1);
    EXPECT_EQ(d.allergy_notes, std::vector<std::string>{"peanuts"});
    EXPECT_EQ(d.total(), 6);
}

TEST(Dinner, BufferRoundsUp) {
    std::vector<Rsvp> rsvps{rsvp(3, {1, 2, 3, 4, 5, 6, 7})};  // 10 people
    auto d = count_dinner(rsvps, {15, false, 0});
    EXPECT_EQ(d.buffer_meals, 2);  // 1.5 rounds up
    EXPECT_EQ(d.total(), 12);
}

TEST(Dinner, BufferUsesDefaultUntilPastEventsExist) {
    auto b = walk_in_buffer({}, 10);
    EXPECT_EQ(b.percent, 10);
    EXPECT_FALSE(b.learned);
}

TEST(Dinner, BufferIsLearnedFromWalkInsAndNoShowsOfPastEvents) {
    Turnout a;  // 100 expected, 30 walked in, 10 no-shows -> +20 %
    a.expected_adults = 60;
    a.expected_children = 40;
    a.walk_in_people = 30;
    a.no_show_people = 10;
    Turnout b;  // 100 expected, 10 walked in, 0 no-shows -> +10 %
    b.expected_adults = 100;
    b.walk_in_people = 10;
    auto buf = walk_in_buffer({a, b}, 50);
    EXPECT_TRUE(buf.learned);
    EXPECT_EQ(buf.events_used, 2);
    EXPECT_EQ(buf.percent, 15);  // pooled: 30 extra over 200
}

TEST(Dinner, LearnedBufferNeverGoesBelowZero) {
    Turnout t;
    t.expected_adults = 100;
    t.no_show_people = 40;
    auto buf = walk_in_buffer({t}, 10);
    EXPECT_TRUE(buf.learned);
    EXPECT_EQ(buf.percent, 0);
}
