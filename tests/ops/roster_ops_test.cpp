#include "ops/roster_ops.h"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <algorithm>
#include <fstream>
#include <set>

#include "ops/audit_ops.h"
#include "ops/door_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/print_ops.h"
#include "ops/settings_ops.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

namespace {
const char* kHeader = "Student ID,Last Name,First Name,Grade,Homeroom,Guardian Name,Phone,Email,Address,Language\n";

std::string write(const fn::testing::TempDir& dir, const std::string& name, const std::string& body) {
    auto path = dir.file(name);
    std::ofstream(path, std::ios::binary) << body;
    return path;
}
}  // namespace

TEST_F(DbTest, SiblingsSharingAGuardianBecomeOneHousehold) {
    auto path =
        write(dir, "roster.csv",
              std::string(kHeader) +
                  "1001,Núñez,Ana,2,Rivera,Rosa Núñez,555-010-2000,,12 Elm St,es\n"
                  "1002,Núñez,Leo,K,Park,Rosa Núñez,(555) 010-2000,,12 Elm St,es\n"
                  "1003,Trần,Bảo,3,Chen,Trần Thị Lan,,lan@example.org,,vi\n"
                  "1004,Trần,Mai,5,Okafor,Phạm Văn Hùng,,LAN@example.org,,vi\n"  // same e-mail, another guardian
                  "1005,Carter,Tanya,1,Rivera,Jamal Carter,555-010-3000,,40 Oak Ave,en\n");
    auto s = ops::import_roster(db, path, {}, false);
    EXPECT_EQ(s.rows, 5);
    EXPECT_EQ(s.households_created, 3);
    EXPECT_EQ(s.students_added, 5);
    auto tran = ops::search_households(db, "tran");
    ASSERT_EQ(tran.size(), 1u);
    EXPECT_EQ(tran[0].students.size(), 2u);
    EXPECT_EQ(tran[0].guardians.size(), 2u);
    EXPECT_EQ(tran[0].language, "vi");
    auto nunez = ops::search_households(db, "nunez");
    ASSERT_EQ(nunez.size(), 1u);
    EXPECT_EQ(nunez[0].guardians.size(), 1u);  // repeated on both rows, stored once
}

TEST_F(DbTest, ReimportUpdatesInsteadOfDuplicatingAndDryRunChangesNothing) {
    auto first = write(dir, "r1.csv",
                       std::string(kHeader) +
                           "1001,Núñez,Ana,2,Rivera,Rosa Núñez,555-010-2000,,12 Elm St,es\n"
                           "1005,Carter,Tanya,1,Rivera,Jamal Carter,555-010-3000,,40 Oak Ave,en\n");
    ops::import_roster(db, first, {}, false);
    auto code_before = ops::search_households(db, "nunez").at(0).code;

    auto second = write(dir, "r2.csv",
                        std::string(kHeader) +
                            "1001,Núñez,Ana,3,Chen,Rosa Núñez,555-010-9999,,12 Elm St,es\n"  // promoted, new phone
                            "1002,Núñez,Leo,K,Park,Rosa Núñez,555-010-9999,,12 Elm St,es\n"  // new sibling
                            "1005,Carter,Tanya,1,Rivera,Jamal Carter,555-010-3000,,40 Oak Ave,en\n"  // unchanged
                            "1006,Osei,Kwame,4,Okafor,Ama Osei,555-010-4000,,7 Pine Rd,en\n");       // new family
    auto dry = ops::import_roster(db, second, {}, true);
    EXPECT_TRUE(dry.dry_run);
    EXPECT_EQ(dry.households_created, 1);
    EXPECT_EQ(dry.households_updated, 1);
    EXPECT_EQ(dry.households_unchanged, 1);
    EXPECT_EQ(dry.students_added, 2);
    EXPECT_EQ(dry.students_updated, 1);
    EXPECT_EQ(dry.guardians_updated, 1);
    EXPECT_EQ(ops::list_households(db).size(), 2u);  // nothing written
    EXPECT_EQ(ops::search_households(db, "nunez").at(0).students.size(), 1u);

    auto real = ops::import_roster(db, second, {}, false);
    EXPECT_EQ(real.households_created, dry.households_created);
    EXPECT_EQ(real.students_added, dry.students_added);
    EXPECT_EQ(ops::list_households(db).size(), 3u);
    auto nunez = ops::search_households(db, "nunez").at(0);
    EXPECT_EQ(nunez.code, code_before);  // same household, same printed code
    EXPECT_EQ(nunez.students.size(), 2u);
    EXPECT_EQ(nunez.guardians.at(0).phone, "555-010-9999");

    auto again = ops::import_roster(db, second, {}, false);
    EXPECT_EQ(again.households_unchanged, 3);
    EXPECT_EQ(again.households_created + again.households_updated, 0);
}

