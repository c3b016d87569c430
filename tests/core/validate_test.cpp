#include <gtest/gtest.h>

#include "core/errors.h"
#include "core/event.h"
#include "core/household.h"
#include "core/rsvp.h"

using namespace fn;

namespace {
Event night() {
    Event e;
    e.texts["en"] = {"Literacy Night", ""};
    e.date = "2026-12-03";
    e.start_time = "17:30";
    e.end_time = "19:30";
    return e;
}
}  // namespace

TEST(ValidateEvent, AcceptsAPlainEvent) { EXPECT_NO_THROW(validate(night())); }

TEST(ValidateEvent, RejectsEndBeforeStartAndLateDeadline) {
    auto e = night();
    e.end_time = "17:00";
    EXPECT_THROW(validate(e), ValidationError);
    e = night();
    e.rsvp_deadline = "2026-12-04";
    EXPECT_THROW(validate(e), ValidationError);
    e = night();
    e.texts.clear();
    EXPECT_THROW(validate(e), ValidationError);
    e = night();
    e.texts["EN!"] = {"x", ""};
    EXPECT_THROW(validate(e), ValidationError);
}

TEST(ValidateRsvp, ChildcareChildrenMustBeAmongTheChildrenComing) {
    Rsvp r;
    r.adults = 2;
    r.child_ages = {4, 7};
    r.childcare_ages = {4};
    EXPECT_NO_THROW(validate(r));
    r.childcare_ages = {4, 4};
    EXPECT_THROW(validate(r), ValidationError);
    r.childcare_ages = {3};
    EXPECT_THROW(validate(r), ValidationError);
}

TEST(ValidateRsvp, MealsCannotExceedPeopleAndAllergyNeedsANote) {
    Rsvp r;
    r.adults = 1;
    r.child_ages = {5};
    r.meals = {{MealNeed::Vegetarian, 3, ""}};
    EXPECT_THROW(validate(r), ValidationError);
    r.meals = {{MealNeed::Allergy, 1, ""}};
    EXPECT_THROW(validate(r), ValidationError);
    r.meals = {{MealNeed::Allergy, 1, "peanuts"}};
    EXPECT_NO_THROW(validate(r));
}

TEST(ValidateRsvp, OnePickPerRoundAndSaneCounts) {
    Rsvp r;
    r.picks = {{1, 10}, {1, 11}};
    EXPECT_THROW(validate(r), ValidationError);
    r.picks = {};
    r.adults = -1;
    EXPECT_THROW(validate(r), ValidationError);
    r.adults = 0;
    EXPECT_THROW(validate(r), ValidationError);  // a yes with nobody coming
    r.status = RsvpStatus::No;
    EXPECT_NO_THROW(validate(r));
    r.child_ages = {40};
    EXPECT_THROW(validate(r), ValidationError);
}

TEST(ValidateHousehold, NeedsSomebodyAndValidNames) {
    Household h;
    EXPECT_THROW(validate(h), ValidationError);
    h.guardians.push_back({0, "Rosa Núñez", "555-0101", "", ContactMethod::Phone, "es"});
    EXPECT_NO_THROW(validate(h));
    h.guardians[0].name = "Rosa\x07";
    EXPECT_THROW(validate(h), ValidationError);
}

TEST(Model, MealLinesFillPlainMealsAndFamilyNameComesFromStudents) {
    Rsvp r;
    r.adults = 2;
    r.child_ages = {3, 8};
    r.meals = {{MealNeed::Halal, 1, ""}};
    auto lines = r.meal_lines();
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[1].need, MealNeed::None);
    EXPECT_EQ(lines[1].count, 3);
    r.status = RsvpStatus::Maybe;
    EXPECT_TRUE(r.meal_lines().empty());

    Household h;
    h.guardians.push_back({0, "Rosa María Núñez", "", "", ContactMethod::Paper, "es"});
    EXPECT_EQ(h.family_name(), "Núñez");
    h.students.push_back({0, "100", "Ana", "Núñez-Pérez", "2", "Room 4", ""});
    EXPECT_EQ(h.family_name(), "Núñez-Pérez");
}

TEST(Enums, RoundTripAndListAllowedWordsOnError) {
    EXPECT_EQ(parse_rsvp_status(to_string(RsvpStatus::Maybe)), RsvpStatus::Maybe);
    EXPECT_EQ(parse_event_kind("math-night"), EventKind::MathNight);
    try {
        parse_meal_need("vegan");
        FAIL();
    } catch (const ValidationError& e) {
        EXPECT_NE(std::string(e.what()).find("vegetarian"), std::string::npos);
    }
}

TEST(Model, StudentSpecsAsTypedAtTheDoor) {
    auto s = parse_student_spec("Ana María Núñez:2:Ms. Rivera");
    EXPECT_EQ(s.first_name, "Ana María");
    EXPECT_EQ(s.last_name, "Núñez");
    EXPECT_EQ(s.grade, "2");
    EXPECT_EQ(s.homeroom, "Ms. Rivera");
    EXPECT_EQ(parse_student_spec("Bảo").first_name, "Bảo");
}

TEST(Model, GuardianNamesJoinInOrder) {
    Household h;
    EXPECT_EQ(h.guardian_names(), "");
    h.guardians.push_back({0, "Rosa Núñez", "", "", ContactMethod::Paper, "es"});
    h.guardians.push_back({0, "Luis Núñez", "", "", ContactMethod::Paper, "es"});
    EXPECT_EQ(h.guardian_names(), "Rosa Núñez, Luis Núñez");
    EXPECT_EQ(h.guardian_names("; "), "Rosa Núñez; Luis Núñez");
}
