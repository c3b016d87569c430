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

TEST(CsvReader, StrayQuoteInUnquotedFieldIsAnError) {
    EXPECT_THROW(io::parse_csv("a,b\n1,ab\"c\n", "r.csv"), Error);
}

TEST(CsvReader, MissingFileIsAPlainError) {
    try {
        io::read_csv_file("/nonexistent/roster.csv");
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/roster.csv"), std::string::npos);
    }
}