// A PowerSchool export imports its mothers and fathers as guardians, with no
// --map, and leaves out the student who transferred out.
TEST_F(DbTest, APowerSchoolExportImportsMothersAndFathersAndSkipsTheTransferredOutStudent) {
    auto s = ops::import_roster(db, std::string(FN_TEST_DATA_DIR) + "/powerschool_students.csv", {}, false);
    EXPECT_EQ(s.preset, "PowerSchool");
    EXPECT_EQ(s.households_created, 3);  // the Núñez siblings share a household
    EXPECT_EQ(s.students_added, 4);
    ASSERT_EQ(s.not_enrolled.size(), 1u);
    EXPECT_EQ(s.not_enrolled[0].line, 6);
    EXPECT_EQ(s.not_enrolled[0].student, "Diego Pérez");
    auto nunez = ops::search_households(db, "ana maria");
    ASSERT_EQ(nunez.size(), 1u);
    ASSERT_EQ(nunez[0].guardians.size(), 2u);
    EXPECT_EQ(nunez[0].guardians[0].name, "Rosa Núñez");
    EXPECT_EQ(nunez[0].guardians[1].name, "Luis Núñez");
    EXPECT_EQ(nunez[0].students.size(), 2u);
    EXPECT_TRUE(ops::search_households(db, "diego").empty()) << "transferred out: not imported";
}

// The same for the other systems' exports, each shaped like that system's.
TEST_F(DbTest, InfiniteCampusSkywardAeriesAndSynergyExportsImportWithoutMap) {
    const std::pair<const char*, const char*> exports[] = {{"infinite_campus_students.csv", "Infinite Campus"},
                                                           {"skyward_students.csv", "Skyward"},
                                                           {"aeries_students.csv", "Aeries"},
                                                           {"synergy_students.csv", "Synergy"}};
    for (const auto& [file, preset] : exports) {
        SCOPED_TRACE(file);
        ops::RosterImportOptions options;
        options.partial = true;  // four schools' files in one directory
        auto s = ops::import_roster(db, std::string(FN_TEST_DATA_DIR) + "/" + file, {}, false, {}, options);
        EXPECT_EQ(s.preset, preset);
        EXPECT_EQ(s.households_created, 3);  // the Núñez siblings share a household
        EXPECT_EQ(s.guardians_added, 4);
        ASSERT_EQ(s.not_enrolled.size(), 1u);
        EXPECT_EQ(s.not_enrolled[0].student, "Hodan Warsame");
    }
    auto nunez = ops::search_households(db, "leo nunez");
    ASSERT_EQ(nunez.size(), 4u);
    for (const auto& h : nunez) {
        ASSERT_EQ(h.guardians.size(), 2u);
        EXPECT_EQ(h.guardians[0].name, "Rosa Núñez");
        EXPECT_EQ(h.students.size(), 2u);
        EXPECT_EQ(h.language, "es");
    }
    EXPECT_TRUE(ops::search_households(db, "hodan").empty());
}

namespace {
// Students 1..n, each in a family of their own except 1 and 2 (siblings).
std::string roster_of(const std::vector<int>& numbers) {
    std::string csv = kHeader;
    for (int n : numbers) {
        int family = n == 2 ? 1 : n;
        csv += std::to_string(1000 + n) + ",Family" + std::to_string(family) + ",Kid" + std::to_string(n) + ",3,Room " +
               std::to_string(1 + n % 4) + ",Parent" + std::to_string(family) + " Family" + std::to_string(family) +
               ",555-01" + std::to_string(10 + family) + ",p" + std::to_string(family) + "@example.org," +
               std::to_string(family) + " Oak St,en\n";
    }
    return csv;
}
std::vector<int> range(int from, int to) {
    std::vector<int> r;
    for (int i = from; i <= to; ++i) r.push_back(i);
    return r;
}
std::size_t flyers(const BackpackMail& mail) {
    std::size_t n = 0;
    for (const auto& b : mail.bundles) n += b.flyers.size();
    return n;
}
}  // namespace

