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
    EXPECT_EQ(split_name("Hương Nguyễn").family, "Nguyễn");   // written the English way
    EXPECT_EQ(split_name("Lê Văn Nguyễn").family, "Nguyễn");  // ambiguous: the English way wins
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

namespace {
Household family(std::vector<std::string> guardians, std::vector<std::string> children, std::string language) {
    Household h;
    h.language = language;
    for (auto& g : guardians) h.guardians.push_back({0, g, "", "", ContactMethod::Paper, language});
    for (auto& c : children) h.students.push_back(parse_student_spec(c + ":2:Ms. Rivera"));
    return h;
}
}  // namespace

// Ethiopian and Eritrean names: a given name, then the father's. A child's
// "last name" in the roster is her father's given name, not a family name.
TEST(FamilyNames, EthiopianAndEritreanFamiliesAreCalledByTheGuardiansNames) {
    auto h = family({"Tesfaye Bekele", "Almaz Haile"}, {"Hana Tesfaye"}, "am");
    EXPECT_TRUE(h.named_by_guardians());
    EXPECT_EQ(h.family_name(), "Tesfaye Bekele and Almaz Haile");
    EXPECT_EQ(badge_name("Tesfaye Bekele", h).large, "Tesfaye");
    EXPECT_EQ(badge_name("Tesfaye Bekele", h).small, "Bekele");
    EXPECT_EQ(badge_name("Almaz Haile", h).large, "Almaz");
    // The same names with English as the family's language: filed under the
    // child's roster name (as "Wang Wei" with his son "Ming Wang" must be),
    // but each badge still shows the person's own given name.
    h.language = "en";
    EXPECT_FALSE(h.named_by_guardians());
    EXPECT_EQ(h.family_name(), "Tesfaye");
    EXPECT_EQ(badge_name("Tesfaye Bekele", h).large, "Tesfaye");
    EXPECT_EQ(badge_name("Tesfaye Bekele", h).small, "Bekele");
    auto chinese_pinyin = family({"Wang Wei"}, {"Ming Wang"}, "zh");
    EXPECT_EQ(chinese_pinyin.family_name(), "Wang");
    EXPECT_EQ(badge_name("Wang Wei", chinese_pinyin).large, "Wei");
    auto eritrean = family({"Yonas Gebremedhin"}, {"Selam Yonas", "Dawit Yonas"}, "ti");
    EXPECT_EQ(eritrean.family_name(), "Yonas Gebremedhin");
}

// "Hodan Ali Farah": Hodan, daughter of Ali, granddaughter of Farah. Her
// son's roster name ends with his father's given name, Hassan, who is not
// on file: she is not filed under "Hassan".
TEST(FamilyNames, ASomaliMotherIsNotFiledUnderHerChildsFathersName) {
    auto h = family({"Hodan Ali Farah"}, {"Ayaan Hassan"}, "so");
    EXPECT_EQ(h.family_name(), "Hodan Ali Farah");
    EXPECT_EQ(badge_name("Hodan Ali Farah", h).large, "Hodan");
    EXPECT_EQ(badge_name("Hodan Ali Farah", h).small, "Ali Farah");
}

TEST(FamilyNames, IcelandicTamilAndMalayPatronymicsAreTheGuardiansNames) {
    auto icelandic = family({"Jón Einarsson", "Guðrún Pálsdóttir"}, {"Sigrún Jónsdóttir"}, "is");
    EXPECT_EQ(icelandic.family_name(), "Jón Einarsson and Guðrún Pálsdóttir");
    EXPECT_EQ(badge_name("Guðrún Pálsdóttir", icelandic).large, "Guðrún");
    auto tamil = family({"Perumal Velu"}, {"Kavya Perumal"}, "ta");
    EXPECT_EQ(tamil.family_name(), "Perumal Velu");
    EXPECT_EQ(badge_name("Perumal Velu", tamil).large, "Perumal");
    auto malay = family({"Ahmad bin Ismail"}, {"Siti Ahmad"}, "ms");
    EXPECT_EQ(malay.family_name(), "Ahmad bin Ismail");
    EXPECT_EQ(badge_name("Ahmad bin Ismail", malay).large, "Ahmad");
    EXPECT_EQ(badge_name("Ahmad bin Ismail", malay).small, "bin Ismail");
}

// Families with a family name handed down keep it, as before.
TEST(FamilyNames, FamilyNamesHandedDownAreKept) {
    auto vietnamese = family({"Nguyễn Thị Hương", "Trần Văn Minh"}, {"Nguyễn Minh An"}, "vi");
    EXPECT_FALSE(vietnamese.named_by_guardians());
    EXPECT_EQ(vietnamese.family_name(), "Nguyễn");
    EXPECT_EQ(badge_name("Nguyễn Thị Hương", vietnamese).large, "Thị Hương");
    auto filipino = family({"Ricardo Dela Cruz"}, {"Ana Dela Cruz"}, "tl");
    EXPECT_EQ(filipino.family_name(), "Dela Cruz");
    EXPECT_EQ(badge_name("Ricardo Dela Cruz", filipino).large, "Ricardo");
    EXPECT_EQ(badge_name("Ricardo Dela Cruz", filipino).small, "Dela Cruz");
    // A mother with another family name than her child's: filed under the child's.
    auto stepfamily = family({"Rosa Núñez"}, {"Ana García"}, "es");
    EXPECT_EQ(stepfamily.family_name(), "García");
    EXPECT_EQ(badge_name("Rosa Núñez", stepfamily).large, "Rosa");
    EXPECT_EQ(badge_name("Rosa Núñez", stepfamily).small, "Núñez");
    Household chinese = family({"刘伟"}, {}, "zh");
    chinese.students.push_back({0, "100", "小明", "刘", "2", "", ""});
    EXPECT_EQ(chinese.family_name(), "刘");
    EXPECT_EQ(badge_name("刘伟", chinese).large, "刘伟");  // a Chinese name is said whole
    // A Somali family that took a family name in the roster and on file keeps it.
    auto somali = family({"Hodan Warsame", "Abdi Warsame"}, {"Ayaan Warsame"}, "so");
    EXPECT_EQ(somali.family_name(), "Warsame");
    EXPECT_EQ(badge_name("Abdi Warsame", somali).large, "Abdi");
}
