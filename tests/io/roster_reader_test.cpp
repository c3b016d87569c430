#include "io/roster_reader.h"

#include <gtest/gtest.h>

#include <fstream>

#include "support/temp_dir.h"

using namespace fn;

TEST(RosterColumns, RecognisesCommonHeadersIgnoringCaseSpacesAndUnderscores) {
    auto plan = io::plan_columns(
        {"Student ID", "LAST_NAME", "first name", "Grade Level", "Homeroom Teacher", "Parent/Guardian Name",
         "Home Phone", "Parent Email", "Street Address", "City", "Zip Code", "Home Language", "Bus Route"},
        {}, "r.csv");
    EXPECT_EQ(plan.fields[0], io::RosterField::StudentNumber);
    EXPECT_EQ(plan.fields[1], io::RosterField::LastName);
    EXPECT_EQ(plan.fields[5], io::RosterField::Guardian1Name);
    EXPECT_EQ(plan.fields[6], io::RosterField::Guardian1Phone);
    EXPECT_EQ(plan.fields[11], io::RosterField::Language);
    EXPECT_EQ(plan.unused_headers, std::vector<std::string>{"Bus Route"});
    EXPECT_EQ(io::normalize_header("Student #"), "studentnumber");
}

TEST(RosterColumns, ExplicitMappingWinsAndBadMappingsAreExplained) {
    auto map = io::parse_mappings({"Tutor Nombre=guardian1_name", "Número=student_number"});
    auto plan = io::plan_columns({"Número", "Apellido", "Tutor Nombre"}, map, "r.csv");
    EXPECT_EQ(plan.fields[0], io::RosterField::StudentNumber);
    EXPECT_EQ(plan.fields[2], io::RosterField::Guardian1Name);
    EXPECT_THROW(io::parse_mappings({"Tutor=parent_name"}), Error);
    EXPECT_THROW(io::parse_mappings({"no equals sign"}), Error);
    EXPECT_THROW(
        io::plan_columns({"Número", "Apellido"},
                         io::parse_mappings({"Missing=grade", "Número=student_number", "Apellido=last_name"}), "r.csv"),
        Error);
    EXPECT_THROW(io::plan_columns({"Name", "Grade"}, {}, "r.csv"), Error);  // no student number
}

TEST(RosterReader, ReadsRowsWithGuardiansAddressAndLanguage) {
    auto roster = io::parse_roster(
        "Student Number,Student Name,Grade,Teacher,Guardian 1 Name,Guardian 1 Phone,Guardian 2 Name,Address,City,State,Zip,Home Language\n"
        "1001,\"Núñez, Ana María\",2,Ms. Rivera,Rosa Núñez,(555) 010-2000,Luis Núñez,12 Elm St,Springfield,IL,62701,Spanish\n"
        "1002,Bảo Trần,K,Mr. Park,Trần Thị Lan,,,,,,,Tiếng Việt\n",
        "r.csv", {});
    ASSERT_EQ(roster.rows.size(), 2u);
    const auto& a = roster.rows[0];
    EXPECT_EQ(a.line, 2);
    EXPECT_EQ(a.student.last_name, "Núñez");
    EXPECT_EQ(a.student.first_name, "Ana María");
    ASSERT_EQ(a.guardians.size(), 2u);
    EXPECT_EQ(a.guardians[0].preferred_contact, ContactMethod::Phone);
    EXPECT_EQ(a.guardians[1].preferred_contact, ContactMethod::Paper);
    EXPECT_EQ(a.address, "12 Elm St, Springfield, IL 62701");
    EXPECT_EQ(a.language, "es");
    EXPECT_EQ(roster.rows[1].student.last_name, "Trần");
    EXPECT_EQ(roster.rows[1].language, "vi");
}

