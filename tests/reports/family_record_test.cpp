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
                              "Event: Literacy Night, Thursday, December 3, 2026", "Table: Door 2", "halal",
                              "Changes to this record", "Language: Hindi"})
        EXPECT_NE(text.find(shown), std::string::npos) << shown << "\n" << text;
    EXPECT_NE(text.find("김민준"), std::string::npos) << text;
    EXPECT_LT(text.find("Parents and guardians"), text.find("Answers to invitations")) << "in reading order";
    // Read by a family: no row numbers of the database, no column names.
    for (const char* hidden : {"household_id", "event_id", "checked_in_at", "walk_in:"})
        EXPECT_EQ(text.find(hidden), std::string::npos) << hidden << "\n" << text;
    // No words for a family's record in Arabic yet: English, and said so.
    EXPECT_EQ(out.record_language, "en");
    EXPECT_TRUE(out.in_english_instead());
}

// A Spanish-speaking family reads its record in Spanish: headings, field
// names, dates and times in words, yes and no.
TEST_F(DbTest, AFamilysRecordIsInItsLanguageWithDatesInWords) {
    Id event = ops::create_event(db, fn::testing::sample_event());
    Id id = ops::add_household(db, fn::testing::sample_household("Rosa Núñez", "Ana", "Núñez", "es"));
    ops::check_in(db, event, id, 2, 1, "Mesa 1");
    const auto pdf = dir.file("familia.pdf");
    auto out = printing::export_family(db, id, "", pdf);
    EXPECT_EQ(out.record_language, "es");
    EXPECT_FALSE(out.in_english_instead());
    const std::string text = fn::testing::pdf_text(pdf);
    for (const char* shown : {"Registro de la familia: Núñez", "Padres y tutores", "Nombre: Rosa Núñez",
                              "Idioma: español", "Llegadas a los eventos", "jueves, 3 de diciembre de 2026",
                              "Mesa: Mesa 1", "Llegó sin invitación: No", "Contactar por: Llamada", "Página 1 de"})
        EXPECT_NE(text.find(shown), std::string::npos) << shown << "\n" << text;
    EXPECT_EQ(text.find("Parents and guardians"), std::string::npos) << text;
}
