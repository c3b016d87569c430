// Home visits on SQLite and the PostgreSQL test server.
#include "ops/home_visit_ops.h"

#include <gtest/gtest.h>

#include "core/errors.h"
#include "io/csv_reader.h"
#include "ops/clock.h"
#include "ops/household_ops.h"
#include "ops/retention_ops.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

namespace {

class HomeVisitTest : public DbTest {
protected:
    void SetUp() override {
        for (int i = 0; i < 6; ++i) {
            auto h = fn::testing::sample_household("Parent " + std::to_string(i), "Kid" + std::to_string(i),
                                                   "Family" + std::to_string(i), i % 2 ? "es" : "en");
            h.students[0].homeroom = i < 5 ? "Ms. Rivera" : "Mr. Park";
            ids.push_back(ops::add_household(db, h));
        }
    }
    ops::VisitPlan plan(const std::string& on = "2026-10-20") {
        return {"2026-10-01", on, "Ms. Rivera", "Mr. Nguyen", ""};
    }
    std::string refused_field(const ops::VisitPlan& p, Id family) {
        try {
            ops::plan_home_visit(db, family, p);
            return "";
        } catch (const ValidationError& e) {
            return e.field();
        }
    }
    std::vector<Id> ids;
};

}  // namespace

TEST_F(HomeVisitTest, EveryFamilyOfTheClassIsOfferedOnceAYearAndCoverageSaysOfferedToAll) {
    EXPECT_EQ(ops::offer_home_visits(db, " ms. RIVERA ", "Ms. Rivera", "2026-07-01", "2026-09-15"), 5);
    EXPECT_EQ(ops::offer_home_visits(db, "Ms. Rivera", "Ms. Rivera", "2026-07-01", "2026-09-20"), 0)
        << "not twice a year";
    EXPECT_THROW(ops::offer_home_visits(db, "Room 99", "Ms. Rivera", "2026-07-01"), NotFoundError);
    auto coverage = ops::home_visit_coverage(db, "2026-07-01");
    ASSERT_EQ(coverage.size(), 2u);
    EXPECT_EQ(coverage[0].homeroom, "Mr. Park");
    EXPECT_EQ(coverage[0].offered, 0);
    EXPECT_EQ(coverage[1].homeroom, "Ms. Rivera");
    EXPECT_EQ(coverage[1].families, 5);
    EXPECT_EQ(coverage[1].offered, 5);
    EXPECT_EQ(coverage[1].made, 0);
    // Without a day given: today's offer, counted from the school year's first day.
    EXPECT_EQ(ops::offer_home_visits(db, "Mr. Park", "Mr. Park", ""), 1);
    EXPECT_EQ(ops::offer_home_visits(db, "Mr. Park", "Mr. Park", ""), 0);
    EXPECT_EQ(ops::home_visit_coverage(db, "").at(0).offered, 1);
}

TEST_F(HomeVisitTest, AVisitNeedsTheFamilysYesAndTwoDifferentStaffThenItsHoursAreExported) {
    EXPECT_THROW(ops::plan_home_visit(db, ids[0], plan()), ConflictError) << "no offer yet";
    ops::offer_home_visits(db, "Ms. Rivera", "Ms. Rivera", "2026-07-01", "2026-09-15");
    EXPECT_THROW(ops::record_home_visit(db, ids[0], 60, ""), ConflictError) << "nothing planned";
    auto same = plan();
    same.second_staff = " ms. rivera ";
    EXPECT_EQ(refused_field(same, ids[0]), "second staff member");
    auto stranger = plan();
    stranger.interpreter = "Someone Else";
    EXPECT_EQ(refused_field(stranger, ids[0]), "interpreter");
    auto no_day = plan("");
    EXPECT_EQ(refused_field(no_day, ids[0]), "visit date");
    EXPECT_EQ(ops::home_visits_of(db, ids[0]).at(0).answer, "") << "refusals change nothing";

    auto with_interpreter = plan();
    with_interpreter.interpreter = "mr. NGUYEN";  // typed otherwise than his name: still one of the two
    ops::plan_home_visit(db, ids[0], with_interpreter);
    ops::record_home_visit(db, ids[0], 75, "Ana showed us her reading corner.");
    ops::plan_home_visit(db, ids[1], plan("2026-10-22"));
    ops::record_home_visit(db, ids[1], 45, "");
    ops::decline_home_visit(db, ids[2]);
    auto visits = ops::home_visits_of(db, ids[0]);
    ASSERT_EQ(visits.size(), 1u);
    EXPECT_TRUE(visits[0].made);
    EXPECT_EQ(visits[0].consent_on, "2026-10-01");
    EXPECT_EQ(visits[0].reflection, "Ana showed us her reading corner.");
    EXPECT_EQ(ops::home_visits_of(db, ids[2]).at(0).answer, "no");
    EXPECT_THROW(ops::record_home_visit(db, ids[0], 600, ""), ValidationError) << "more than 8 hours";
    EXPECT_EQ(ops::home_visit_coverage(db, "2026-07-01").at(1).made, 2);

    const std::string path = dir.file("hours.csv");
    EXPECT_EQ(ops::export_visit_hours(db, "2026-07-01", path), 2);
    auto rows = io::read_csv_file(path);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1].fields, (std::vector<std::string>{"Mr. Nguyen", "2", "2.00", "1"}));
    EXPECT_EQ(rows[2].fields, (std::vector<std::string>{"Ms. Rivera", "2", "2.00", "0"}));
}

