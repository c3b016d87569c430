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
#include "ops/message_ops.h"
#include "ops/retention_ops.h"
#include "ops/roster_ops.h"
#include "ops/rsvp_ops.h"
#include "ops/volunteer_edit_ops.h"
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
        store::grant_access(db, "okafor" + suffix, store::Access::Teacher, "teacher pass", okafor);
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
    // What a statement typed in `psql` as that login does: "" and the rows
    // it changed, or the server's refusal.
    static std::pair<std::string, long long> run(store::Database& d, const std::string& statement) {
        try {
            soci::statement st = (d.sql().prepare << statement);
            st.execute(true);
            return {"", st.get_affected_rows()};
        } catch (const std::exception& e) {
            return {e.what(), 0};
        }
    }
    Id event = 0, family = 0, rivera = 0, okafor = 0, riveras = 0, okafors = 0;
    std::string suffix;
    static inline int counter = 0;
};

TEST_F(RolesTest, ADoorLoginIsRefusedPhoneEmailAndAddressColumnsByTheServer) {
    auto door = as("door");
    EXPECT_EQ(door.access(), store::Access::Door);
    for (const char* query :
         {"SELECT phone FROM guardians", "SELECT email FROM guardians", "SELECT address FROM households",
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
    {                                              // As a database of the previous version had it.
        db.sql() << "DROP TABLE contacts";         // version 12
        db.sql() << "DROP INDEX rsvps_household";  // version 13
        db.sql() << "DROP INDEX door_log_by_household";
        db.sql() << "DROP TABLE evaluations";    // version 14
        db.sql() << "DROP TABLE messages_sent";  // version 25
        db.sql() << "DROP TABLE seat_waits";
        db.sql() << "ALTER TABLE events DROP COLUMN revision";  // version 24
        db.sql() << "ALTER TABLE events DROP COLUMN changed_at";
        db.sql() << "DROP TABLE home_visit_changes";                           // version 23
        db.sql() << "DROP TABLE home_visits";                                  // version 15
        db.sql() << "DROP TABLE community_resources";                          // version 16
        db.sql() << "ALTER TABLE households DROP COLUMN language_to_confirm";  // version 18
        db.sql() << "DROP TABLE privacy_ledger";                               // version 20
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
    EXPECT_EQ(select_fails(teacher, "SELECT COUNT(*) FROM home_visit_changes"), "");
    EXPECT_NE(select_fails(door, "SELECT reflection FROM home_visit_changes"), "");
    EXPECT_EQ(select_fails(door, "SELECT name FROM community_resources"), "") << "public information";
    EXPECT_NE(select_fails(door, "SELECT address FROM households"), "");
    EXPECT_NE(select_fails(door, "SELECT family_code FROM privacy_ledger"), "") << "the ledger is the coordinator's";
    EXPECT_NE(select_fails(teacher, "SELECT family_code FROM privacy_ledger"), "");
    // Where each family's messages went (version 25): the coordinator's.
    EXPECT_NE(select_fails(teacher, "SELECT address FROM messages_sent"), "");
    EXPECT_NE(select_fails(door, "SELECT address FROM messages_sent"), "");
    EXPECT_EQ(select_fails(door, "SELECT COUNT(*) FROM seat_waits"), "") << "ids only, as the seat plans";
    EXPECT_THROW(ops::message_audience(teacher, 1, MessageKind::Reminder), NotAllowedError);
    EXPECT_THROW(ops::message_log(door, 1), NotAllowedError);
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
    Workshop mine =
        *std::find_if(plan.workshops.begin(), plan.workshops.end(), [&](auto& w) { return w.id == riveras; });
    Workshop theirs =
        *std::find_if(plan.workshops.begin(), plan.workshops.end(), [&](auto& w) { return w.id == okafors; });
    mine.texts["en"].title = "Reading at home, with books to take";
    ops::update_workshop(teacher, mine);
    theirs.texts["en"].title = "Hijacked";
    try {
        ops::update_workshop(teacher, theirs);
        FAIL() << "a teacher changed another teacher's workshop";
    } catch (const ConflictError& err) {
        EXPECT_NE(std::string(err.what()).find("only the workshops you present"), std::string::npos) << err.what();
    }
    EXPECT_THROW(ops::remove_workshop(teacher, okafors), NotAllowedError);
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

// A teacher who makes herself co-presenter of another's workshop cannot then
// remove it, nor one that families chose: that is the coordinator's, and the
// server refuses it to her `psql` too.
TEST_F(RolesTest, ATeacherRemovesOnlyAWorkshopThatIsHersAloneAndNobodyChose) {
    // Okafor's workshop in the second round, so that Rivera can co-present it.
    Id second_round = ops::add_round(db, {0, event, 2, "18:45", "19:25"});
    Workshop moved = ops::load_event_plan(db, event).workshops.at(1);
    ASSERT_EQ(moved.id, okafors);
    moved.round_id = second_round;
    ops::update_workshop(db, moved);
    auto teacher = as("rivera");
    ops::sign_up_presenter(teacher, okafors, rivera);
    try {
        ops::remove_workshop(teacher, okafors);
        FAIL() << "a co-presenter removed another teacher's workshop";
    } catch (const NotAllowedError& e) {
        EXPECT_NE(std::string(e.what()).find("also presented by Mr. Okafor"), std::string::npos) << e.what();
    }
    EXPECT_EQ(run(teacher, "DELETE FROM workshops WHERE id = " + std::to_string(okafors)).second, 0);
    EXPECT_EQ(run(teacher, "DELETE FROM workshop_presenters WHERE workshop_id = " + std::to_string(okafors)).second, 1)
        << "she takes only herself off";
    EXPECT_THROW(ops::remove_presenter(teacher, okafors, okafor), NotAllowedError);
    ASSERT_EQ(ops::load_event_plan(db, event).workshops.size(), 2u);
    // Her own workshop, once a family chose it.
    Rsvp r;
    r.event_id = event;
    r.household_id = family;
    r.picks = {{ops::load_event_plan(db, event).rounds.at(0).id, riveras, 0}};
    ops::record_rsvp(db, r);
    try {
        ops::remove_workshop(teacher, riveras);
        FAIL() << "a teacher removed a workshop a family chose";
    } catch (const NotAllowedError& e) {
        EXPECT_NE(std::string(e.what()).find("1 families chose 'Reading at home'"), std::string::npos) << e.what();
    }
    EXPECT_EQ(run(teacher, "DELETE FROM workshops WHERE id = " + std::to_string(riveras)).second, 0);
    EXPECT_EQ(run(teacher, "DELETE FROM workshops").second, 0);
    EXPECT_EQ(ops::load_event_plan(db, event).workshops.size(), 2u);
    // A workshop of her own that nobody chose is hers to remove; the
    // coordinator removes any.
    Workshop w = ops::load_event_plan(db, event).workshops.at(0);
    w.id = 0;
    w.round_id = second_round;
    w.texts = {{"en", {"Poetry night", ""}}};
    w.presenter_ids = {rivera};
    Id poetry = ops::add_workshop(teacher, w);
    EXPECT_EQ(ops::remove_workshop(teacher, poetry).title, "Poetry night");
    EXPECT_EQ(ops::remove_workshop(db, riveras).households_to_tell, std::vector<Id>{family});
}

// Shifts: a teacher signs up and takes off only herself, and only while the
// event is open; `DELETE FROM shift_signups` in her `psql` changes nothing of
// anyone else's.
TEST_F(RolesTest, ATeacherSignsUpOnlyHerselfForShifts) {
    Id role = ops::add_volunteer_role(db, {0, event, VolunteerRoleKind::Childcare, "Childcare (gym)"});
    Id shift = ops::add_shift(db, {0, role, "17:30", "18:30", 3});
    ops::sign_up_volunteer(db, shift, okafor);
    auto teacher = as("rivera");
    try {
        ops::sign_up_volunteer(teacher, shift, okafor);
        FAIL() << "a teacher signed someone else up";
    } catch (const NotAllowedError& e) {
        EXPECT_NE(std::string(e.what()).find("only themself"), std::string::npos) << e.what();
    }
    EXPECT_THROW(ops::cancel_volunteer_signup(teacher, shift, okafor), NotAllowedError);
    ops::sign_up_volunteer(teacher, shift, rivera);
    EXPECT_EQ(run(teacher, "DELETE FROM shift_signups").second, 1) << "her own sign-up only";
    std::string why = run(teacher, "INSERT INTO shift_signups (shift_id, person_id) VALUES (" + std::to_string(shift) +
                                       ", " + std::to_string(okafor) + ")")
                          .first;
    EXPECT_NE(why.find("row-level security"), std::string::npos) << why;
    EXPECT_EQ(ops::load_volunteer_board(db, event).signups.size(), 1u);
    // Nothing is added to an event that is done.
    db.sql() << "UPDATE events SET status = 'done' WHERE id = :e", soci::use(event);
    why = run(teacher,
              "INSERT INTO workshops (event_id, round_id, subject) SELECT event_id, round_id, subject FROM "
              "workshops WHERE id = " +
                  std::to_string(riveras))
              .first;
    EXPECT_NE(why.find("row-level security"), std::string::npos) << why;
    why = run(teacher, "INSERT INTO shift_signups (shift_id, person_id) VALUES (" + std::to_string(shift) + ", " +
                           std::to_string(rivera) + ")")
              .first;
    EXPECT_NE(why.find("row-level security"), std::string::npos) << why;
}

// Contact notes and home-visit reflections are their author's (and the
// coordinator's): another teacher neither reads nor replaces them, through
// the program or `psql`.
TEST_F(RolesTest, PrivateNotesAreTheirAuthorsAndARecordedVisitIsItsRecorders) {
    auto okafor_login = as("okafor");
    auto rivera_login = as("rivera");
    ContactEntry c;
    c.household_id = family;
    c.staff = "Mr. Okafor";
    c.note = "Mother asked about the reading club; call back on 555-0199";
    ops::record_contact(okafor_login, c);
    EXPECT_EQ(ops::contacts_of(okafor_login, family).size(), 1u);
    EXPECT_TRUE(ops::contacts_of(rivera_login, family).empty());
    EXPECT_EQ(run(rivera_login, "UPDATE contacts SET note = 'gone'").second, 0);
    EXPECT_EQ(ops::contacts_of(db, family).at(0).note, c.note) << "the coordinator reads it";
    // Her own note, even signed with his name, is hers: the server writes the author.
    c.staff = "Ms. Rivera";
    c.note = "Ana's story";
    ops::record_contact(rivera_login, c);
    std::string author;
    rivera_login.sql() << "SELECT author FROM contacts WHERE note = 'Ana''s story'", soci::into(author);
    EXPECT_EQ(author, "rivera" + suffix);
    EXPECT_EQ(run(rivera_login, "UPDATE contacts SET author = 'okafor" + suffix + "'").second, 1);
    EXPECT_TRUE(ops::contacts_of(okafor_login, family).size() == 1u) << "the author stays hers";

    // A visit Okafor makes with Rivera; he records it; her record cannot replace his.
    Household h = ops::load_household(db, family);
    ops::offer_home_visits(okafor_login, h.students.at(0).homeroom, "Mr. Okafor", "2026-07-01");
    ops::plan_home_visit(okafor_login, family, {"", "2026-11-01", "Mr. Okafor", "Ms. Rivera", ""});
    ops::record_home_visit(okafor_login, family, 45, "They showed us the garden");
    EXPECT_EQ(ops::home_visits_of(rivera_login, family).size(), 1u) << "she was on the visit";
    try {
        ops::record_home_visit(rivera_login, family, 30, "My own words");
        FAIL() << "a teacher replaced another's record of a visit";
    } catch (const ConflictError& e) {
        EXPECT_NE(std::string(e.what()).find("recorded by okafor" + suffix), std::string::npos) << e.what();
    }
    std::string why = run(rivera_login, "UPDATE home_visits SET minutes = 5, reflection = 'x'").first;
    EXPECT_NE(why.find("recorded by okafor" + suffix), std::string::npos) << why;
    auto kept = ops::home_visits_of(db, family).at(0);
    EXPECT_EQ(kept.minutes, 45);
    EXPECT_EQ(kept.reflection, "They showed us the garden");
    EXPECT_EQ(kept.recorded_by, "okafor" + suffix);
    // He changes his own; a teacher who was not on the visit does not see it.
    ops::record_home_visit(okafor_login, family, 50, "They showed us the garden and the new puppy");
    db.sql() << "UPDATE home_visits SET second_staff = 'Ms. Lee'";
    EXPECT_TRUE(ops::home_visits_of(rivera_login, family).empty());
    EXPECT_EQ(run(rivera_login, "UPDATE home_visits SET reflection = ''").second, 0);
    auto changed = ops::home_visits_of(db, family).at(0);
    EXPECT_EQ(changed.minutes, 50);
    // His first record was not overwritten: it is kept as its own entry,
    // with who replaced it and when, written by the server.
    ASSERT_EQ(changed.earlier.size(), 1u);
    EXPECT_EQ(changed.earlier[0].minutes, 45);
    EXPECT_EQ(changed.earlier[0].reflection, "They showed us the garden");
    EXPECT_EQ(changed.earlier[0].recorded_by, "okafor" + suffix);
    EXPECT_EQ(changed.earlier[0].changed_by, "okafor" + suffix);
    EXPECT_FALSE(changed.earlier[0].changed_at.empty());
    EXPECT_EQ(ops::home_visits_of(okafor_login, family).at(0).earlier.size(), 1u) << "he reads his own";
    EXPECT_EQ(run(rivera_login, "SELECT 1 FROM home_visit_changes").second, 0) << "she is no longer on it";
    for (const char* statement : {"UPDATE home_visit_changes SET minutes = 1", "DELETE FROM home_visit_changes",
                                  "INSERT INTO home_visit_changes (visit_id, household_id, changed_at, made, minutes)"
                                  " SELECT id, household_id, 'x', 1, 1 FROM home_visits"}) {
        std::string refused = run(okafor_login, statement).first;
        EXPECT_NE(refused.find("permission denied"), std::string::npos) << statement << ": " << refused;
    }
}

// A family's history is the server's to write: no login, the coordinator's
// included, inserts, changes or deletes a line; the operations' lines carry
// the login and the server's time whatever the program says; the door writes
// only its walk-in's lines; a family's lines go only with the family.
TEST_F(RolesTest, AFamilysHistoryIsWrittenByTheServerAlone) {
    store::grant_access(db, "coordinator" + suffix, store::Access::Coordinator, "coordinator pass", 0);
    auto coordinator = as("coordinator");
    const std::string f = std::to_string(family);
    const std::string forged = "INSERT INTO audit_log (household_id, at, operation, actor, subject, field) VALUES (" +
                               f + ", '2020-01-01', 'edit-family', 'someone else', 'household', 'notes')";
    for (const std::string& statement : {forged, std::string("UPDATE audit_log SET actor = 'x'"),
                                         std::string("DELETE FROM audit_log"), std::string("TRUNCATE audit_log")}) {
        std::string why = run(coordinator, statement).first;
        EXPECT_NE(why.find("permission denied"), std::string::npos) << "the coordinator: " << statement << ": " << why;
    }
    // The coordinator's edit is in the history, signed by the server.
    Household h = ops::load_household(coordinator, family);
    h.notes = "Prefers evening calls";
    ops::update_household(coordinator, h);
    auto history = ops::family_history(coordinator, family);
    ASSERT_FALSE(history.empty());
    std::string actor, at;
    coordinator.sql() << "SELECT actor, at FROM audit_log WHERE field = 'notes'", soci::into(actor), soci::into(at);
    EXPECT_EQ(actor, "coordinator" + suffix);
    EXPECT_EQ(at.size(), 19u) << at;
    // The function takes no one's word for who: a line handed in with
    // another name is the caller's; unknown operations are refused.
    run(coordinator, "SELECT familynight_write_history('[{\"household_id\": " + f +
                         ", \"operation\": \"edit-family\", \"actor\": \"someone else\", \"subject\": \"household\","
                         " \"field\": \"code\"}]')");
    int signed_by_someone_else = 0;
    db.sql() << "SELECT COUNT(*) FROM audit_log WHERE actor = 'someone else'", soci::into(signed_by_someone_else);
    EXPECT_EQ(signed_by_someone_else, 0);
    std::string why = run(coordinator, "SELECT familynight_write_history('[{\"household_id\": " + f +
                                           ", \"operation\": \"bogus\", \"subject\": \"household\"}]')")
                          .first;
    EXPECT_NE(why.find("does not have"), std::string::npos) << why;
    ops::family_history(coordinator, family);  // every line still reads
    // The door and teachers: refused, for a family already registered.
    auto door = as("door");
    auto teacher = as("rivera");
    for (auto* login : {&door, &teacher}) {
        why = run(*login, "SELECT familynight_write_history('[{\"household_id\": " + f +
                              ", \"operation\": \"walk-in\", \"subject\": \"household\"}]')")
                  .first;
        EXPECT_NE(why.find("history"), std::string::npos) << why;
    }
    // Its lines go only once the family is erased, and then they do.
    why = run(coordinator, "SELECT familynight_forget_history(" + f + ")").first;
    EXPECT_NE(why.find("kept until the family is erased"), std::string::npos) << why;
    ops::erase_family(coordinator, family);
    int left = -1;
    db.sql() << "SELECT COUNT(*) FROM audit_log WHERE household_id = :h", soci::use(family), soci::into(left);
    EXPECT_EQ(left, 0);
}

// Through `psql`, a door login writes door work for tonight's open events and
// registers walk-ins, and nothing else: no guardian added to a family, no
// forged history line, no past check-in or summary rewritten, no roster.
TEST_F(RolesTest, ADoorLoginWritesOnlyDoorWorkThroughSql) {
    auto door = as("door");
    ops::check_in(door, event, family, 2, 1, "Door 1");
    const std::string f = std::to_string(family), e = std::to_string(event);
    for (const std::string& statement :
         {"INSERT INTO guardians (household_id, position, name) VALUES (" + f + ", 2, 'Someone Else')",
          "INSERT INTO students (household_id, first_name, last_name) VALUES (" + f + ", 'Extra', 'Child')",
          std::string("INSERT INTO households (code, walk_in) VALUES ('ZZZZZZ', 0)")}) {
        std::string why = run(door, statement).first;
        EXPECT_NE(why.find("row-level security"), std::string::npos) << statement << ": " << why;
    }
    for (const std::string& statement :
         {std::string("UPDATE guardians SET name = 'x'"), std::string("DELETE FROM students"),
          std::string("DELETE FROM audit_log"), "INSERT INTO turnout_summaries VALUES (" + e + ", 1, 1, 1)",
          "INSERT INTO audit_log (household_id, at, operation, subject, field) VALUES (" + f +
              ", '2026-12-01', 'bogus', 'household', 'name')",
          "INSERT INTO audit_log (household_id, at, operation, actor, subject, field) VALUES (" + f +
              ", '2026-12-01', 'walk-in', current_user, 'household', 'name')"}) {
        std::string why = run(door, statement).first;
        EXPECT_NE(why.find("permission denied"), std::string::npos) << statement << ": " << why;
    }
    // Tonight's check-in can be corrected at the door; once the event is done, not.
    EXPECT_EQ(run(door, "UPDATE checkins SET adults = 3").second, 1);
    db.sql() << "UPDATE events SET status = 'done' WHERE id = :e", soci::use(event);
    EXPECT_EQ(run(door, "UPDATE checkins SET adults = 9").second, 0);
    EXPECT_EQ(run(door, "DELETE FROM checkins").second, 0);
    EXPECT_EQ(run(door, "DELETE FROM door_log").second, 0);
    EXPECT_EQ(run(door, "UPDATE door_log SET adults = 9").second, 0);
    int adults = 0;
    db.sql() << "SELECT adults FROM checkins WHERE household_id = :h", soci::use(family), soci::into(adults);
    EXPECT_EQ(adults, 3);
    // And no roster: refused in words by the program, and by the server.
    io::RosterFile roster;
    try {
        ops::import_roster_rows(door, roster, false, {}, {});
        FAIL() << "a door login imported a roster";
    } catch (const Error& err) {
        EXPECT_NE(std::string(err.what()).find("coordinator's"), std::string::npos) << err.what();
    }
    EXPECT_EQ(ops::load_household(db, family).guardians.size(), 1u);
}

}  // namespace
