#include "io/mail_message.h"

#include <openssl/evp.h>

#include <chrono>
#include <ctime>
#include <random>

namespace fn::io {
namespace {

std::string base64(const std::string& data) {
    std::string out(4 * ((data.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(data.data()), static_cast<int>(data.size()));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

// Base64 in lines of 76 characters, as MIME asks.
std::string base64_lines(const std::string& data) {
    const std::string encoded = base64(data);
    std::string out;
    for (std::size_t i = 0; i < encoded.size(); i += 76) out += encoded.substr(i, 76) + "\r\n";
    return out;
}

bool plain_ascii(const std::string& text) {
    for (unsigned char c : text)
        if (c >= 0x80 || c < 0x20) return false;
    return true;
}

std::string now_rfc5322() {
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&t, &local);
    char buffer[64];
    std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S %z", &local);
    return buffer;
}

std::string boundary(const char* part) {
    static std::mt19937_64 random{std::random_device{}()};
    return std::string("=_familynight_") + part + "_" + std::to_string(random());
}

std::string mailbox(const std::string& name, const std::string& address) {
    if (name.empty()) return "<" + address + ">";
    std::string shown = name;
    if (plain_ascii(name)) {
        // A quoted string: a comma or a dot in a name is no separator.
        std::string quoted = "\"";
        for (char c : name) {
            if (c == '"' || c == '\\') quoted += '\\';
            quoted += c;
        }
        shown = quoted + "\"";
    } else {
        shown = header_words(name);
    }
    return shown + " <" + address + ">";
}

// No line break may reach a header from a value.
std::string one_line(std::string text) {
    for (auto& c : text)
        if (c == '\r' || c == '\n') c = ' ';
    return text;
}

std::string escape_html(const std::string& text) {
    std::string out;
    for (char c : text) switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    return out;
}

std::string crlf(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

}  // namespace

std::string header_words(const std::string& text_given) {
    const std::string text = one_line(text_given);
    if (plain_ascii(text)) return text;
    // Each encoded word at most 75 characters: 45 bytes of text, cut
    // between characters, never inside one.
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(text.size(), start + 45);
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
        if (!out.empty()) out += "\r\n ";
        out += "=?UTF-8?B?" + base64(text.substr(start, end - start)) + "?=";
        start = end;
    }
    return out;
}

std::string mail_html(const std::string& text, const std::string& language, bool right_to_left) {
    std::string html = "<!DOCTYPE html>\n<html lang=\"" + escape_html(language) + "\" dir=\"" +
                       (right_to_left ? "rtl" : "ltr") + "\">\n<head><meta charset=\"utf-8\"></head>\n<body>\n";
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find("\n\n", start);
        std::string paragraph = escape_html(text.substr(start, end == std::string::npos ? end : end - start));
        std::string with_breaks;
        for (char c : paragraph) with_breaks += c == '\n' ? std::string("<br>\n") : std::string(1, c);
        html += "<p>" + with_breaks + "</p>\n";
        if (end == std::string::npos) break;
        start = end + 2;
    }
    return html + "</body>\n</html>\n";
}

std::string mail_text(const MailMessage& m) {
    const std::string mixed = boundary("mixed"), alternative = boundary("alt");
    const bool attached = !m.attachment.data.empty();
    std::string out;
    out += "From: " + mailbox(one_line(m.from_name), one_line(m.from_address)) + "\r\n";
    out += "To: " + mailbox(one_line(m.to_name), one_line(m.to_address)) + "\r\n";
    out += "Subject: " + header_words(m.subject) + "\r\n";
    out += "Date: " + (m.date.empty() ? now_rfc5322() : one_line(m.date)) + "\r\n";
    out += "Message-ID: <" + one_line(m.message_id) + ">\r\n";
    if (!m.language.empty()) out += "Content-Language: " + one_line(m.language) + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Auto-Submitted: auto-generated\r\n";
    if (attached) out += "Content-Type: multipart/mixed; boundary=\"" + mixed + "\"\r\n\r\n--" + mixed + "\r\n";
    out += "Content-Type: multipart/alternative; boundary=\"" + alternative + "\"\r\n\r\n";
    out +=
        "--" + alternative + "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    out += base64_lines(crlf(m.text));
    out +=
        "--" + alternative + "\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    out += base64_lines(mail_html(m.text, m.language, m.right_to_left));
    out += "--" + alternative + "--\r\n";
    if (attached) {
        out += "--" + mixed + "\r\nContent-Type: " + one_line(m.attachment.content_type) + "; charset=UTF-8; name=\"" +
               one_line(m.attachment.filename) + "\"\r\nContent-Disposition: attachment; filename=\"" +
               one_line(m.attachment.filename) + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n";
        out += base64_lines(m.attachment.data);
        out += "--" + mixed + "--\r\n";
    }
    return out;
}

}  // namespace fn::io