// A full roster that no longer lists 21 students: they are listed, marked as
// left only when asked, their families then get no backpack flyer and are not
// offered at the door; one who comes back is active again.
TEST_F(DbTest, AFullRosterWithout21StudentsListsThemAndMarksThemLeftWhenAsked) {
    Id ev = ops::create_event(db, fn::testing::sample_event());
    auto all = write(dir, "all.csv", roster_of(range(1, 50)));
    EXPECT_EQ(ops::import_roster(db, all, {}, false).households_created, 49);
    EXPECT_EQ(flyers(ops::load_backpack_mail(db, ev)), 49u);

    // Students 2 (a sibling) and 31..50 are gone from the next export.
    std::vector<int> kept = range(1, 29);
    kept.erase(kept.begin() + 1);
    kept.push_back(30);
    auto fewer = write(dir, "fewer.csv", roster_of(kept));
    for (bool dry_run : {true, false}) {
        auto listed = ops::import_roster(db, fewer, {}, dry_run);
        ASSERT_EQ(listed.departed.size(), 21u);
        std::set<std::string> numbers;
        for (const auto& d : listed.departed) numbers.insert(d.student_number);
        std::set<std::string> expected{"1002"};
        for (int n = 31; n <= 50; ++n) expected.insert(std::to_string(1000 + n));
        EXPECT_EQ(numbers, expected);
        EXPECT_FALSE(listed.departures_marked);
    }
    EXPECT_EQ(flyers(ops::load_backpack_mail(db, ev)), 49u) << "nothing marked without asking";

    ops::RosterImportOptions confirm;
    confirm.mark_left = true;
    // 21 of 50 is more than a quarter of the school: asked once more.
    EXPECT_THROW(ops::import_roster(db, fewer, {}, false, {}, confirm), ops::ManyLeaversError);
    confirm.confirm_many_left = true;
    auto marked = ops::import_roster(db, fewer, {}, false, {}, confirm);
    EXPECT_TRUE(marked.departures_marked);
    EXPECT_EQ(marked.households_now_inactive, 20);  // the sibling's family still has Kid1
    auto mail = ops::load_backpack_mail(db, ev);
    EXPECT_EQ(flyers(mail), 29u);
    for (const auto& b : mail.bundles)
        for (const auto& f : b.flyers) {
            EXPECT_EQ(f.student.find("Kid2 "), std::string::npos) << f.student;
            for (int n = 31; n <= 50; ++n) EXPECT_NE(f.family_name, "Family" + std::to_string(n)) << "left the school";
        }
    EXPECT_TRUE(ops::door_search(db, ev, "parent45").empty()) << "not offered at the door";
    auto first = ops::door_search(db, ev, "kid1");
    auto family1 =
        std::find_if(first.begin(), first.end(), [](const auto& c) { return c.household.family_name() == "Family1"; });
    ASSERT_NE(family1, first.end());
    EXPECT_EQ(family1->household.students.size(), 1u) << "Kid2 left; the family stays, with Kid1";
    EXPECT_EQ(ops::search_households(db, "parent45").size(), 1u) << "still in the directory, with its history";

    // Student 45 comes back.
    kept.push_back(45);
    auto back = ops::import_roster(db, write(dir, "back.csv", roster_of(kept)), {}, false, {}, confirm);
    EXPECT_EQ(back.students_returned, 1);
    EXPECT_TRUE(back.departed.empty()) << "the others are still gone, and already marked";
    EXPECT_EQ(ops::door_search(db, ev, "parent45").size(), 1u);
    EXPECT_EQ(flyers(ops::load_backpack_mail(db, ev)), 30u);

    // The family's history: added, marked as left on the day, back again.
    auto history = ops::family_history(db, ops::search_households(db, "parent45").at(0).id);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[0].operation.english(), "roster import");
    EXPECT_EQ(history[1].operation.english(), "marked as left");
    EXPECT_EQ(history[1].what.english(),
              "student Kid45 Family45, left the school on: from (empty) to " + history[1].at.substr(0, 10));
    EXPECT_EQ(history[2].operation.english(), "roster import");
    EXPECT_EQ(history[2].what.english(),
              "student Kid45 Family45, left the school on: from " + history[1].at.substr(0, 10) + " to (empty)");
}