TEST(RosterReader, EveryBadRowIsReportedWithLineColumnAndReason) {
    try {
        io::parse_roster(
            "id,last name,first name,grade,language\n"
            "1,Ok,Fine,1,en\n"
            ",Missing,Number,1,en\n"
            "1,Dup,Licate,1,en\n"
            "4,Bad\x01Name,X,1,en\n"
            "5,Lang,Unknown,1,Spanglish\n"  // not a refusal: kept for a person to confirm
            "6,Too,Many,1,en,extra\n",
            "roster.csv", {});
        FAIL();
    } catch (const io::RosterError& e) {
        const auto& p = e.problems();
        ASSERT_EQ(p.size(), 4u);
        EXPECT_EQ(p[0].line, 3);
        EXPECT_EQ(p[0].column, 1);
        EXPECT_EQ(p[1].line, 4);
        EXPECT_NE(p[1].reason.english().find("also on line 2"), std::string::npos);
        EXPECT_EQ(p[2].column, 2);
        EXPECT_EQ(p[2].column_name, "last name");
        EXPECT_EQ(p[3].line, 7);
        std::string msg = e.what();
        EXPECT_NE(msg.find("roster.csv line 3, column 1 (id): the student number is empty"), std::string::npos) << msg;
        EXPECT_NE(msg.find("Nothing was imported."), std::string::npos);
    }
}

TEST(RosterReader, ALanguageItCannotReadIsKeptAsWrittenNotRefused) {
    auto roster = io::parse_roster(
        "id,last name,first name,grade,language\n"
        "1,Ok,Fine,1,Other\n"
        "2,Ok,Too,1,Inglés\n",
        "roster.csv", {});
    ASSERT_EQ(roster.rows.size(), 2u);
    EXPECT_EQ(roster.rows[0].language, "");
    EXPECT_EQ(roster.rows[0].language_as_written, "Other");
    EXPECT_EQ(roster.rows[1].language, "en");
    EXPECT_EQ(roster.rows[1].language_as_written, "");
}

TEST(RosterReader, InvalidUtf8IsReportedNotImported) {
    try {
        io::parse_roster(
            "id,last name\n1,Nu\xF1"
            "ez\n",
            "latin1.csv", {});
        FAIL();
    } catch (const io::RosterError& e) {
        EXPECT_NE(std::string(e.what()).find("CSV UTF-8"), std::string::npos);
    }
}

// PowerSchool's student export, as it comes: recognised by its columns, the
// mothers and fathers read as guardians without --map, and a student who
// transferred out (Enroll_Status 2) left out and listed.
TEST(RosterReader, APowerSchoolExportIsRecognisedWithItsParentsAndItsTransferredOutStudentLeftOut) {
    auto roster = io::read_roster(std::string(FN_TEST_DATA_DIR) + "/powerschool_students.csv", {});
    EXPECT_EQ(roster.preset, "PowerSchool");
    ASSERT_EQ(roster.rows.size(), 4u);
    const auto& ana = roster.rows[0];
    EXPECT_EQ(ana.student.first_name, "Ana María");
    EXPECT_EQ(ana.student.last_name, "Núñez");
    EXPECT_EQ(ana.student.grade, "3");
    EXPECT_EQ(ana.student.homeroom, "Room 12");
    ASSERT_EQ(ana.guardians.size(), 2u);
    EXPECT_EQ(ana.guardians[0].name, "Rosa Núñez");
    EXPECT_EQ(ana.guardians[0].email, "rosa.nunez@example.org");
    EXPECT_EQ(ana.guardians[0].phone, "(555) 010-2345");
    EXPECT_EQ(ana.guardians[1].name, "Luis Núñez");
    EXPECT_EQ(ana.address, "12 Oak St, Springfield, IL 62701");
    // A "Mother" cell holding the whole name is not doubled.
    ASSERT_EQ(roster.rows[2].guardians.size(), 1u);
    EXPECT_EQ(roster.rows[2].guardians[0].name, "Trần Thị Lan");
    // Pre-registered (-1) is enrolled; a father alone is the one guardian.
    ASSERT_EQ(roster.rows[3].guardians.size(), 1u);
    EXPECT_EQ(roster.rows[3].guardians[0].name, "Jamal Carter");
    ASSERT_EQ(roster.not_enrolled.size(), 1u);
    EXPECT_EQ(roster.not_enrolled[0].line, 6);
    EXPECT_EQ(roster.not_enrolled[0].student, "Diego Pérez");
    EXPECT_EQ(roster.not_enrolled[0].status, "2");
    // Middle_Name is not used; LastFirst is read, for a Quick Export that
    // has no First_Name and Last_Name (here they say it).
    EXPECT_EQ(roster.unused_headers, (std::vector<std::string>{"Middle_Name"}));
    EXPECT_EQ(roster.rows[0].student.first_name, "Ana María");
}

