#pragma once
// An e-mail as its text on the wire (RFC 5322 with MIME): a plain-text part
// and an HTML part saying the same in the family's language (right to
// left where it reads so), an attachment such as the event's .ics, and
// headers with any non-ASCII words encoded (RFC 2047). The same text is
// sent to the mail server and written to a file by a dry run.
#include <string>

namespace fn::io {

struct MailAttachment {
    std::string filename;      // "family-night.ics"
    std::string content_type;  // "text/calendar; method=PUBLISH"
    std::string data;
};

struct MailMessage {
    std::string from_name;
    std::string from_address;
    std::string to_name;
    std::string to_address;
    std::string subject;
    std::string text;      // paragraphs apart by a blank line
    std::string language;  // BCP 47: Content-Language and the HTML's lang
    bool right_to_left = false;
    std::string message_id;     // without angle brackets: "reminder-3-12@school"
    std::string date;           // RFC 5322 date; "" now
    MailAttachment attachment;  // none when its data is empty
};

std::string mail_text(const MailMessage& message);

// The HTML part: each paragraph a <p>, its line breaks <br>, everything
// escaped.
std::string mail_html(const std::string& text, const std::string& language, bool right_to_left);

// "=?UTF-8?B?...?=" words for a header when `text` is not plain ASCII
// (several, folded, for a long one); the text itself when it is.
std::string header_words(const std::string& text);

}  // namespace fn::io
