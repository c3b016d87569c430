#include "ops/contact_ops.h"

#include <gtest/gtest.h>

#include <set>

#include "core/calendar.h"
#include "core/errors.h"
#include "ops/clock.h"
#include "ops/household_ops.h"
#include "ops/retention_ops.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

namespace {

class ContactLogTest : public DbTest {
protected:
    void SetUp() override {
        for (int i = 0; i < 6; ++i) {
            auto h = fn::testing::sample_household("Parent " + std::to_string(i), "Kid" + std::to_string(i),
                                                   "Family" + std::to_string(i), i % 2 ? "es" : "en");
            h.students[0].homeroom = i < 5 ? "Ms. Rivera" : "Mr. Park";
            if (i == 3) h.guardians[0].preferred_contact = ContactMethod::Text;
            ids.push_back(ops::add_household(db, h));
        }
    }
    Id contact(Id family, ContactKind kind, const std::string& on, const std::string& note = "") {
        ContactEntry c;
        c.household_id = family;
        c.kind = kind;
        c.staff = "Ms. Rivera";
        c.on = on;
        c.note = note;
        return ops::record_contact(db, c);
    }
    std::string today() { return ops::now_timestamp().substr(0, 10); }
    std::vector<Id> ids;
};

}  // namespace

TEST_F(ContactLogTest, AContactTakesTheFamilysLanguageAndIsRefusedWithoutWhoOrWithABadDay) {
    contact(ids[1], ContactKind::GoodNews, "", "Loved reading with Kid1");
    auto list = ops::contacts_of(db, ids[1]);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].language, "es");
    EXPECT_EQ(list[0].on, today());
    EXPECT_EQ(list[0].note, "Loved reading with Kid1");
    EXPECT_EQ(ops::suggested_channel(ops::load_household(db, ids[3])), ContactChannel::Text);
    ContactEntry c;
    c.household_id = ids[1];
    try {
        ops::record_contact(db, c);
        FAIL() << "a contact without who made it";
    } catch (const ValidationError& e) {
        EXPECT_EQ(e.field(), "made by");
    }
    EXPECT_THROW(contact(ids[1], ContactKind::GoodNews, "2026-02-30"), ValidationError);
    EXPECT_EQ(ops::contacts_of(db, ids[1]).size(), 1u);
}

TEST_F(ContactLogTest, ATeachersViewListsTheClassFamiliesWithoutGoodNewsThisMonthLongestWaitingFirst) {
    const std::string month = today().substr(0, 8) + "01";
    contact(ids[0], ContactKind::GoodNews, today());                // reached this month
    contact(ids[1], ContactKind::GoodNews, add_months(month, -2));  // two months ago
    contact(ids[2], ContactKind::GoodNews, add_days(month, -1));    // last month
    contact(ids[3], ContactKind::FollowUp, today());                // not good news
    auto due = ops::families_due(db, " ms. rivera ", month);
    std::vector<Id> order;
    for (const auto& f : due) order.push_back(f.household_id);
    // Never contacted (3, 4 by name) first, then the longest ago; Mr. Park's family is not in the class.
    EXPECT_EQ(order, (std::vector<Id>{ids[3], ids[4], ids[1], ids[2]}));
    EXPECT_EQ(due[0].channel, ContactChannel::Text) << "the family's preferred channel";
    EXPECT_EQ(due[2].last_positive, add_months(month, -2));

    auto coverage = ops::contact_coverage(db, month);
    ASSERT_EQ(coverage.by_teacher.size(), 2u);
    EXPECT_EQ(coverage.by_teacher[0].group, "Mr. Park");
    EXPECT_EQ(coverage.by_teacher[0].reached, 0);
    EXPECT_EQ(coverage.by_teacher[1].group, "Ms. Rivera");
    EXPECT_EQ(coverage.by_teacher[1].families, 5);
    EXPECT_EQ(coverage.by_teacher[1].reached, 1);
    ASSERT_EQ(coverage.by_language.size(), 2u);
    EXPECT_EQ(coverage.by_language[0].group, "en");
    EXPECT_EQ(coverage.by_language[0].families, 3);
    EXPECT_EQ(coverage.by_language[0].reached, 1);
}

TEST_F(ContactLogTest, TheLunchDrawNeverRepeatsAFamilyWithinTheTerm) {
    const std::string term = add_days(today(), -30);
    contact(ids[4], ContactKind::LunchInvitation, add_days(today(), -60));  // last term: may be drawn again
    std::set<Id> seen;
    for (int round = 0; round < 3; ++round) {
        auto drawn =
            ops::draw_lunch_invitations(db, "Ms. Rivera", 2, term, "Ms. Rivera", 7u + static_cast<unsigned>(round));
        for (const auto& f : drawn) EXPECT_TRUE(seen.insert(f.household_id).second) << "drawn twice: " << f.code;
        EXPECT_EQ(drawn.size(), round < 2 ? 2u : 1u);
    }
    EXPECT_EQ(seen.size(), 5u) << "every family of the class, once";
    EXPECT_FALSE(seen.count(ids[5])) << "another class";
    EXPECT_TRUE(ops::draw_lunch_invitations(db, "Ms. Rivera", 2, term, "Ms. Rivera", 99u).empty());
    EXPECT_EQ(ops::draw_lunch_invitations(db, "Ms. Rivera", 2, today(), "Ms. Rivera", 5u).size(), 0u)
        << "invited today counts in a term starting today";
    EXPECT_THROW(ops::draw_lunch_invitations(db, "Ms. Rivera", 0, term, "Ms. Rivera"), ValidationError);
}

TEST_F(ContactLogTest, ThePurgeDropsOldNotesAndKeepsTheCounts) {
    const std::string month = today().substr(0, 8) + "01";
    contact(ids[0], ContactKind::GoodNews, add_months(today(), -13), "Asked about the bus");
    contact(ids[0], ContactKind::GoodNews, today(), "Shared Kid0's poem");
    auto listed = ops::purge_expired(db, true);
    EXPECT_EQ(listed.contact_notes, 1);
    EXPECT_EQ(ops::contacts_of(db, ids[0]).back().note, "Asked about the bus") << "a dry run keeps it";
    auto done = ops::purge_expired(db, false);
    EXPECT_EQ(done.contact_notes, 1);
    auto list = ops::contacts_of(db, ids[0]);
    ASSERT_EQ(list.size(), 2u) << "the contacts stay for the counts";
    EXPECT_EQ(list[0].note, "Shared Kid0's poem");
    EXPECT_EQ(list[1].note, "");
    EXPECT_EQ(list[1].kind, ContactKind::GoodNews);
    // Ms. Rivera's class (by name, after Mr. Park's): the family reached this month still counts.
    auto coverage = ops::contact_coverage(db, month).by_teacher;
    ASSERT_EQ(coverage.size(), 2u);
    EXPECT_EQ(coverage[1].group, "Ms. Rivera");
    EXPECT_EQ(coverage[1].reached, 1);
    // Erasing the family clears its notes too, and keeps the contacts.
    ops::erase_family(db, ids[0]);
    auto erased = ops::contacts_of(db, ids[0]);
    ASSERT_EQ(erased.size(), 2u);
    for (const auto& c : erased) EXPECT_EQ(c.note, "");
}