// The other common student information systems' exports, each shaped like
// that system's (tests/data/*_students.csv): recognised by their columns,
// parents read as guardians in the school's contact order, names written
// "Last, First" turned around, and the student who left (a withdrawal date
// passed, or a status) left out and listed; a withdrawal date still ahead
// keeps the student.
struct SisExport {
    const char* file;
    const char* preset;
    const char* left_status;  // why Hodan is not imported: a status,
    const char* left_on;      // or the exit date that passed
};

class SisExports : public ::testing::TestWithParam<SisExport> {};

TEST_P(SisExports, AreRecognisedWithTheirParentsInOrderAndTheirLeaversLeftOut) {
    const auto& sis = GetParam();
    auto roster = io::read_roster(std::string(FN_TEST_DATA_DIR) + "/" + sis.file, {});
    EXPECT_EQ(roster.preset, sis.preset);
    ASSERT_EQ(roster.rows.size(), 4u);
    const auto& ana = roster.rows[0];
    EXPECT_EQ(ana.student.first_name, "Ana María");
    EXPECT_EQ(ana.student.last_name, "Núñez");
    ASSERT_EQ(ana.guardians.size(), 2u);
    EXPECT_EQ(ana.guardians[0].name, "Rosa Núñez") << "the first contact comes first";
    EXPECT_EQ(ana.guardians[0].phone, "(555) 010-2345");
    EXPECT_EQ(ana.guardians[0].email, "rosa.nunez@example.org");
    EXPECT_EQ(ana.guardians[1].name, "Luis Núñez");
    EXPECT_EQ(ana.address, "12 Oak St, Springfield, IL 62701");
    EXPECT_EQ(ana.language, "es");
    EXPECT_EQ(roster.rows[0].student.homeroom, "Rivera");
    const auto& bao = roster.rows[2];
    EXPECT_EQ(bao.student.first_name, "Bảo");
    ASSERT_EQ(bao.guardians.size(), 1u);
    EXPECT_EQ(bao.guardians[0].name, "Thị Lan Trần");
    EXPECT_EQ(bao.guardians[0].email, "lan.tran@example.org");
    EXPECT_EQ(bao.language, "vi");
    EXPECT_EQ(roster.rows[3].student.first_name, "Tanya");
    ASSERT_EQ(roster.rows[3].guardians.size(), 1u);
    EXPECT_EQ(roster.rows[3].guardians[0].name, "Jamal Carter");
    ASSERT_EQ(roster.not_enrolled.size(), 1u);
    EXPECT_EQ(roster.not_enrolled[0].student, "Hodan Warsame");
    EXPECT_EQ(roster.not_enrolled[0].status, sis.left_status);
    EXPECT_EQ(roster.not_enrolled[0].left_on, sis.left_on);
}

INSTANTIATE_TEST_SUITE_P(RosterReader, SisExports,
                         ::testing::Values(SisExport{"infinite_campus_students.csv", "Infinite Campus", "",
                                                     "2025-06-12"},
                                           SisExport{"skyward_students.csv", "Skyward", "Withdrawn", ""},
                                           SisExport{"aeries_students.csv", "Aeries", "", "2025-06-12"},
                                           SisExport{"synergy_students.csv", "Synergy", "Inactive", ""}),
                         [](const auto& param_info) {
                             std::string name = param_info.param.preset;
                             std::erase(name, ' ');
                             return name;
                         });

TEST(RosterReader, AContactWithoutACellPhoneGetsTheHouseholdsAndExitDatesAreReadAsSchoolsWriteThem) {
    auto roster = io::read_roster(std::string(FN_TEST_DATA_DIR) + "/infinite_campus_students.csv", {});
    EXPECT_EQ(roster.rows[2].guardians.at(0).phone, "(555) 010-4444");
    EXPECT_EQ(roster.rows[2].guardians.at(0).preferred_contact, ContactMethod::Phone);
    const std::string header = "Student ID,First Name,Last Name,Exit Date\n";
    auto read = [&](const std::string& exit) {
        return io::parse_roster(header + "1,Ana,Núñez," + exit + "\n2,Leo,Núñez,\n", "r.csv", {}, "2026-11-30");
    };
    EXPECT_EQ(read("2026-11-30").not_enrolled.size(), 1u) << "leaves today";
    EXPECT_EQ(read("11/29/2026 00:00:00").not_enrolled.size(), 1u);
    EXPECT_EQ(read("12/01/2026").rows.size(), 2u) << "a withdrawal still ahead";
    EXPECT_EQ(read("").rows.size(), 2u);
    try {
        read("last June");
        FAIL() << "an exit date that is no date was accepted";
    } catch (const io::RosterError& e) {
        ASSERT_EQ(e.problems().size(), 1u);
        EXPECT_EQ(e.problems()[0].column_name, "Exit Date");
    }
}

