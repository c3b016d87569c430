#include "store/household_store.h"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include "core/errors.h"
#include "core/text.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;
using fn::testing::sample_household;

namespace {
Id insert(store::Database& db, Household h, const std::string& code) {
    h.code = code;
    Id id = 0;
    db.transaction([&](soci::session& sql) { id = store::insert_household(sql, h); });
    return id;
}
}  // namespace

TEST_F(DbTest, HouseholdRoundTripsWithMembersInOrder) {
    auto h = sample_household("Rosa Núñez", "Ana", "Núñez", "es");
    h.guardians.push_back({0, "Luis Núñez", "555-0101", "luis@example.org", ContactMethod::Email, "es"});
    h.students.push_back({0, "S-2", "Leo", "Núñez", "K", "Mr. Park", ""});
    Id id = insert(db, h, "ACDEFH");
    auto back = store::load_household(db.sql(), id);
    EXPECT_EQ(back.code, "ACDEFH");
    ASSERT_EQ(back.guardians.size(), 2u);
    EXPECT_EQ(back.guardians[1].name, "Luis Núñez");
    EXPECT_EQ(back.guardians[1].preferred_contact, ContactMethod::Email);
    ASSERT_EQ(back.students.size(), 2u);
    EXPECT_EQ(back.students[1].student_number, "S-2");
}

TEST_F(DbTest, SearchTermsFollowReplacedMembers) {
    auto h = sample_household("Rosa Núñez", "Ana", "Núñez", "es");
    Id id = insert(db, h, "ACDEFH");
    EXPECT_EQ(store::search_household_ids(db.sql(), {"nunez"}, 10), std::vector<Id>{id});
    auto changed = store::load_household(db.sql(), id);
    changed.guardians[0].name = "Rosa Trần";
    changed.students[0].last_name = "Trần";
    db.transaction([&](soci::session& sql) { store::replace_household(sql, changed); });
    EXPECT_TRUE(store::search_household_ids(db.sql(), {"nunez"}, 10).empty());
    EXPECT_EQ(store::search_household_ids(db.sql(), {"tr"}, 10), std::vector<Id>{id});
}

TEST_F(DbTest, SearchNeedsEveryWordAsAPrefix) {
    Id a = insert(db, sample_household("María García", "José", "García"), "ACDEFH");
    Id b = insert(db, sample_household("María López", "Lucía", "López"), "ACDEFJ");
    insert(db, sample_household("Trần Văn Minh", "Minh", "Trần"), "ACDEFK");
    EXPECT_EQ(store::search_household_ids(db.sql(), {"mar"}, 10), (std::vector<Id>{a, b}));
    EXPECT_EQ(store::search_household_ids(db.sql(), {"mar", "lop"}, 10), std::vector<Id>{b});
    EXPECT_EQ(store::search_household_ids(db.sql(), search_tokens("acdefj"), 10), std::vector<Id>{b});
    EXPECT_EQ(store::search_household_ids(db.sql(), {"mar"}, 1).size(), 1u);
    EXPECT_TRUE(store::search_household_ids(db.sql(), {"zzz"}, 10).empty());
}

TEST_F(DbTest, StudentNumbersAreUniqueButMayBeBlank) {
    auto h = sample_household("A B", "C", "D");
    h.students[0].student_number = "1001";
    insert(db, h, "ACDEFH");
    auto blank = sample_household("E F", "G", "H");
    insert(db, blank, "ACDEFJ");
    insert(db, blank, "ACDEFK");  // two walk-ins without numbers are fine
    EXPECT_THROW(insert(db, h, "ACDEFM"), ConflictError);
    EXPECT_EQ(store::households_by_student_number(db.sql()).size(), 1u);
}
