// The barriers and reach report of a school year, loaded from a real
// database (SQLite and the PostgreSQL test server) and checked against the
// same numbers recomputed here from the raw rows with SQL of the test's own.
#include "ops/reach_ops.h"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <map>

#include "core/errors.h"
#include "ops/door_ops.h"
#include "ops/evaluation_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/rsvp_ops.h"
#include "ops/volunteer_ops.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

namespace {

class ReachTest : public DbTest {
protected:
    void SetUp() override {
        // 14 English, 12 Spanish, 11 Somali and 3 Vietnamese families, grades K to 5.
        const std::vector<std::pair<std::string, int>> groups{{"en", 14}, {"es", 12}, {"so", 11}, {"vi", 3}};
        int n = 0;
        for (const auto& [language, count] : groups)
            for (int i = 0; i < count; ++i, ++n) {
                auto h = fn::testing::sample_household("Parent " + std::to_string(n), "Kid", "F" + std::to_string(n),
                                                       language);
                h.students[0].grade = n % 2 ? "K" : "4";
                families.push_back(ops::add_household(db, h));
            }
        // A family whose student left in August: not invited this year.
        auto gone = fn::testing::sample_household("Gone Parent", "Max", "Gone", "en");
        gone.students[0].left_on = "2026-08-15";
        families.push_back(ops::add_household(db, gone));

        last_year = night("2026-03-05", "17:30", false);
        september = night("2026-09-17", "17:30", true);
        october = night("2026-10-14", "18:00", false);
        VolunteerRole interpreter{0, october, VolunteerRoleKind::Interpreter, "Interpreter (Somali)"};
        ops::add_volunteer_role(db, interpreter);
        // Last year: the first six families came.
        for (int i = 0; i < 6; ++i) ops::check_in(db, last_year, families[static_cast<std::size_t>(i)], 1, 1);
        // September: every third family RSVP'd; families 0-19 came.
        for (std::size_t i = 0; i < families.size(); i += 3) rsvp(september, families[i]);
        for (std::size_t i = 0; i < 20; ++i) ops::check_in(db, september, families[i], 1, 1);
        // October: families 10-35 came, Somali families among them with the interpreter.
        for (std::size_t i = 10; i < 36; ++i) ops::check_in(db, october, families[i], 1, 0);
        // Papers: 12 Spanish forms, 11 Somali slips, 3 Vietnamese slips.
        for (int i = 0; i < 12; ++i)
            paper(september, EvaluationKind::Form, "es", i % 3 ? "3 3 2 3 3" : "2 - 3", i % 2 ? "1 3" : "3");
        for (int i = 0; i < 11; ++i) paper(october, EvaluationKind::Slip, "so", "", i % 4 ? "4" : "4 6");
        for (int i = 0; i < 3; ++i) paper(october, EvaluationKind::Slip, "vi", "", "5");
    }
    Id night(const std::string& date, const std::string& start, bool childcare) {
        Event e = fn::testing::sample_event(date);
        e.start_time = start;
        e.childcare = childcare;
        return ops::create_event(db, e);
    }
    void rsvp(Id event, Id family) {
        Rsvp r;
        r.event_id = event;
        r.household_id = family;
        ops::record_rsvp(db, r);
    }
    void paper(Id event, EvaluationKind kind, const std::string& language, const std::string& answers,
               const std::string& barriers) {
        ops::TypedEvaluation t;
        t.kind = kind;
        t.language = language;
        t.answers = answers;
        t.barriers = barriers;
        ops::add_evaluation(db, event, t);
    }
    int number(const std::string& query, const std::string& value = "") {
        int n = 0;
        if (value.empty())
            db.sql() << query, soci::into(n);
        else
            db.sql() << query, soci::use(value), soci::into(n);
        return n;
    }
    std::vector<Id> families;
    Id last_year = 0, september = 0, october = 0;
};

const ReachGroup& group(const std::vector<ReachGroup>& groups, const std::string& name) {
    for (const auto& g : groups)
        if (g.group == name) return g;
    throw std::runtime_error("no group " + name);
}

}  // namespace