TEST(RosterColumns, EnrollmentStatusesAsSisExportsWriteThem) {
    for (const char* yes : {"0", "-1", " 0 ", "", "Active", "ENROLLED", "Pre-registered", "Pre-Enrolled", "A"})
        EXPECT_TRUE(io::is_enrolled_status(yes)) << yes;
    for (const char* no : {"1", "2", "3", "4", "Inactive", "Withdrawn", "Graduated", "Transferred out"})
        EXPECT_FALSE(io::is_enrolled_status(no)) << no;
}

// Language cells as real exports hold them, none of which the reader knew by
// name before it asked ICU: each family gets its language's code.
TEST(RosterReader, LanguagesWrittenAsPeopleWriteThemAreRead) {
    auto file = io::parse_roster(
        "id,last name,first name,grade,language\n"
        "1,Rezaei,Ali,3,Farsi\n"
        "2,Smith,Jo,1,Inglés\n"
        "3,Yilmaz,Ece,2,Turkish\n"
        "4,Haile,Hana,K,Tigrinya\n"
        "5,Kabua,Lijon,4,Marshallese\n"
        "6,Ahmadi,Zahra,5,fa-AF\n",
        "roster.csv", {});
    std::vector<std::string> codes;
    for (const auto& row : file.rows) codes.push_back(row.language);
    EXPECT_EQ(codes, (std::vector<std::string>{"fa", "en", "tr", "ti", "mh", "prs"}));
}

// PowerSchool's quick export as it comes: tab-separated.
TEST(RosterReader, APowerSchoolTabExportIsRead) {
    auto roster = io::parse_roster(
        "Student_Number\tLastFirst\tFirst_Name\tLast_Name\tGrade_Level\tHome_Room\tMother_First\tMother\tHome_Phone\t"
        "Enroll_Status\n"
        "2001\tCruz, Ana\tAna\tCruz\t3\tPark\tRosa\tCruz\t555-010-2200\t0\n"
        "2002\tLee, Min\tMin\tLee\t1\tChen\tSun\tLee\t555-010-2300\t2\n",
        "quick_export.txt", {});
    EXPECT_EQ(roster.preset, "PowerSchool");
    ASSERT_EQ(roster.rows.size(), 1u);  // 2 = transferred out
    ASSERT_EQ(roster.rows[0].guardians.size(), 1u);
    EXPECT_EQ(roster.rows[0].guardians[0].name, "Rosa Cruz");
    EXPECT_EQ(roster.rows[0].guardians[0].phone, "555-010-2200");
}

// A sheet a Spanish-speaking office keeps: headings in Spanish, languages
// written in Spanish ("Inglés", "Español", "Otro": not read, kept to confirm).
TEST(RosterReader, SpanishHeadingsAreReadLikeEnglishOnes) {
    auto roster = io::parse_roster(
        "Número,Apellido,Nombre,Grado,Maestra,Padre/Madre,Teléfono,Correo electrónico,Dirección,Ciudad,Código postal,"
        "Idioma\n"
        "3001,Núñez,Ana,2,Sra. Park,Rosa Núñez,555-010-4400,rosa@example.org,12 Elm St,Springfield,62701,Español\n"
        "3002,Brown,Liam,K,Sr. Cho,Mark Brown,555-010-4500,,40 Oak Ave,Springfield,62702,Inglés\n"
        "3003,Haile,Selam,1,Sr. Cho,Almaz Haile,555-010-4600,,1 Main St,Springfield,62703,Otro\n",
        "lista.csv", {});
    ASSERT_EQ(roster.rows.size(), 3u);
    EXPECT_TRUE(roster.unused_headers.empty()) << roster.unused_headers.front();
    const auto& ana = roster.rows[0];
    EXPECT_EQ(ana.student.homeroom, "Sra. Park");
    ASSERT_EQ(ana.guardians.size(), 1u);
    EXPECT_EQ(ana.guardians[0].name, "Rosa Núñez");
    EXPECT_EQ(ana.guardians[0].phone, "555-010-4400");
    EXPECT_EQ(ana.guardians[0].email, "rosa@example.org");
    EXPECT_EQ(ana.address, "12 Elm St, Springfield 62701");
    EXPECT_EQ(ana.language, "es");
    EXPECT_EQ(roster.rows[1].language, "en");
    EXPECT_EQ(roster.rows[2].language_as_written, "Otro");
}

