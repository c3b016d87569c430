#include "io/csv_reader.h"

#include <gtest/gtest.h>

#include "core/errors.h"

using namespace fn;

TEST(CsvReader, HandlesBomCrlfQuotesAndLineBreaks) {
    std::string text =
        "\xEF\xBB\xBFid,name,note\r\n"
        "1,\"Núñez, Ana\",\"said \"\"hola\"\"\"\r\n"
        "2,\"Trần\nThị\",plain\r\n"
        "\"3\nx\",王小明,\r\n";
    auto rows = io::parse_csv(text, "r.csv");
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].fields[0], "id");  // BOM removed
    EXPECT_EQ(rows[1].fields[1], "Núñez, Ana");
    EXPECT_EQ(rows[1].fields[2], "said \"hola\"");
    EXPECT_EQ(rows[2].fields[1], "Trần\nThị");
    EXPECT_EQ(rows[2].line, 3);
    EXPECT_EQ(rows[3].line, 5);  // starts on line 5 although its first field spans two lines
    EXPECT_EQ(rows[3].fields[1], "王小明");
    EXPECT_EQ(rows[3].fields[2], "");
}

TEST(CsvReader, LfWithoutFinalNewline) {
    auto rows = io::parse_csv("a,b\n1,2", "r.csv");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1].fields[1], "2");
}

TEST(CsvReader, UnclosedQuoteNamesFileAndLine) {
    try {
        io::parse_csv("a,b\n1,2\n3,\"open\n4,5\n", "roster.csv");
        FAIL();
    } catch (const Error& e) {
        std::string msg = e.what();
        EXPECT_NE(msg.find("roster.csv line 3"), std::string::npos) << msg;
    }
}

TEST(CsvReader, StrayQuoteInUnquotedFieldIsAnError) { EXPECT_THROW(io::parse_csv("a,b\n1,ab\"c\n", "r.csv"), Error); }

TEST(CsvReader, MissingFileIsAPlainError) {
    try {
        io::read_csv_file("/nonexistent/roster.csv");
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/roster.csv"), std::string::npos);
    }
}

// PowerSchool's quick export separates fields with tabs; a spreadsheet in
// a language that writes decimal commas saves "CSV" with semicolons.
TEST(CsvReader, TabsAndSemicolonsAreSniffedFromTheHeader) {
    auto tabs = io::parse_csv("Student_Number\tLast_Name\tFirst_Name\tMother\n1001\tCruz\tAna\tCruz, Rosa\n", "ps.txt");
    ASSERT_EQ(tabs.size(), 2u);
    ASSERT_EQ(tabs[1].fields.size(), 4u);
    EXPECT_EQ(tabs[1].fields[3], "Cruz, Rosa");  // a comma inside a tab-separated field stays
    auto semicolons = io::parse_csv("Número;Apellido;Nombre\n\"1;2\";Núñez;Ana\n", "es.csv");
    ASSERT_EQ(semicolons[1].fields.size(), 3u);
    EXPECT_EQ(semicolons[1].fields[0], "1;2");
    EXPECT_EQ(io::sniff_delimiter("\"a,b\";c;d\n"), ';');  // the comma is inside quotes
    EXPECT_EQ(io::sniff_delimiter("a,b,c"), ',');
    EXPECT_EQ(io::sniff_delimiter("single"), ',');
}
