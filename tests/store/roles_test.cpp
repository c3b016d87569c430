// Least privilege on a shared PostgreSQL database (store/postgresql_roles.h):
// real logins on the test server, refused by the server itself.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "core/errors.h"
#include "ops/audit_ops.h"
#include "ops/contact_ops.h"
#include "ops/door_ops.h"
#include "ops/evaluation_ops.h"
#include "ops/event_ops.h"
#include "ops/home_visit_ops.h"
#include "ops/household_ops.h"
#include "ops/retention_ops.h"
#include "ops/rollover_ops.h"
#include "ops/volunteer_ops.h"
#include "store/postgresql_roles.h"
#include "support/fixtures.h"
#include "support/plan_fixtures.h"

using namespace fn;

namespace {

class RolesTest : public fn::testing::DbTest {
protected:
    void SetUp() override {
        ASSERT_TRUE(place.postgresql()) << "role tests need the test PostgreSQL server (FN_TEST_POSTGRESQL_FILE)";
        event = ops::create_event(db, fn::testing::sample_event());
        auto h = fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es");
        h.address = "12 Elm Street";
        h.guardians[0].email = "rosa@example.org";
        family = ops::add_household(db, h);
        rivera = ops::add_person(db, {0, "Ms. Rivera", PersonRole::Teacher, "555-0111", "rivera@school.org", {"es"}});
        okafor = ops::add_person(db, {0, "Mr. Okafor", PersonRole::Teacher, "555-0122", "", {"en"}});
        riveras = fn::testing::add_round_with_workshop(db, event, "Reading at home");
        ops::sign_up_presenter(db, riveras, rivera);
        Workshop w = ops::load_event_plan(db, event).workshops.at(0);
        w.id = 0;
        w.texts["en"].title = "Math games";
        w.presenter_ids = {okafor};
        okafors = ops::add_workshop(db, w);
        store::set_up_roles(db);
        // Login names are cluster-wide: made unique per test database.
        suffix = std::to_string(event) + "_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
        store::grant_access(db, "door" + suffix, store::Access::Door, "door pass", 0);
        store::grant_access(db, "rivera" + suffix, store::Access::Teacher, "teacher pass", rivera);
    }
    store::Database as(const std::string& login) { return store::Database::open(place.as_user(login + suffix)); }
    static std::string select_fails(store::Database& d, const std::string& query) {
        try {
            std::string value;
            d.sql() << query, soci::into(value);
            return "";
        } catch (const std::exception& e) {
            return e.what();
        }
    }
    Id event = 0, family = 0, rivera = 0, okafor = 0, riveras = 0, okafors = 0;
    std::string suffix;
    static inline int counter = 0;
};

TEST_F(RolesTest, ADoorLoginIsRefusedPhoneEmailAndAddressColumnsByTheServer) {
    auto door = as("door");
    EXPECT_EQ(door.access(), store::Access::Door);
    for (const char* query : {"SELECT phone FROM guardians", "SELECT email FROM guardians", "SELECT address FROM households",
                              "SELECT phone FROM people", "SELECT email FROM people", "SELECT * FROM guardians"}) {
        std::string why = select_fails(door, query);
        EXPECT_NE(why.find("permission denied"), std::string::npos) << query << ": " << why;
    }
    // The coordinator reads them.
    EXPECT_EQ(select_fails(db, "SELECT phone FROM guardians"), "");
}

TEST_F(RolesTest, ADoorLoginFindsChecksInAndRegistersWalkInsWithoutSeeingContacts) {
    auto door = as("door");
    auto found = ops::door_search(door, event, "Núñez");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].household.guardians.at(0).name, "Rosa Núñez");
    EXPECT_EQ(found[0].household.guardians.at(0).phone, "");
    EXPECT_EQ(found[0].household.address, "");
    ops::check_in(door, event, family, 2, 1, "Door 1");
    Household walk_in = fn::testing::sample_household("Kim Min-jun", "Seo-yeon", "Kim", "ko");
    auto w = ops::register_walk_in(door, event, walk_in, 1, 1, "Door 1");
    EXPECT_GT(w.household_id, 0);
    // The walk-in's phone was written down, and only the coordinator reads it back.
    EXPECT_EQ(ops::load_household(db, w.household_id).guardians.at(0).phone, "555-0100");
    EXPECT_EQ(ops::load_household(door, w.household_id).guardians.at(0).phone, "");
    // Its audit line was written by the door login, and only the coordinator reads the history.
    EXPECT_NE(select_fails(door, "SELECT before_value FROM audit_log"), "");
    EXPECT_THROW(ops::family_history(door, w.household_id), Error);
    auto history = ops::family_history(db, w.household_id);
    ASSERT_FALSE(history.empty());
    EXPECT_EQ(history.front().operation.english(), "walk-in at the door");
    EXPECT_NE(history.front().who.find("door"), std::string::npos) << history.front().who;
    // Nor may it export, erase or purge families, or start a school year.
    EXPECT_THROW(ops::family_record(door, family), Error);
    EXPECT_THROW(ops::erase_family(door, family), Error);
    EXPECT_THROW(ops::purge_expired(door, true), Error);
    EXPECT_THROW(ops::start_school_year(door, {}, true), Error);
    EXPECT_EQ(ops::load_household(db, family).guardians.at(0).name, "Rosa Núñez");
}