// A summer export: every student's exit date has passed. Said as such, not
// as "no student rows".
TEST(RosterReader, ASummerExportWhereEveryoneHasLeftIsSaidAsSuch) {
    try {
        io::parse_roster("Student ID,First Name,Last Name,Exit Date\n1,Ana,Núñez,6/12/2026\n2,Leo,Park,6/12/2026\n",
                         "summer.csv", {}, "2026-08-01");
        FAIL() << "a roster of leavers was read";
    } catch (const io::RosterError&) {
        FAIL() << "not a row problem";
    } catch (const Error& e) {
        EXPECT_NE(e.text().english().find("every one of its 2 students has left"), std::string::npos) << e.what();
        EXPECT_NE(e.text().english().find("exported over the summer"), std::string::npos);
    }
}

// Infinite Campus style contact rows with plain headings: a student's rows
// are gathered, contacts by sequence, a neighbour who is no guardian left out.
TEST(RosterReader, ContactRowsAreGatheredPerStudentInSequenceOrder) {
    auto roster = io::parse_roster(
        "studentNumber,lastName,firstName,grade,seq,contactLastName,contactFirstName,relationship,guardian,"
        "cellPhone,email\n"
        "8001,Haile,Selam,1,3,Miller,Ruth,Neighbor,0,555-010-9999,\n"
        "8001,Haile,Selam,1,2,Bekele,Tesfaye,Father,1,555-010-7001,\n"
        "8001,Haile,Selam,1,1,Haile,Almaz,Mother,1,555-010-7000,almaz@example.org\n"
        "8002,Haile,Dawit,3,1,Haile,Almaz,Mother,1,555-010-7000,almaz@example.org\n",
        "contacts.csv", {});
    ASSERT_EQ(roster.rows.size(), 2u);
    const auto& selam = roster.rows[0];
    ASSERT_EQ(selam.guardians.size(), 2u);
    EXPECT_EQ(selam.guardians[0].name, "Almaz Haile");
    EXPECT_EQ(selam.guardians[0].email, "almaz@example.org");
    EXPECT_EQ(selam.guardians[1].name, "Tesfaye Bekele");
    EXPECT_EQ(selam.guardians[1].phone, "555-010-7001");
    EXPECT_EQ(roster.rows[1].guardians.size(), 1u);
}

// A PowerSchool export cut down to a few columns is no longer recognised by
// its header: --preset reads it as PowerSchool's anyway ("Mother" as "Last, First").
TEST(RosterColumns, APresetCanBeForcedWhenTheHeaderDoesNotSayIt) {
    const std::string csv =
        "Student_Number,First_Name,Last_Name,Mother,Home_Phone\n"
        "4001,Ana,Cruz,\"Cruz, José\",555-010-4001\n";
    auto guessed = io::parse_roster(csv, "cut.csv", {});
    EXPECT_EQ(guessed.preset, "");
    auto forced = io::parse_roster(csv, "cut.csv", {}, "", "powerschool");
    EXPECT_EQ(forced.preset, "PowerSchool");
    ASSERT_EQ(forced.rows.at(0).guardians.size(), 1u);
    EXPECT_EQ(forced.rows[0].guardians[0].name, "José Cruz");
    EXPECT_EQ(forced.rows[0].guardians[0].phone, "555-010-4001");
    EXPECT_THROW(io::parse_roster(csv, "cut.csv", {}, "", "Banner"), Error);
}

// Two OneRoster students under one identifier would be one on a re-import: refused with the line.
TEST(OneRoster, TwoStudentsWithOneIdentifierAreRefused) {
    fn::testing::TempDir dir;
    std::ofstream(dir.file("users.csv"), std::ios::binary)
        << "sourcedId,status,role,givenName,familyName,identifier,agentSourcedIds,grades\n"
           "s1,active,student,Ana,Cruz,5001,,02\n"
           "s2,active,student,Leo,Park,5001,,01\n";
    try {
        io::read_roster(dir.path().string(), {});
        FAIL() << "two students with one number were read";
    } catch (const io::RosterError& e) {
        ASSERT_EQ(e.problems().size(), 1u);
        EXPECT_EQ(e.problems()[0].line, 3);
    }
}
