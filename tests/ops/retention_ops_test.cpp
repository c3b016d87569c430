#include "ops/retention_ops.h"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <fstream>
#include <iterator>
#include <set>

#include "core/calendar.h"
#include "core/errors.h"
#include "ops/audit_ops.h"
#include "ops/childcare_ops.h"
#include "ops/clock.h"
#include "ops/door_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/message_ops.h"
#include "ops/plan_print_ops.h"
#include "ops/rsvp_ops.h"
#include "ops/settings_ops.h"
#include "ops/volunteer_ops.h"
#include "support/fixtures.h"
#include "support/plan_fixtures.h"

using namespace fn;
using fn::testing::DbTest;

namespace {

// A family with names found nowhere else, an RSVP with an allergy note, a
// workshop pick, a check-in, childcare and a changed phone.
class RetentionTest : public DbTest {
protected:
    void SetUp() override {
        event = ops::create_event(db, fn::testing::sample_event());
        workshop = fn::testing::add_round_with_workshop(db, event, "Reading Together");
        auto h = fn::testing::sample_household("Zanelethu Okonkwo", "Thandiwe", "Okonkwo", "zu");
        h.guardians[0].phone = "555-8642";
        h.address = "77 Quillfeather Lane";
        family = ops::add_household(db, h);
        auto other = fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es");
        stays = ops::add_household(db, other);
        for (Id id : {family, stays}) {
            Rsvp r;
            r.event_id = event;
            r.household_id = id;
            r.adults = 2;
            r.child_ages = {6};
            r.childcare_ages = {6};
            r.meals = {{MealNeed::Allergy, 1, id == family ? "sesame, Thandiwe" : "sesame"}};
            r.picks = {{0, workshop, 0}};
            ops::record_rsvp(db, r);
            ops::check_in(db, event, id, 2, 1, "Door 1");
        }
        ops::drop_off_children(db, event, family, 1);
        auto edited = ops::load_household(db, family);
        edited.guardians[0].email = "zanelethu@example.org";
        ops::update_household(db, edited);
    }

    // The student left long enough ago for the purge to take the family.
    void left_long_ago() {
        auto h = ops::load_household(db, family);
        h.students[0].left_on = add_months(ops::now_timestamp().substr(0, 10), -13);
        ops::update_household(db, h);
    }

    std::string report_numbers() {
        auto r = ops::load_attendance_report(db, event);
        std::string s = std::to_string(r.turnout.attended_households) + "/" + std::to_string(r.turnout.actual_adults) +
                        "/" + std::to_string(r.turnout.actual_children) + "/" +
                        std::to_string(r.turnout.rsvp_households) + "/" + std::to_string(r.turnout.expected_people()) +
                        "/" + std::to_string(r.households.size());
        for (const auto& b : r.grades) s += " " + b.label + "=" + std::to_string(b.value);
        for (const auto& b : r.languages) s += " " + b.label + "=" + std::to_string(b.value);
        for (const auto& b : r.workshops)
            s += " " + b.label + "=" + std::to_string(b.value) + "/" + std::to_string(b.expected);
        return s;
    }