TEST_F(DbTest, ABadRowStopsTheWholeImport) {
    auto path = write(dir, "bad.csv",
                      std::string(kHeader) +
                          "1001,Núñez,Ana,2,Rivera,Rosa Núñez,555-010-2000,,12 Elm St,es\n"
                          "1002,Carter,Tanya,1,Rivera," +
                          std::string(10000, 'x') + ",555,,,en\n");
    try {
        ops::import_roster(db, path, {}, false);
        FAIL();
    } catch (const io::RosterError& e) {
        ASSERT_EQ(e.problems().size(), 1u);
        EXPECT_EQ(e.problems()[0].line, 3);
        EXPECT_EQ(e.problems()[0].column_name, "Guardian Name");
    }
    EXPECT_TRUE(ops::list_households(db).empty());
}

// A phone alone never joins families: only with the same guardian, address or
// family name. Placeholder numbers never join at all, and the dry run says
// which rows it put together and why.
TEST_F(DbTest, UnrelatedFamiliesSharingAPhoneOrAPlaceholderStayApartAndTheDryRunSaysWhy) {
    auto settings = ops::load_settings(db);
    settings.placeholder_phones = {"555-123-9999"};
    ops::save_settings(db, settings);
    auto path =
        write(dir, "roster.csv",
              std::string(kHeader) +
                  "2001,Sánchez,Camila,2,Rivera,María Sánchez,555-010-4000,,,es\n"
                  "2002,Johnson,Liam,3,Park,Karen Johnson,555-010-4000,,,en\n"  // same phone, nothing else: apart
                  "2003,Ali,Omar,1,Chen,Fatima Ali,000-000-0000,,,ar\n"
                  "2004,Brown,Ella,K,Chen,Mark Brown,000-000-0000,,,en\n"  // placeholder: apart
                  "2005,Diaz,Nora,4,Okafor,Luis Diaz,000-000-0000,,,es\n"
                  "2006,Kim,Joon,2,Park,Min Kim,555-0150,,,ko\n"
                  "2007,Lee,Ana,2,Park,Min Kim,555-0150,,,ko\n"  // 555-01xx is an example number
                  "2008,Roe,Sam,5,Rivera,Pat Roe,555-123-9999,,,en\n"
                  "2009,Roe,Kit,3,Rivera,Pat Roe,555-123-9999,,,en\n"  // the school's placeholder
                  "2010,Nguyễn,An,1,Chen,Hoa Nguyễn,(555) 010-5000,,,vi\n"
                  "2011,Nguyễn,Bình,3,Chen,Hoa Nguyen,555.010.5000,,,vi\n");  // same phone and guardian: together
    auto dry = ops::import_roster(db, path, {}, true);
    EXPECT_EQ(dry.households_created, 10);
    ASSERT_EQ(dry.groupings.size(), 1u);
    EXPECT_NE(dry.groupings[0].find("line 12 with line 11: the same phone 555.010.5000 and guardian Hoa Nguyen"),
              std::string::npos)
        << dry.groupings[0];
    auto s = ops::import_roster(db, path, {}, false);
    EXPECT_EQ(s.households_created, 10);
    EXPECT_EQ(ops::search_households(db, "camila").at(0).students.size(), 1u);
    EXPECT_EQ(ops::search_households(db, "nguyen").size(), 1u);
    EXPECT_EQ(ops::search_households(db, "nguyen").at(0).students.size(), 2u);
    EXPECT_EQ(ops::search_households(db, "roe").size(), 2u);
}

// A first roster into a new directory builds the index of search words by
// household in one pass after the words (on SQLite): the index is there
// afterwards, also after a dry run rolled the words back, and families are
// found by two words, which reads it.
TEST_F(DbTest, AFirstLargeRosterLeavesTheSearchIndexWholeAndADryRunLeavesItToo) {
    std::string body = kHeader;
    for (int i = 0; i < 8000; ++i)
        body += std::to_string(20000 + i) + ",Family" + std::to_string(i) + ",Kid" + std::to_string(i) +
                ",3,Rivera,Parent" + std::to_string(i) + " Family" + std::to_string(i) + ",,,\"" + std::to_string(i) +
                " Elm St\",en\n";
    auto path = write(dir, "big.csv", body);
    auto index_present = [&] {
        if (db.sql().get_backend_name() != "sqlite3") return true;  // kept as it is on PostgreSQL
        int n = 0;
        db.sql() << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'search_terms_household'",
            soci::into(n);
        return n == 1;
    };
    auto rehearsed = ops::import_roster(db, path, {}, true);
    EXPECT_EQ(rehearsed.households_created, 8000);
    EXPECT_TRUE(index_present()) << "the dry run's rollback put it back";
    EXPECT_TRUE(ops::search_households(db, "family7").empty());
    auto s = ops::import_roster(db, path, {}, false);
    EXPECT_EQ(s.households_created, 8000);
    EXPECT_TRUE(index_present());
    auto found = ops::search_households(db, "parent7777 family7777");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].students.at(0).first_name, "Kid7777");
    int words_of_one = 0;
    db.sql() << "SELECT COUNT(*) FROM search_terms WHERE household_id = :h", soci::use(found[0].id),
        soci::into(words_of_one);
    EXPECT_EQ(words_of_one, 4) << "family7777, kid7777, parent7777 and the code";
}