TEST_F(HomeVisitTest, ReflectionsAreClearedAfterTheRetentionPeriodAndWhenTheFamilyIsErased) {
    ops::offer_home_visits(db, "Ms. Rivera", "Ms. Rivera", "2024-07-01", "2024-09-10");
    ops::plan_home_visit(db, ids[0], {"2024-09-12", "2024-10-01", "Ms. Rivera", "Mr. Nguyen", ""});
    ops::record_home_visit(db, ids[0], 60, "Old reflection");
    ops::plan_home_visit(db, ids[1], {"", "2099-01-01", "Ms. Rivera", "Mr. Nguyen", ""});
    EXPECT_THROW(ops::record_home_visit(db, ids[1], 60, "Too early"), ConflictError) << "not made yet";
    const std::string today = ops::now_timestamp().substr(0, 10);
    ops::plan_home_visit(db, ids[1], {"", today, "Ms. Rivera", "Mr. Nguyen", ""});
    ops::record_home_visit(db, ids[1], 60, "Recent reflection");
    auto dry = ops::purge_expired(db, true);
    EXPECT_EQ(dry.contact_notes, 1);
    EXPECT_EQ(ops::home_visits_of(db, ids[0]).at(0).reflection, "Old reflection") << "a dry run changes nothing";
    ops::purge_expired(db, false);
    auto old = ops::home_visits_of(db, ids[0]).at(0);
    EXPECT_EQ(old.reflection, "");
    EXPECT_TRUE(old.made) << "the visit stays for the counts";
    EXPECT_EQ(old.minutes, 60);
    EXPECT_EQ(ops::home_visits_of(db, ids[1]).at(0).reflection, "Recent reflection");
    ops::erase_family(db, ids[1]);
    EXPECT_EQ(ops::home_visits_of(db, ids[1]).at(0).reflection, "");
}

// A recorded visit recorded again is never overwritten: each earlier record
// stays as its own entry, with who replaced it and when, in the family's
// record, until the retention period or an erasure clears its words.
TEST_F(HomeVisitTest, AVisitRecordedAgainKeepsEachEarlierRecordAsItsOwnEntry) {
    ops::offer_home_visits(db, "Ms. Rivera", "Ms. Rivera", "2024-07-01", "2024-09-10");
    ops::plan_home_visit(db, ids[0], {"2024-09-12", "2024-10-01", "Ms. Rivera", "Mr. Nguyen", ""});
    ops::record_home_visit(db, ids[0], 60, "First words");
    EXPECT_TRUE(ops::home_visits_of(db, ids[0]).at(0).earlier.empty()) << "a first record replaces nothing";
    ops::record_home_visit(db, ids[0], 75, "Second words");
    ops::record_home_visit(db, ids[0], 75, "Third words");
    auto v = ops::home_visits_of(db, ids[0]).at(0);
    EXPECT_EQ(v.minutes, 75);
    EXPECT_EQ(v.reflection, "Third words");
    ASSERT_EQ(v.earlier.size(), 2u);
    EXPECT_EQ(v.earlier[0].minutes, 60);
    EXPECT_EQ(v.earlier[0].reflection, "First words");
    EXPECT_EQ(v.earlier[1].reflection, "Second words");
    EXPECT_FALSE(v.earlier[0].changed_by.empty());
    EXPECT_EQ(v.earlier[0].changed_at, v.earlier[1].recorded_at) << "replaced by the second record";
    // In what the family gets when it asks for its data.
    bool exported = false;
    for (const auto& table : ops::family_record(db, ids[0]).tables)
        if (table.table == "home_visit_changes")
            for (const auto& row : table.rows)
                for (const auto& [column, value] : row.columns) exported |= value == "First words";
    EXPECT_TRUE(exported);
    // The retention period clears every reflection of the visit, earlier
    // ones included, without counting the clearing as a new record.
    EXPECT_EQ(ops::purge_expired(db, true).contact_notes, 3);
    ops::purge_expired(db, false);
    v = ops::home_visits_of(db, ids[0]).at(0);
    ASSERT_EQ(v.earlier.size(), 2u);
    EXPECT_EQ(v.earlier[0].reflection + v.earlier[1].reflection + v.reflection, "");
    EXPECT_EQ(v.earlier[0].minutes, 60) << "the entries stay for the hours";
    // An erasure clears them too.
    const std::string today = ops::now_timestamp().substr(0, 10);
    ops::plan_home_visit(db, ids[1], {"", today, "Ms. Rivera", "Mr. Nguyen", ""});
    ops::record_home_visit(db, ids[1], 30, "Recent words");
    ops::record_home_visit(db, ids[1], 40, "Recent words, corrected");
    ops::erase_family(db, ids[1]);
    v = ops::home_visits_of(db, ids[1]).at(0);
    ASSERT_EQ(v.earlier.size(), 1u);
    EXPECT_EQ(v.earlier[0].reflection, "");
}
