#include "core/family_names.h"

#include <gtest/gtest.h>

#include "core/household.h"

using namespace fn;

TEST(FamilyNames, AFamilyNameKeepsItsParticles) {
    EXPECT_EQ(split_name("Ana Dela Cruz").family, "Dela Cruz");
    EXPECT_EQ(split_name("Ana Dela Cruz").given, "Ana");
    EXPECT_EQ(split_name("María de la Torre").family, "de la Torre");
    EXPECT_EQ(split_name("Jan van der Berg").family, "van der Berg");
    EXPECT_EQ(split_name("Rosa Núñez").family, "Núñez");
    EXPECT_EQ(split_name("  Rosa   María  Núñez ").given, "Rosa María");
}

TEST(FamilyNames, AVietnameseNameWrittenFamilyNameFirstIsSplitAtTheFront) {
    EXPECT_EQ(split_name("Nguyễn Thị Hương").family, "Nguyễn");
    EXPECT_EQ(split_name("Nguyễn Thị Hương").given, "Thị Hương");
    EXPECT_EQ(split_name("Hương Nguyễn").family, "Nguyễn");  // written the English way
    EXPECT_EQ(split_name("Lê Văn Nguyễn").family, "Nguyễn");   // ambiguous: the English way wins
}

TEST(FamilyNames, OneWordIsTheFamilyName) {
    EXPECT_EQ(split_name("Abdullahi").family, "Abdullahi");
    EXPECT_EQ(split_name("").family, "");
}

TEST(FamilyNames, AHouseholdIsFiledAsWrittenThenByStudentThenByGuardian) {
    Household h;
    h.guardians.push_back({0, "Trần Thị Lan", "", "", ContactMethod::Paper, "vi"});
    EXPECT_EQ(h.family_name(), "Trần");
    h.guardians.front().name = "Ricardo Dela Cruz";
    EXPECT_EQ(h.family_name(), "Dela Cruz");
    h.students.push_back(parse_student_spec("Ana Dela Cruz:2:Ms. Rivera"));
    EXPECT_EQ(h.students.front().first_name, "Ana");
    EXPECT_EQ(h.students.front().last_name, "Dela Cruz");
    h.students.front().last_name = "Santos";
    EXPECT_EQ(h.family_name(), "Santos");
    h.family_name_as_written = "Dela Cruz Santos";
    EXPECT_EQ(h.family_name(), "Dela Cruz Santos");
}
