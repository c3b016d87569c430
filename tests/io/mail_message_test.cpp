#include "io/mail_message.h"

#include <gtest/gtest.h>

using namespace fn;

namespace {

io::MailMessage sample() {
    io::MailMessage m;
    m.from_name = "Lincoln Elementary";
    m.from_address = "office@lincoln.example";
    m.to_name = "Rosa Núñez";
    m.to_address = "rosa@example.org";
    m.subject = "Los esperamos: Noche de matemáticas, jueves, 10 de diciembre";
    m.text = "Estimada familia Núñez:\n\nLes recordamos <todo> & más.";
    m.language = "es";
    m.message_id = "reminder-1-2.abc@familynight";
    m.date = "Thu, 03 Dec 2026 10:00:00 -0600";
    return m;
}

}  // namespace

TEST(MailMessage, NonAsciiHeadersAreEncodedWordsOfAtMost75Characters) {
    const std::string text = io::mail_text(sample());
    EXPECT_NE(text.find("To: =?UTF-8?B?"), std::string::npos) << "a name with ñ";
    EXPECT_NE(text.find("From: \"Lincoln Elementary\" <office@lincoln.example>\r\n"), std::string::npos);
    EXPECT_NE(text.find("Content-Language: es\r\n"), std::string::npos);
    EXPECT_NE(text.find("Message-ID: <reminder-1-2.abc@familynight>\r\n"), std::string::npos);
    const std::string words = io::header_words(std::string(40, 'a') + "ñ" + std::string(60, 'b'));
    std::size_t start = 0;
    while (start < words.size()) {
        auto end = words.find("\r\n ", start);
        const std::string word = words.substr(start, end == std::string::npos ? end : end - start);
        EXPECT_LE(word.size(), 75u) << word;
        EXPECT_EQ(word.rfind("=?UTF-8?B?", 0), 0u) << word;
        if (end == std::string::npos) break;
        start = end + 3;
    }
    EXPECT_EQ(io::header_words("Math Night"), "Math Night");
}

// A line break typed into a name or subject never starts a header of its own.
TEST(MailMessage, ALineBreakInAValueNeverMakesAHeader) {
    auto m = sample();
    m.subject = "Hello\r\nBcc: everyone@example.org";
    m.to_name = "Eve\nBcc: x@example.org";
    const std::string text = io::mail_text(m);
    EXPECT_EQ(text.find("\r\nBcc:"), std::string::npos);
    EXPECT_EQ(text.find("\nBcc:"), std::string::npos);
}

TEST(MailMessage, TheHtmlPartIsEscapedInParagraphsAndRightToLeftWhenItReadsSo) {
    const std::string html = io::mail_html("Line one\nline two\n\n<b>&", "ar", true);
    EXPECT_NE(html.find("<html lang=\"ar\" dir=\"rtl\">"), std::string::npos);
    EXPECT_NE(html.find("<p>Line one<br>\nline two</p>"), std::string::npos);
    EXPECT_NE(html.find("<p>&lt;b&gt;&amp;</p>"), std::string::npos);
    auto m = sample();
    m.attachment = {"event.ics", "text/calendar; method=PUBLISH", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"};
    const std::string text = io::mail_text(m);
    EXPECT_NE(text.find("Content-Type: multipart/mixed"), std::string::npos);
    EXPECT_NE(text.find("Content-Disposition: attachment; filename=\"event.ics\""), std::string::npos);
    EXPECT_NE(text.find("Content-Type: text/html; charset=UTF-8"), std::string::npos);
}