TEST_F(ReachTest, TheYearsNumbersAreTheRawRowsCountedAgain) {
    auto r = ops::load_reach_report(db, "2026-27");
    EXPECT_EQ(r.year.name, "2026-27");
    EXPECT_EQ(r.previous.name, "2025-26");
    const auto& y = r.this_year;
    const std::string in_year =
        " JOIN events e ON e.id = c.event_id WHERE e.event_date >= '2026-07-01' AND e.event_date <= '2027-06-30'";
    // Invited: households with a student who had not left by the year's first night.
    EXPECT_EQ(y.invited,
              number("SELECT COUNT(DISTINCT household_id) FROM students WHERE left_on = '' OR left_on > '2026-09-17'"));
    EXPECT_EQ(y.attended, number("SELECT COUNT(DISTINCT c.household_id) FROM checkins c" + in_year));
    EXPECT_EQ(y.rsvped,
              number("SELECT COUNT(DISTINCT c.household_id) FROM rsvps c" + in_year + " AND c.status = 'yes'"));
    EXPECT_EQ(y.returning, number("SELECT COUNT(*) FROM (SELECT c.household_id FROM checkins c" + in_year +
                                  " GROUP BY c.household_id HAVING COUNT(*) >= 2) twice"));
    EXPECT_EQ(y.attended, 36);
    EXPECT_EQ(y.returning, 10);
    ASSERT_EQ(y.events.size(), 2u);
    EXPECT_EQ(y.events[1].returning,
              number("SELECT COUNT(*) FROM checkins c WHERE c.event_id = " + std::to_string(october) +
                     " AND EXISTS (SELECT 1 FROM checkins d JOIN events e ON e.id = d.event_id WHERE"
                     " d.household_id = c.household_id AND e.event_date < '2026-10-14')"));
    EXPECT_EQ(y.events[0].returning, 6) << "the six who came last year";
    for (const char* language : {"en", "es", "so"}) {
        const auto& g = group(y.by_language, language);
        EXPECT_EQ(g.families,
                  number("SELECT COUNT(DISTINCT h.id) FROM households h JOIN students s ON s.household_id = h.id"
                         " WHERE (s.left_on = '' OR s.left_on > '2026-09-17') AND h.language = :l",
                         language))
            << language;
        EXPECT_EQ(g.reached, number("SELECT COUNT(DISTINCT c.household_id) FROM checkins c JOIN households h ON"
                                    " h.id = c.household_id JOIN events e ON e.id = c.event_id WHERE e.event_date >="
                                    " '2026-07-01' AND h.language = :l",
                                    language))
            << language;
    }
    EXPECT_TRUE(group(y.by_language, "vi").hidden) << "3 families";
    EXPECT_TRUE(group(y.by_language, "so").hidden) << "11, but it would give the 3 away";
    EXPECT_EQ(group(y.by_interpreter, "yes").reached,
              number("SELECT COUNT(DISTINCT household_id) FROM checkins WHERE event_id = " + std::to_string(october)));
    EXPECT_EQ(
        group(y.by_childcare, "yes").reached,
        number("SELECT COUNT(DISTINCT household_id) FROM checkins WHERE event_id = " + std::to_string(september)));
    EXPECT_EQ(group(y.by_start_time, "18:00").families, y.events[1].invited);

    // Papers: each barrier's ticks counted again from the stored lists.
    for (int b = 1; b <= kBarriers; ++b) {
        const std::string like = "%," + std::to_string(b) + ",%";
        EXPECT_EQ(y.papers.barriers[static_cast<std::size_t>(b - 1)],
                  number("SELECT COUNT(*) FROM evaluations WHERE ',' || barriers || ',' LIKE :b", like))
            << "barrier " << b;
    }
    EXPECT_EQ(y.papers.forms, number("SELECT COUNT(*) FROM evaluations WHERE kind = 'form'"));
    EXPECT_EQ(y.papers.yes[0], number("SELECT COUNT(*) FROM evaluations WHERE q_welcome = 3"));
    EXPECT_EQ(y.papers.answered[1], number("SELECT COUNT(*) FROM evaluations WHERE q_learned > 0"));
    ASSERT_EQ(y.papers_by_language.size(), 3u);
    EXPECT_TRUE(y.papers_by_language[2].hidden);  // vi, 3 slips...
    // ...and with it the next smallest (so, 11 slips), or every language minus the others would show it.
    EXPECT_TRUE(y.papers_by_language[1].hidden);
    EXPECT_FALSE(y.papers_by_language[0].hidden);  // es, 12 forms
    EXPECT_EQ(y.papers_by_language[0].forms, 12);

    // Last year: its one night.
    EXPECT_EQ(r.last_year.attended, 6);
    EXPECT_EQ(r.last_year.events.size(), 1u);
}

TEST_F(ReachTest, ANightStillToComeOrCancelledReachedNoOne) {
    Event later = fn::testing::sample_event("2027-05-20");
    ops::create_event(db, later);  // after today: not counted yet
    auto r = ops::load_reach_report(db, "2026-27");
    EXPECT_EQ(r.this_year.events.size(), 2u);
    EXPECT_THROW(ops::load_reach_report(db, "2026-2027"), ValidationError);
}
