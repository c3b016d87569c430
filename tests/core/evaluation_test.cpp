// Reading a paper as it is typed from the pile (core/evaluation.h).
#include "core/evaluation.h"

#include <gtest/gtest.h>

#include <functional>

#include "core/errors.h"
#include "core/rules/grades.h"

using namespace fn;

namespace {
std::string refusal(const std::function<void()>& f) {
    try {
        f();
        return "";
    } catch (const ValidationError& e) {
        return e.what();
    }
}
}  // namespace

TEST(Evaluation, AnswersAreTypedWithOrWithoutSpacesAndADashForNone) {
    using A = std::array<int, kQuestions>;
    EXPECT_EQ(parse_answers(tr("answers"), "3 3 2 - 1"), (A{3, 3, 2, 0, 1}));
    EXPECT_EQ(parse_answers(tr("answers"), "332-1"), (A{3, 3, 2, 0, 1}));
    EXPECT_EQ(parse_answers(tr("answers"), "33"), (A{3, 3, 0, 0, 0})) << "the rest unanswered";
    EXPECT_EQ(parse_answers(tr("answers"), ""), (A{}));
    EXPECT_EQ(parse_answers(tr("answers"), "3,0,2"), (A{3, 0, 2, 0, 0}));
    EXPECT_EQ(refusal([] { parse_answers(tr("answers"), "34"); }),
              "answers: answer 2 is '4': type 1, 2 or 3 (the faces from left to right), or - when none is ticked");
    EXPECT_NE(refusal([] { parse_answers(tr("answers"), "333333"); }).find("the form has 5 questions"),
              std::string::npos);
    EXPECT_NE(refusal([] { parse_answers(tr("answers"), "3 x"); }), "");
    EXPECT_EQ(answers_text({3, 3, 2, 0, 1}), "3 3 2 - 1");
}

TEST(Evaluation, TickedNumbersAreInRangeOnceEachAndSorted) {
    EXPECT_EQ(parse_ticked(tr("barriers"), "31", kBarriers), (std::vector<int>{1, 3}));
    EXPECT_EQ(parse_ticked(tr("barriers"), "7, 2", kBarriers), (std::vector<int>{2, 7}));
    EXPECT_EQ(parse_ticked(tr("barriers"), "  ", kBarriers), (std::vector<int>{}));
    EXPECT_EQ(refusal([] { parse_ticked(tr("barriers"), "8", kBarriers); }),
              "barriers: '8' is not a number from 1 to 7");
    EXPECT_EQ(refusal([] { parse_ticked(tr("best times"), "1 1", kTimes); }), "best times: 1 is typed twice");
    EXPECT_NE(refusal([] { parse_ticked(tr("best days"), "mon", kDays); }), "");
    EXPECT_EQ(ticked_text({1, 3, 7}), "1 3 7");
}

TEST(Evaluation, FavouritesAreOnePerRoundWithADashForARoundLeftBlank) {
    EXPECT_EQ(parse_favourites(tr("favourite workshops"), "21"), (std::vector<int>{2, 1}));
    EXPECT_EQ(parse_favourites(tr("favourite workshops"), "- 3"), (std::vector<int>{0, 3}));
    EXPECT_EQ(favourites_text({{1, 2}, {3, 1}}), "2 - 1") << "written back as typed, round 2 left blank";
    EXPECT_EQ(favourites_text({}), "");
    // Ten workshops or more in a round: separated.
    EXPECT_EQ(parse_favourites(tr("favourite workshops"), "12 1"), (std::vector<int>{12, 1}));
    EXPECT_NE(refusal([] { parse_favourites(tr("favourite workshops"), "a"); }), "");
}

TEST(Evaluation, GradesAreCountedInBands) {
    EXPECT_EQ(grade_band("PK"), "PK-2");
    EXPECT_EQ(grade_band("K"), "PK-2");
    EXPECT_EQ(grade_band("2nd"), "PK-2");
    EXPECT_EQ(grade_band("03"), "3-5");
    EXPECT_EQ(grade_band("5"), "3-5");
    EXPECT_EQ(grade_band("Grade 8"), "6-8");
    EXPECT_EQ(grade_band("12"), "9-12");
    EXPECT_EQ(grade_band("Adult"), "");
}

TEST(Evaluation, APaperIsValidatedFieldByField) {
    Evaluation e;
    e.language = "es";
    EXPECT_NO_THROW(validate(e));
    e.answers[2] = 4;
    EXPECT_THROW(validate(e), ValidationError);
    e.answers[2] = 3;
    e.barriers = {8};
    EXPECT_THROW(validate(e), ValidationError);
    e.barriers = {1};
    e.language = "Spanish";
    EXPECT_THROW(validate(e), ValidationError);
    e.language = "es";
    e.comment = std::string(5000, 'x');
    EXPECT_THROW(validate(e), ValidationError);
}