// Typed evaluation forms are the coordinator's: the door and teachers are
// refused them by the operations and by the server.
TEST_F(RolesTest, EvaluationFormsAreTheCoordinatorsOnly) {
    ops::TypedEvaluation form;
    form.answers = "3 3 3";
    form.comment = "The childcare room was lovely";
    ops::add_evaluation(db, event, form);
    auto door = as("door");
    auto teacher = as("rivera");
    for (auto* login : {&door, &teacher}) {
        EXPECT_THROW(ops::evaluations_of(*login, event), Error);
        EXPECT_THROW(ops::add_evaluation(*login, event, form), Error);
        EXPECT_NE(select_fails(*login, "SELECT comment FROM evaluations"), "");
    }
    EXPECT_EQ(ops::evaluations_of(db, event).size(), 1u);
}

// Home visits: the teacher offers, plans and reflects; the door is refused
// them by the operations and by the server.
TEST_F(RolesTest, TeachersKeepHomeVisitsAndTheDoorCannotReadThem) {
    auto teacher = as("rivera");
    Household h = ops::load_household(db, family);
    EXPECT_EQ(ops::offer_home_visits(teacher, h.students.at(0).homeroom, "Ms. Rivera", "2026-07-01"), 1);
    ops::plan_home_visit(teacher, family, {"", "2026-11-01", "Ms. Rivera", "Mr. Okafor", ""});
    ops::record_home_visit(teacher, family, 50, "A warm visit");
    auto door = as("door");
    EXPECT_THROW(ops::home_visits_of(door, family), Error);
    EXPECT_NE(select_fails(door, "SELECT reflection FROM home_visits"), "");
    EXPECT_EQ(ops::home_visits_of(db, family).at(0).reflection, "A warm visit");
}

// An upgrade that adds a table: its users keep working without `db roles`
// being run again (the roles are granted what it added as the upgrade ends).
TEST_F(RolesTest, AnUpgradeGrantsTheRolesWhatItAdds) {
    {   // As a database of the previous version had it.
        db.sql() << "DROP TABLE contacts";  // version 12
        db.sql() << "DROP INDEX rsvps_household";  // version 13
        db.sql() << "DROP INDEX door_log_by_household";
        db.sql() << "DROP TABLE evaluations";  // version 14
        db.sql() << "DROP TABLE home_visits";  // version 15
        db.sql() << "DROP TABLE community_resources";  // version 16
        db.sql() << "ALTER TABLE households DROP COLUMN language_to_confirm";  // version 18
        db.sql() << "DELETE FROM schema_migrations WHERE version >= 12";
    }
    auto upgraded = store::Database::open(place.connection());  // the owner opens it: the upgrade runs
    EXPECT_EQ(upgraded.schema_version(), store::latest_schema_version());
    auto teacher = as("rivera");
    EXPECT_EQ(select_fails(teacher, "SELECT note FROM contacts"), "");
    EXPECT_EQ(select_fails(teacher, "SELECT reflection FROM home_visits"), "");
    auto door = as("door");
    EXPECT_EQ(ops::load_household(door, family).guardians.at(0).name, "Rosa Núñez");
    EXPECT_NE(select_fails(door, "SELECT note FROM contacts"), "") << "and still no more than before";
    EXPECT_NE(select_fails(door, "SELECT reflection FROM home_visits"), "");
    EXPECT_EQ(select_fails(door, "SELECT name FROM community_resources"), "") << "public information";
    EXPECT_NE(select_fails(door, "SELECT address FROM households"), "");
}