// Two families at one shelter address are two households; the same address
// with the same guardian's name is one (a roster without phones).
TEST_F(DbTest, ASharedAddressAloneNeverMakesOneHousehold) {
    auto path =
        write(dir, "shelter.csv",
              std::string(kHeader) +
                  "3001,Haile,Selam,2,Rivera,Almaz Haile,,,Hope Family Shelter 100 Main St,ti\n"
                  "3002,Ortiz,Luis,3,Park,Rosa Ortiz,555-010-7000,,Hope Family Shelter 100 Main St,es\n"
                  "3003,Ortiz,Ana,K,Chen,Rosa Ortiz,,,Hope Family Shelter 100 Main St,es\n"  // Rosa's other child
                  "3004,Begay,Kai,1,Chen,Lena Begay,555-010-7100,,Hope Family Shelter 100 Main St,en\n");
    auto dry = ops::import_roster(db, path, {}, true);
    EXPECT_EQ(dry.households_created, 3);
    ASSERT_EQ(dry.groupings.size(), 1u);
    EXPECT_NE(dry.groupings[0].find("guardian Rosa Ortiz"), std::string::npos) << dry.groupings[0];
    ops::import_roster(db, path, {}, false);
    EXPECT_EQ(ops::search_households(db, "haile").size(), 1u);
    EXPECT_EQ(ops::search_households(db, "haile").at(0).students.size(), 1u);
    EXPECT_EQ(ops::search_households(db, "ortiz").at(0).students.size(), 2u);
    auto begay = ops::search_households(db, "begay");
    ASSERT_EQ(begay.size(), 1u);
    EXPECT_EQ(begay[0].guardians.at(0).phone, "555-010-7100");  // nobody else's phone at this family's door
}

// A summer export lists few of this year's students: marking the rest as
// left needs a second yes.
TEST_F(DbTest, MarkingMoreThanAQuarterOfTheSchoolAsLeftIsAskedAgain) {
    std::string all = kHeader, summer = kHeader;
    for (int n = 1; n <= 20; ++n) {
        std::string line = std::to_string(4000 + n) + ",Fam" + std::to_string(n) + ",Kid,2,Rivera,Parent" +
                           std::to_string(n) + " Fam" + std::to_string(n) + ",555-020-" + std::to_string(1000 + n) +
                           ",,,en\n";
        all += line;
        if (n <= 14) summer += line;  // 6 of 20 missing: more than a quarter
    }
    ops::import_roster(db, write(dir, "all.csv", all), {}, false);
    ops::RosterImportOptions mark;
    mark.mark_left = true;
    auto path = write(dir, "summer.csv", summer);
    EXPECT_THROW(ops::import_roster(db, path, {}, false, {}, mark), ops::ManyLeaversError);
    EXPECT_EQ(ops::import_roster(db, path, {}, true).departed.size(), 6u);  // nothing was marked
    mark.confirm_many_left = true;
    auto s = ops::import_roster(db, path, {}, false, {}, mark);
    EXPECT_TRUE(s.departures_marked);
    EXPECT_EQ(s.students_at_school, 20);
}