    // The SQLite file's bytes (and its write-ahead log's), or "" on a shared database.
    std::string file_bytes() {
        if (db.backend() != store::ConnectionTarget::Backend::Sqlite3) return "";
        std::string all;
        for (const auto& path : {db.location(), db.location() + "-wal"}) {
            std::ifstream in(path, std::ios::binary);
            all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
        return all;
    }

    Id event = 0, workshop = 0, family = 0, stays = 0;
};

}  // namespace

TEST_F(RetentionTest, APurgeKeepsPastCountsIdenticalWhileTheNamesLeaveTheFile) {
    left_long_ago();
    const auto before = report_numbers();
    const bool sqlite = db.backend() == store::ConnectionTarget::Backend::Sqlite3;
    if (sqlite) {
        EXPECT_NE(file_bytes().find("Zanelethu"), std::string::npos) << "the check can see names";
    }

    auto listed = ops::purge_expired(db, true);
    ASSERT_EQ(listed.families.size(), 1u);
    EXPECT_EQ(listed.families[0].id, family);
    EXPECT_EQ(listed.families[0].family_name, "Okonkwo");
    EXPECT_EQ(ops::search_households(db, "okonkwo").size(), 1u) << "a dry run removes nothing";

    auto done = ops::purge_expired(db, false);
    ASSERT_EQ(done.families.size(), 1u);
    EXPECT_EQ(report_numbers(), before) << "past events' counts are the same";
    auto report = ops::load_attendance_report(db, event);
    for (const auto& line : report.households) EXPECT_EQ(line.guardians.find("Zanelethu"), std::string::npos);

    EXPECT_TRUE(ops::search_households(db, "okonkwo").empty());
    EXPECT_TRUE(ops::door_search(db, event, "okonkwo").empty());
    for (const auto& h : ops::list_households(db)) EXPECT_NE(h.id, family) << "not in the directory";
    EXPECT_TRUE(ops::family_history(db, family).empty() ||
                ops::family_history(db, family).front().operation.english().find("door") != std::string::npos)
        << "its history of changes is erased with it";
    EXPECT_EQ(ops::search_households(db, "nunez").size(), 1u) << "the family still at the school stays";
    EXPECT_EQ(ops::load_household(db, stays).guardians.at(0).name, "Rosa Núñez");

    if (sqlite) {
        const auto bytes = file_bytes();
        for (const char* gone :
             {"Zanelethu", "Okonkwo", "Thandiwe", "555-8642", "Quillfeather", "zanelethu@example.org"})
            EXPECT_EQ(bytes.find(gone), std::string::npos) << gone << " is still in the file";
        EXPECT_NE(bytes.find("Núñez"), std::string::npos);
    }
    EXPECT_TRUE(ops::purge_expired(db, false).families.empty()) << "nothing is erased twice";
}

TEST_F(RetentionTest, AFamilyThatLeftRecentlyOrHasAStudentAtTheSchoolIsKept) {
    auto h = ops::load_household(db, family);
    h.students[0].left_on = add_months(ops::now_timestamp().substr(0, 10), -11);
    ops::update_household(db, h);
    EXPECT_TRUE(ops::purge_expired(db, true).families.empty()) << "left 11 months ago, kept 12";
    auto settings = ops::load_settings(db);
    settings.keep_left_families_months = 6;
    ops::save_settings(db, settings);
    EXPECT_EQ(ops::purge_expired(db, true).families.size(), 1u) << "the school keeps them 6 months";
    h = ops::load_household(db, family);
    h.students.push_back({0, "", "Sipho", "Okonkwo", "1", "", ""});  // a sibling still at the school
    ops::update_household(db, h);
    EXPECT_TRUE(ops::purge_expired(db, true).families.empty());
}

TEST_F(RetentionTest, MealNotesOfOldEventsAreClearedAndTheirCountsKept) {
    auto old = fn::testing::sample_event(add_months(ops::now_timestamp().substr(0, 10), -14));
    Id past = ops::create_event(db, old);
    Rsvp r;
    r.event_id = past;
    r.household_id = stays;
    r.adults = 1;
    r.meals = {{MealNeed::Allergy, 1, "shellfish"}};
    ops::record_rsvp(db, r);
    auto s = ops::purge_expired(db, false);
    EXPECT_EQ(s.meal_notes, 1);
    auto kept = ops::find_rsvp(db, past, stays);
    ASSERT_TRUE(kept);
    ASSERT_EQ(kept->meals.size(), 1u);
    EXPECT_EQ(kept->meals[0].need, MealNeed::Allergy);
    EXPECT_EQ(kept->meals[0].count, 1);
    EXPECT_EQ(kept->meals[0].note, "");
    EXPECT_EQ(ops::find_rsvp(db, event, stays)->meals.at(0).note, "sesame") << "this year's event keeps it";
}

TEST_F(RetentionTest, TheFamilysRecordHoldsEveryStoredFieldOfEveryTableAboutIt) {
    auto record = ops::family_record(db, family);
    EXPECT_EQ(record.family_name, "Okonkwo");
    std::map<std::string, std::set<std::string>> columns;
    std::string all_values;
    for (const auto& t : record.tables)
        for (const auto& row : t.rows)
            for (const auto& [c, v] : row.columns) {
                columns[t.table].insert(c);
                all_values += v + "\n";
            }
    // The schema's own list of columns, read here independently of the export.
    auto schema_columns = [&](const std::string& table) {
        std::set<std::string> out;
        std::string name;
        if (db.backend() == store::ConnectionTarget::Backend::Sqlite3) {
            soci::statement st =
                (db.sql().prepare << "SELECT name FROM pragma_table_info(:t)", soci::use(table), soci::into(name));
            st.execute();
            while (st.fetch()) out.insert(name);
        } else {
            soci::statement st = (db.sql().prepare << "SELECT column_name FROM information_schema.columns WHERE"
                                                      " table_schema = current_schema() AND table_name = :t",
                                  soci::use(table), soci::into(name));
            st.execute();
            while (st.fetch()) out.insert(name);
        }
        return out;
    };
    for (const char* table : {"households", "guardians", "students", "rsvps", "rsvp_meals", "rsvp_picks", "checkins",
                              "childcare_dropoffs", "door_log", "audit_log", "search_terms", "expected_terms"}) {
        ASSERT_TRUE(columns.count(table)) << table << " has rows about the family but is not in its record";
        EXPECT_EQ(columns[table], schema_columns(table)) << table;
    }
    for (const char* value : {"Zanelethu Okonkwo", "555-8642", "77 Quillfeather Lane", "zanelethu@example.org",
                              "sesame, Thandiwe", "Thandiwe", "Door 1", "zu"})
        EXPECT_NE(all_values.find(value), std::string::npos) << value;
    for (const auto& t : record.tables)
        for (const auto& row : t.rows)
            for (const auto& [c, v] : row.columns)
                EXPECT_EQ(v.find("Rosa Núñez"), std::string::npos) << "another family's data in " << t.table;
}

TEST_F(RetentionTest, AFamilyIsErasedOnRequestOnceAndKeepsItsPlaceInTheCounts) {
    const auto before = report_numbers();
    // The mother volunteers at the dinner table: her volunteer row is in the
    // family's record, and goes with its erasure.
    Id volunteer = ops::add_person(db, {0, "zanelethu okonkwo", PersonRole::Parent, "555-8642", "", {"zu"}});
    ops::add_person(db, {0, "Zanele Dube", PersonRole::Parent, "555-1111", "", {"zu"}});
    bool in_record = false;
    for (const auto& t : ops::family_record(db, family).tables)
        if (t.table == "people")
            for (const auto& row : t.rows)
                for (const auto& [c, v] : row.columns) in_record = in_record || (c == "phone" && v == "555-8642");
    EXPECT_TRUE(in_record) << "the volunteer row is exported with the family";
    const std::string code = ops::load_household(db, family).code;
    // Where a message went, and the server's words about it: erased with
    // the family (the record's check below reads every table).
    ops::log_message(
        db,
        {event, family, "reminder", ContactMethod::Phone, "555-8642", "zu", "refused", "550 no mailbox for 555-8642"},
        "Literacy Night");
    ops::erase_family(db, family, "the father asked at the office");
    auto ledger = ops::privacy_ledger(db);
    ASSERT_EQ(ledger.size(), 1u);
    EXPECT_EQ(ledger[0].action, "erase");
    EXPECT_EQ(ledger[0].family_code, code);
    EXPECT_EQ(ledger[0].reason, "the father asked at the office");
    EXPECT_FALSE(ledger[0].actor.empty());
    EXPECT_EQ(ops::find_person(db, volunteer)->phone, "");
    EXPECT_EQ(ops::find_person_by_name(db, "Zanele Dube")->phone, "555-1111") << "another parent's row stays";
    EXPECT_EQ(report_numbers(), before);
    EXPECT_TRUE(ops::search_households(db, "okonkwo").empty());
    auto h = ops::load_household(db, family);
    EXPECT_FALSE(h.erased_on.empty());
    EXPECT_TRUE(h.guardians.empty());
    EXPECT_EQ(h.students.at(0).first_name, "");
    EXPECT_EQ(h.students.at(0).grade, "2") << "kept for the counts by grade";
    EXPECT_EQ(ops::find_rsvp(db, event, family)->meals.at(0).note, "");
    EXPECT_THROW(ops::erase_family(db, family), ConflictError);
    auto record = ops::family_record(db, family);
    for (const auto& t : record.tables)
        for (const auto& row : t.rows)
            for (const auto& [c, v] : row.columns) {
                EXPECT_EQ(v.find("Okonkwo"), std::string::npos) << t.table << "." << c;
                EXPECT_EQ(v.find("555-8642"), std::string::npos) << t.table << "." << c;
            }
    if (db.backend() == store::ConnectionTarget::Backend::Sqlite3) {
        EXPECT_EQ(file_bytes().find("Zanelethu"), std::string::npos);
    }
}