// The contact log's notes are private: teachers keep it, the door is
// refused it by the server itself.
TEST_F(RolesTest, TeachersKeepTheContactLogAndTheDoorCannotReadIt) {
    auto teacher = as("rivera");
    ContactEntry c;
    c.household_id = family;
    c.staff = "Ms. Rivera";
    c.note = "Ana read her story aloud";
    ops::record_contact(teacher, c);
    ASSERT_EQ(ops::contacts_of(teacher, family).size(), 1u);
    auto door = as("door");
    EXPECT_NE(select_fails(door, "SELECT note FROM contacts"), "");
    EXPECT_THROW(ops::contacts_of(door, family), Error);
    EXPECT_THROW(ops::record_contact(door, c), Error);
}

TEST_F(RolesTest, ADoorLoginCannotChangeThePlan) {
    auto door = as("door");
    Event e = fn::testing::sample_event("2027-01-14");
    try {
        ops::create_event(door, e);
        FAIL() << "a door login created an event";
    } catch (const Error& err) {
        EXPECT_NE(std::string(err.what()).find("not allowed"), std::string::npos) << err.what();
    }
}

TEST_F(RolesTest, ATeacherChangesTheirOwnWorkshopButNotAnotherTeachers) {
    auto teacher = as("rivera");
    EXPECT_EQ(teacher.access(), store::Access::Teacher);
    auto plan = ops::load_event_plan(teacher, event);
    Workshop mine = *std::find_if(plan.workshops.begin(), plan.workshops.end(), [&](auto& w) { return w.id == riveras; });
    Workshop theirs = *std::find_if(plan.workshops.begin(), plan.workshops.end(), [&](auto& w) { return w.id == okafors; });
    mine.texts["en"].title = "Reading at home, with books to take";
    ops::update_workshop(teacher, mine);
    theirs.texts["en"].title = "Hijacked";
    try {
        ops::update_workshop(teacher, theirs);
        FAIL() << "a teacher changed another teacher's workshop";
    } catch (const ConflictError& err) {
        EXPECT_NE(std::string(err.what()).find("only the workshops you present"), std::string::npos) << err.what();
    }
    EXPECT_THROW(ops::remove_workshop(teacher, okafors), ConflictError);
    auto after = ops::load_event_plan(db, event);
    for (const auto& w : after.workshops) {
        if (w.id == riveras) {
            EXPECT_EQ(w.title(), "Reading at home, with books to take");
        } else {
            EXPECT_EQ(w.title(), "Math games");
        }
    }
    EXPECT_EQ(after.workshops.size(), 2u);
    EXPECT_NE(select_fails(teacher, "SELECT phone FROM guardians").find("permission denied"), std::string::npos);
    // And signs up for a shift, which the door cannot.
    Id role = ops::add_volunteer_role(db, {0, event, VolunteerRoleKind::Childcare, "Childcare (gym)"});
    Id shift = ops::add_shift(db, {0, role, "17:30", "18:30", 2});
    ops::sign_up_volunteer(teacher, shift, rivera);
    EXPECT_EQ(ops::load_volunteer_board(db, event).signups.size(), 1u);
    auto door = as("door");
    EXPECT_THROW(ops::sign_up_volunteer(door, shift, okafor), Error);
}

}  // namespace
