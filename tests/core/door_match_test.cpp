#include "core/rules/door_match.h"

#include <gtest/gtest.h>

#include "core/text.h"

using namespace fn;

namespace {

Household family(Id id, const std::string& guardian, const std::string& student_first, const std::string& student_last,
                 const std::string& code) {
    Household h;
    h.id = id;
    h.code = code;
    h.guardians.push_back({0, guardian, "", "", ContactMethod::Paper, "en"});
    h.students.push_back({0, "", student_first, student_last, "2", "Ms. Rivera", ""});
    return h;
}

DoorCandidate candidate(Household h, std::vector<std::string> typed, std::optional<RsvpStatus> rsvp = std::nullopt) {
    DoorCandidate c;
    c.match = match_quality(h, typed, "");
    c.household = std::move(h);
    c.rsvp = rsvp;
    return c;
}

}  // namespace

TEST(DoorMatch, AGuardiansNameBeatsAStudentsAndWordsSpreadOverPeople) {
    auto typed = search_tokens("rosa nu");
    EXPECT_EQ(match_quality(family(1, "Rosa Núñez", "Ana", "Núñez", "K7MX4P"), typed, ""), NameMatch::Guardian);
    EXPECT_EQ(match_quality(family(2, "Luis Díaz", "Rosa", "Nuño", "K7MX4Q"), typed, ""), NameMatch::Student);
    // "rosa" only in a guardian's name, "nu" only in a student's: weakest.
    EXPECT_EQ(match_quality(family(3, "Rosa Díaz", "Ana", "Nuño", "K7MX4R"), typed, ""), NameMatch::Mixed);
    EXPECT_EQ(match_quality(family(4, "Rosa Díaz", "Ana", "Nuño", "K7MX4R"), typed, "K7MX4R"), NameMatch::Code);
}

TEST(DoorMatch, ExpectedFamiliesComeFirstThenTheBetterMatchThenTheName) {
    auto typed = search_tokens("rosa");
    std::vector<DoorCandidate> list;
    list.push_back(candidate(family(1, "Rosa Abad", "Ana", "Abad", "A"), typed));  // guardian, no RSVP
    list.push_back(candidate(family(2, "Luis Zapata", "Rosa", "Zapata", "B"), typed, RsvpStatus::Yes));  // student, yes
    list.push_back(candidate(family(3, "Luis Baez", "Rosa", "Baez", "C"), typed));                 // student, no RSVP
    list.push_back(candidate(family(4, "Rosa Cruz", "Eva", "Cruz", "D"), typed, RsvpStatus::No));  // guardian, said no
    rank_door_candidates(list);
    std::vector<Id> order;
    for (const auto& c : list) order.push_back(c.household.id);
    EXPECT_EQ(order, (std::vector<Id>{2, 1, 4, 3}));
}

TEST(DoorMatch, AScannedCodeIsFirstWhateverElseMatches) {
    std::vector<DoorCandidate> list;
    list.push_back(candidate(family(1, "Ana Code", "X", "Y", "AAAAAA"), search_tokens("bbbbbb"), RsvpStatus::Yes));
    auto scanned = family(2, "Bo Other", "X", "Y", "BBBBBB");
    DoorCandidate c;
    c.match = match_quality(scanned, search_tokens("bbbbbb"), "BBBBBB");
    c.household = scanned;
    list.push_back(c);
    rank_door_candidates(list);
    EXPECT_EQ(list.front().household.id, 2);
}

TEST(RsvpChanges, SaysWhichFieldsANewSlipChangesIgnoringOrder) {
    Rsvp before;
    before.adults = 2;
    before.child_ages = {7, 4};
    before.meals = {{MealNeed::Vegetarian, 1, ""}};
    Rsvp after = before;
    after.child_ages = {4, 7};  // same children, typed in another order
    EXPECT_TRUE(changed_fields(before, after).empty());
    after.child_ages = {4};
    after.meals.clear();
    after.source = RsvpSource::Phone;
    EXPECT_EQ(changed_fields(before, after),
              (std::vector<RsvpField>{RsvpField::ChildAges, RsvpField::Meals, RsvpField::Source}));
}

TEST(DoorMatch, AWalkInIsLikelyTheSameFamilyByFoldedNameOrPhoneDigits) {
    Household existing = family(1, "Juan Gómez", "Ana", "Gómez", "439HEA");
    existing.guardians[0].phone = "(555) 010-2345";
    Household typed;
    typed.guardians.push_back({0, "Juan Gomez", "", "", ContactMethod::Paper, "es"});
    EXPECT_TRUE(likely_same_family(existing, typed));
    typed.guardians[0].name = "GÓMEZ juan";  // word order and case aside
    EXPECT_TRUE(likely_same_family(existing, typed));
    typed.guardians[0].name = "Juana Gomez";
    EXPECT_FALSE(likely_same_family(existing, typed));
    typed.guardians[0].phone = "555.010.2345";
    EXPECT_TRUE(likely_same_family(existing, typed));
    typed.guardians[0].phone = "2345";  // too short to mean anything
    EXPECT_FALSE(likely_same_family(existing, typed));
    typed.students.push_back({0, "", "ana", "GOMEZ", "", "", ""});
    EXPECT_TRUE(likely_same_family(existing, typed));
}

// Three Carter families RSVP'd: Enter on "carter" takes none of them (the
// first would be wrong two times in three); the one the volunteer picks is
// taken. One expected Carter among others takes that one, and a code is
// taken at once whatever else matches.
TEST(DoorMatch, EnterChoosesNobodyWhenSeveralExpectedFamiliesMatchAndThePickedRowOtherwise) {
    auto typed = search_tokens("carter");
    std::vector<DoorCandidate> rows;
    for (Id id : {1, 2, 3})
        rows.push_back(
            candidate(family(id, "Ann Carter", "Kid", "Carter", "K7MX4" + std::to_string(id)), typed, RsvpStatus::Yes));
    rows.push_back(candidate(family(4, "Bo Carter", "Lee", "Carter", "K7MX44"), typed));  // no RSVP
    rank_door_candidates(rows);
    auto enter = decide_door_enter(rows, std::nullopt);
    EXPECT_EQ(enter.kind, DoorEnter::Kind::Choose);
    EXPECT_EQ(enter.expected_waiting, 3);
    enter = decide_door_enter(rows, std::size_t{1});
    EXPECT_EQ(enter.kind, DoorEnter::Kind::TakeRow);
    EXPECT_EQ(enter.row, 1u);

    rows[0].arrived_at = "2026-12-03T17:40:00";  // two still expected: still a choice
    EXPECT_EQ(decide_door_enter(rows, std::nullopt).expected_waiting, 2);
    rows[1].arrived_at = "2026-12-03T17:45:00";  // one left: taken at once, whatever its place
    enter = decide_door_enter(rows, std::nullopt);
    EXPECT_EQ(enter.kind, DoorEnter::Kind::TakeRow);
    EXPECT_EQ(rows[enter.row].household.id, rows[2].household.id);

    rows[3].match = NameMatch::Code;  // a scanned code is taken at once
    rank_door_candidates(rows);
    enter = decide_door_enter(rows, std::nullopt);
    EXPECT_EQ(enter.kind, DoorEnter::Kind::TakeRow);
    EXPECT_EQ(rows[enter.row].household.id, 4);
    EXPECT_EQ(decide_door_enter({}, std::nullopt).kind, DoorEnter::Kind::Nothing);
}
