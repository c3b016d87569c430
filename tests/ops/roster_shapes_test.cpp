// The same 40-household school (support/school_roster.h), exported in the
// shape of each student information system, imports to the same families:
// their students, guardians in the school's order, phones, e-mails and
// languages, with the students who left not imported.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "core/rules/grades.h"
#include "core/text.h"
#include "ops/household_ops.h"
#include "ops/roster_ops.h"
#include "support/fixtures.h"
#include "support/school_roster.h"

using namespace fn;

namespace {

struct Shape {
    const char* name;
    std::function<std::string(const std::string&)> write;
    const char* preset;  // the preset the import says it recognised
    bool second_phone;   // the shape has a column for the second guardian's phone
    bool addresses;      // the shape carries addresses
};

const Shape kShapes[] = {
    {"infinite_campus", fn::testing::write_infinite_campus_contact_rows, "Infinite Campus contacts", true, true},
    {"powerschool", fn::testing::write_powerschool_quick_export, "PowerSchool", true, true},
    {"oneroster", fn::testing::write_oneroster_folder, "OneRoster 1.1", true, false},
    {"oneroster_zip", fn::testing::write_oneroster_zip, "OneRoster 1.1", true, false},
    {"spanish", fn::testing::write_spanish_headings, "", true, true},
    {"aeries", fn::testing::write_aeries_calpads, "Aeries", false, true},
};

std::string digits(const std::string& phone) {
    std::string d;
    for (char c : phone)
        if (c >= '0' && c <= '9') d += c;
    return d;
}

// gtest names a failing case by its shape.
[[maybe_unused]] void PrintTo(const Shape& shape, std::ostream* out) { *out << shape.name; }

class RosterShapes : public fn::testing::DbTest, public ::testing::WithParamInterface<Shape> {};

}  // namespace

TEST_P(RosterShapes, TheFortyHouseholdSchoolImportsToItsFamilies) {
    const Shape& shape = GetParam();
    const std::string path = shape.write(dir.path());
    const auto summary = ops::import_roster(db, path, {}, false);
    EXPECT_EQ(summary.preset, shape.preset);

    std::map<std::string, Household> by_student;
    const auto households = ops::list_households(db);
    for (const auto& h : households)
        for (const auto& s : h.students) by_student[s.student_number] = h;

    const auto& school = fn::testing::forty_household_school();
    int expected_households = 0, left = 0, to_confirm = 0;
    for (const auto& model : school) {
        std::set<std::string> staying;
        for (const auto& s : model.students) {
            if (s.left) {
                EXPECT_FALSE(by_student.count(s.number)) << s.first << " " << s.last << " left; imported anyway";
                ++left;
            } else {
                staying.insert(s.number);
            }
        }
        if (staying.empty()) continue;
        ++expected_households;
        const std::string who = model.students.front().last + " (" + *staying.begin() + ")";
        ASSERT_TRUE(by_student.count(*staying.begin())) << who << " not imported";
        const Household& h = by_student.at(*staying.begin());
        std::set<std::string> got;
        for (const auto& s : h.students) got.insert(s.student_number);
        EXPECT_EQ(got, staying) << who << ": other families' children joined, or siblings were split";
        for (const auto& s : h.students) {
            auto m = std::find_if(model.students.begin(), model.students.end(),
                                  [&](const auto& x) { return x.number == s.student_number; });
            ASSERT_NE(m, model.students.end());
            EXPECT_EQ(s.first_name, m->first) << who;
            EXPECT_EQ(s.last_name, m->last) << who;
            EXPECT_EQ(grade_rank(s.grade), grade_rank(m->grade)) << who << ": grade " << s.grade;
            EXPECT_EQ(s.homeroom, m->homeroom) << who;
        }
        ASSERT_EQ(h.guardians.size(), model.guardians.size()) << who << ": " << h.guardian_names();
        for (std::size_t k = 0; k < model.guardians.size(); ++k) {
            const auto& want = model.guardians[k];
            const auto& g = h.guardians[k];
            EXPECT_EQ(g.name, want.first + " " + want.last) << who << " guardian " << k;
            if (k == 0 || shape.second_phone) {
                EXPECT_EQ(digits(g.phone), digits(want.phone)) << who << " guardian " << k;
            }
            EXPECT_EQ(g.email, want.email) << who << " guardian " << k;
        }
        if (shape.addresses) {
            EXPECT_EQ(h.address.substr(0, model.street.size()), model.street) << who;
        }
        const std::string language = fn::testing::expected_language(shape.name, model.language);
        if (language == "?") {
            EXPECT_FALSE(h.language_to_confirm.empty()) << who << ": the language is to be confirmed";
            ++to_confirm;
        } else {
            EXPECT_EQ(h.language, language) << who;
            EXPECT_TRUE(h.language_to_confirm.empty()) << who << ": " << h.language_to_confirm;
        }
    }
    EXPECT_EQ(static_cast<int>(households.size()), expected_households);
    EXPECT_EQ(static_cast<int>(summary.not_enrolled.size()), left) << "each leaver said once";
    EXPECT_EQ(static_cast<int>(summary.languages_to_confirm.size()) > 0, to_confirm > 0);
    // Nobody but students: OneRoster's teachers and parents are not children here.
    for (const auto& h : households)
        for (const auto& s : h.students) EXPECT_NE(s.last_name, "Park") << "a teacher imported as a student";
}

INSTANTIATE_TEST_SUITE_P(EachExportShape, RosterShapes, ::testing::ValuesIn(kShapes),
                         [](const auto& shape_info) { return std::string(shape_info.param.name); });
