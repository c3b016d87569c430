// A family's request for its data: the JSON and the PDF written from the
// same record, read back (the JSON parsed, the PDF through pdftotext).
#include "print/family_export.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "ops/door_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"
#include "ops/rsvp_ops.h"
#include "reports/pdf_tools.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;

TEST_F(DbTest, AFamilysExportIsAJsonFileAndAReadablePdfOfTheSameData) {
    Id event = ops::create_event(db, fn::testing::sample_event());
    auto h = fn::testing::sample_household("فاطمة الزهراء", "김민준", "Kim", "ar");
    h.guardians.push_back({0, "प्रिया शर्मा", "555-3131", "priya@example.org", ContactMethod::Email, "hi"});
    h.notes = "Prefers calls after 6 pm";
    Id id = ops::add_household(db, h);
    Rsvp r;
    r.event_id = event;
    r.household_id = id;
    r.adults = 2;
    r.child_ages = {7};
    r.meals = {{MealNeed::Halal, 3, ""}};
    ops::record_rsvp(db, r);
    ops::check_in(db, event, id, 2, 1, "Door 2");

    const auto json = dir.file("family.json"), pdf = dir.file("family.pdf");
    auto out = printing::export_family(db, id, json, pdf);
    EXPECT_EQ(out.files, (std::vector<std::string>{json, pdf}));
    EXPECT_TRUE(out.unprinted.empty());
    for (const auto& file : out.files) {
        struct stat st {};
        ASSERT_EQ(::stat(file.c_str(), &st), 0);
        EXPECT_EQ(st.st_mode & 0777, 0600u) << file << " holds personal data";
    }

    auto j = nlohmann::json::parse(std::ifstream(json));
    EXPECT_EQ(j["code"], h.code);
    ASSERT_EQ(j["tables"]["guardians"].size(), 2u);
    EXPECT_EQ(j["tables"]["guardians"][0]["name"], "فاطمة الزهراء");
    EXPECT_EQ(j["tables"]["guardians"][1]["phone"], "555-3131");
    EXPECT_EQ(j["tables"]["students"][0]["first_name"], "김민준");
    EXPECT_EQ(j["tables"]["households"][0]["notes"], "Prefers calls after 6 pm");
    EXPECT_EQ(j["tables"]["rsvp_meals"][0]["need"], "halal");
    EXPECT_EQ(j["tables"]["checkins"][0]["station"], "Door 2");
    EXPECT_FALSE(j["tables"]["audit_log"].empty());

    const std::string text = fn::testing::pdf_text(pdf);
    for (const char* shown : {"Parents and guardians", "priya@example.org", "555-3131", "Prefers calls after 6 pm",
                              "2026-12-03 Literacy Night", "Door 2", "halal", "History of changes"})
        EXPECT_NE(text.find(shown), std::string::npos) << shown << "\n" << text;
    EXPECT_NE(text.find("김민준"), std::string::npos) << text;
    EXPECT_LT(text.find("Parents and guardians"), text.find("RSVPs to events")) << "in reading order";
}
