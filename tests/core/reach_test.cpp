// Reach and barriers counted from plain rows (core/rules/reach.h).
#include "core/rules/reach.h"

#include <gtest/gtest.h>

#include "core/errors.h"

using namespace fn;

namespace {

std::vector<ReachFamily> families(int count, const std::string& language, Id first, const std::string& grade = "2") {
    std::vector<ReachFamily> out;
    for (int i = 0; i < count; ++i) out.push_back({first + i, language, {{grade, ""}}});
    return out;
}

const ReachGroup& group(const std::vector<ReachGroup>& groups, const std::string& name) {
    for (const auto& g : groups)
        if (g.group == name) return g;
    throw std::runtime_error("no group " + name);
}

}  // namespace

TEST(Reach, NightsCountInvitedRsvpdCameAndReturning) {
    auto all = families(12, "en", 1);
    auto es = families(11, "es", 100, "4");
    all.insert(all.end(), es.begin(), es.end());
    all.push_back({500, "vi", {{"K", "2026-09-01"}}});  // left before the first night: not invited
    ReachEvent sept{1, "Literacy", "2026-09-10", "17:30", true, false, {1, 2, 3, 100}, {1, 2, 100, 101}};
    ReachEvent oct{2, "Math", "2026-10-15", "18:00", false, true, {1}, {1, 2, 102}};
    auto r = compute_reach(all, {oct, sept}, {}, {101});  // 101 came last year
    ASSERT_EQ(r.events.size(), 2u);
    EXPECT_EQ(r.events[0].title, "Literacy") << "by date";
    EXPECT_EQ(r.events[0].invited, 23);
    EXPECT_EQ(r.events[0].rsvped, 4);
    EXPECT_EQ(r.events[0].attended, 4);
    EXPECT_EQ(r.events[0].returning, 1) << "101 came before the year";
    EXPECT_EQ(r.events[1].returning, 2) << "1 and 2 came in September";
    EXPECT_EQ(r.invited, 23);
    EXPECT_EQ(r.rsvped, 4);
    EXPECT_EQ(r.attended, 5);   // 1, 2, 100, 101, 102
    EXPECT_EQ(r.returning, 2);  // 1 and 2 came twice
    EXPECT_EQ(group(r.by_language, "en").reached, 2);
    EXPECT_EQ(group(r.by_language, "en").families, 12);
    EXPECT_EQ(group(r.by_language, "es").reached, 3);
    EXPECT_EQ(group(r.by_grade_band, "3-5").reached, 3);
    EXPECT_EQ(group(r.by_childcare, "yes").reached, 4);
    EXPECT_EQ(group(r.by_interpreter, "yes").reached, 3);
    EXPECT_EQ(group(r.by_weekday, "4").reached, 5) << "both nights on a Thursday";
    EXPECT_EQ(group(r.by_start_time, "18:00").reached, 3);
}

TEST(Reach, SmallGroupsAreHiddenAndSoIsTheOneThatWouldGiveThemAway) {
    auto all = families(30, "en", 1);
    auto es = families(12, "es", 100);
    auto so = families(4, "so", 200);
    auto vi = families(15, "vi", 300);
    for (auto* more : {&es, &so, &vi}) all.insert(all.end(), more->begin(), more->end());
    ReachEvent night{1, "Night", "2026-10-15", "17:30", true, false, {}, {1, 100, 200, 300}};
    auto r = compute_reach(all, {night}, {}, {});
    EXPECT_TRUE(group(r.by_language, "so").hidden) << "4 families";
    EXPECT_TRUE(group(r.by_language, "es").hidden) << "the next smallest: total minus the others would show so";
    EXPECT_FALSE(group(r.by_language, "en").hidden);
    EXPECT_FALSE(group(r.by_language, "vi").hidden);

    // Two small groups hide each other: nothing more is hidden.
    all.push_back({400, "ar", {{"2", ""}}});
    r = compute_reach(all, {night}, {}, {});
    EXPECT_TRUE(group(r.by_language, "ar").hidden);
    EXPECT_TRUE(group(r.by_language, "so").hidden);
    EXPECT_FALSE(group(r.by_language, "es").hidden);

    // Papers too: 9 Arabic slips are hidden, and so are the 10 Spanish forms beside them.
    std::vector<Evaluation> papers;
    for (int i = 0; i < 9; ++i)
        papers.push_back({0, 1, EvaluationKind::Slip, "ar", "", {}, {}, {3}, {}, {}, "", "", "", ""});
    for (int i = 0; i < 10; ++i)
        papers.push_back({0, 1, EvaluationKind::Form, "es", "", {3, 2, 0, 0, 1}, {}, {1, 3}, {2}, {3}, "", "", "", ""});
    for (int i = 0; i < 20; ++i)
        papers.push_back({0, 1, EvaluationKind::Form, "en", "", {3, 3, 3, 3, 3}, {}, {}, {}, {}, "", "", "", ""});
    r = compute_reach(all, {night}, papers, {});
    ASSERT_EQ(r.papers_by_language.size(), 3u);
    EXPECT_TRUE(r.papers_by_language[0].hidden);   // ar
    EXPECT_FALSE(r.papers_by_language[1].hidden);  // en
    EXPECT_TRUE(r.papers_by_language[2].hidden);   // es
    EXPECT_EQ(r.papers.forms, 30);
    EXPECT_EQ(r.papers.slips, 9);
    EXPECT_EQ(r.papers.barriers[2], 19) << "transport: 9 slips and 10 forms";
    EXPECT_EQ(r.papers.yes[0], 30);
    EXPECT_EQ(r.papers.answered[2], 20);
    EXPECT_EQ(r.best_days[1], 10);
}

TEST(Reach, SchoolYearsRunFromJulyToJune) {
    EXPECT_EQ(school_year_of("2026-11-30").name, "2026-27");
    EXPECT_EQ(school_year_of("2027-06-30").name, "2026-27");
    EXPECT_EQ(school_year_of("2027-07-01").name, "2027-28");
    EXPECT_EQ(school_year_of("2099-09-01").name, "2099-00");
    auto y = parse_school_year("2026-27");
    EXPECT_EQ(y.first_day, "2026-07-01");
    EXPECT_EQ(y.last_day, "2027-06-30");
    EXPECT_EQ(previous_school_year(y).name, "2025-26");
    EXPECT_THROW(parse_school_year("2026-28"), ValidationError);
    EXPECT_THROW(parse_school_year("2026"), ValidationError);
}