// Thirty language values as rosters hold them: every family is imported;
// what cannot be read is kept as written, listed, and to be confirmed.
TEST_F(DbTest, NoLanguageValueRefusesTheRoster) {
    const std::vector<std::pair<std::string, std::string>> values{{"Farsi", "fa"},
                                                                  {"Persian", "fa"},
                                                                  {"fa", "fa"},
                                                                  {"fa-AF", "prs"},
                                                                  {"Dari", "prs"},
                                                                  {"Inglés", "en"},
                                                                  {"Español", "es"},
                                                                  {"Spanish", "es"},
                                                                  {"es-419", "es"},
                                                                  {"zh-Hant", "zh-hant"},
                                                                  {"Turkish", "tr"},
                                                                  {"German", "de"},
                                                                  {"Hebrew", "he"},
                                                                  {"Tigrinya", "ti"},
                                                                  {"Marshallese", "mh"},
                                                                  {"Tiếng Việt", "vi"},
                                                                  {"中文", "zh"},
                                                                  {"Af-Soomaali", "so"},
                                                                  {"Kreyòl ayisyen", "ht"},
                                                                  {"Arabic", "ar"},
                                                                  {"Other", ""},
                                                                  {"Unknown", ""},
                                                                  {"Otro", ""},
                                                                  {"Declined to state", ""},
                                                                  {"N/A", ""},
                                                                  {"Spanglish", ""},
                                                                  {"??", ""},
                                                                  {"Mam", ""},
                                                                  {"Chuukese", ""},
                                                                  {"Tagalog", "tl"}};
    // Surnames no other begins with: Lqaa, Lqba, ...
    auto surname = [](std::size_t i) {
        return std::string("Lq") + static_cast<char>('a' + i % 26) + static_cast<char>('a' + i / 26);
    };
    std::string body = kHeader;
    for (std::size_t i = 0; i < values.size(); ++i)
        body += std::to_string(5000 + i) + "," + surname(i) + ",Kid,2,Rivera,Parent " + surname(i) + ",555-030-" +
                std::to_string(1000 + i) + ",,,\"" + values[i].first + "\"\n";
    auto path = write(dir, "languages.csv", body);
    auto dry = ops::import_roster(db, path, {}, true);
    auto s = ops::import_roster(db, path, {}, false);
    EXPECT_EQ(s.households_created, 30);
    std::set<std::string> unread;
    for (const auto& l : s.languages_to_confirm) unread.insert(l.as_written);
    EXPECT_EQ(dry.languages_to_confirm.size(), s.languages_to_confirm.size()) << "the dry run lists them too";
    for (std::size_t i = 0; i < values.size(); ++i) {
        auto found = ops::search_households(db, surname(i));
        ASSERT_EQ(found.size(), 1u) << values[i].first;
        const Household& h = found[0];
        if (values[i].second.empty()) {
            // Mam and Chuukese may be known to a newer ICU; what is not read is listed.
            if (h.language_to_confirm.empty()) continue;
            EXPECT_EQ(h.language_to_confirm, values[i].first);
            EXPECT_EQ(h.language, "en") << "papers in English until confirmed";
            EXPECT_TRUE(unread.count(values[i].first)) << values[i].first;
        } else {
            EXPECT_EQ(h.language, values[i].second) << values[i].first;
            EXPECT_TRUE(h.language_to_confirm.empty()) << values[i].first;
        }
    }
    EXPECT_GE(s.languages_to_confirm.size(), 6u);  // Other, Unknown, Otro, Declined, N/A, Spanglish, ??

    // Confirming (a save of the family) clears it; a later roster with a
    // readable value does too.
    auto other = ops::search_households(db, surname(20)).at(0);
    other.language = "es";
    other.language_to_confirm.clear();
    ops::update_household(db, other);
    EXPECT_TRUE(ops::load_household(db, other.id).language_to_confirm.empty());
}

// "ID" and "Name" could be anyone's: the dry run says how they were read,
// and the import waits for a person to confirm (the wizard's Next, --yes).
TEST_F(DbTest, ColumnsMatchedByAWeakGuessAreSaidAndWaitForConfirmation) {
    auto path = write(dir, "guess.csv",
                      "ID,Name,Grade,Parent,Phone\n"
                      "7001,Ana Núñez,2,Rosa Núñez,555-010-2000\n"
                      "7002,Leo Park,1,Min Park,555-010-2100\n");
    auto dry = ops::import_roster(db, path, {}, true);
    EXPECT_EQ(dry.guessed_columns,
              (std::vector<std::string>{"ID → student_number", "Name → student_name", "Parent → guardian1_name"}));
    EXPECT_THROW(ops::import_roster(db, path, {}, false), ops::GuessedColumnsError);
    EXPECT_TRUE(ops::list_households(db).empty()) << "nothing imported before the confirmation";
    ops::RosterImportOptions confirmed;
    confirmed.confirm_guessed_columns = true;
    auto s = ops::import_roster(db, path, {}, false, {}, confirmed);
    EXPECT_EQ(s.households_created, 2);
    // Named with --map, a column is no guess.
    auto named = ops::import_roster(
        db, path, io::parse_mappings({"ID=student_number", "Name=student_name", "Parent=guardian1_name"}), true);
    EXPECT_TRUE(named.guessed_columns.empty());
}
