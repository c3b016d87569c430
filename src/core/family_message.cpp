#include "core/family_message.h"

#include <algorithm>
#include <cctype>

#include "core/document_texts.h"
#include "core/enum_names.h"
#include "core/rules/placeholder_phones.h"

namespace fn {
namespace {

constexpr EnumNames<MessageKind, 4> kMessageKinds{{{MessageKind::Invitation, "invitation"},
                                                   {MessageKind::Reminder, "reminder"},
                                                   {MessageKind::PlaceOpened, "place-opened"},
                                                   {MessageKind::MissedYou, "missed-you"}}};

// The texts' keys use underscores: "message_place_opened_body".
std::string text_key(MessageKind kind, const char* part) {
    std::string name = to_string(kind);
    std::replace(name.begin(), name.end(), '-', '_');
    return "message_" + name + "_" + part;
}

std::string text_or_english(const std::map<std::string, std::string>& texts, const std::string& key) {
    auto found = texts.find(key);
    return found != texts.end() && !found->second.empty() ? found->second : document_text("en", key);
}

// A paragraph made only of places that are all empty says nothing: left
// out, with its blank line ("Your workshops: " with none chosen too, when
// its only place is empty and the rest is a heading of a few words).
bool says_nothing(const std::string& paragraph, const std::map<std::string, std::string>& values) {
    bool had_place = false;
    std::string rest;
    for (std::size_t i = 0; i < paragraph.size(); ++i) {
        if (paragraph[i] == '{') {
            auto close = paragraph.find('}', i);
            if (close != std::string::npos) {
                auto value = values.find(paragraph.substr(i + 1, close - i - 1));
                if (value != values.end()) {
                    if (!value->second.empty()) return false;
                    had_place = true;
                    i = close;
                    continue;
                }
            }
        }
        rest += paragraph[i];
    }
    return had_place && rest.find('\n') == std::string::npos && rest.size() < 80;
}

std::string digits_of(const std::string& text) {
    std::string d;
    for (char c : text)
        if (std::isdigit(static_cast<unsigned char>(c))) d += c;
    return d;
}

}  // namespace

std::string to_string(MessageKind k) { return enum_to_string(kMessageKinds, k); }
MessageKind parse_message_kind(const std::string& s) { return enum_from_string(kMessageKinds, s, "message"); }
const std::vector<MessageKind>& message_kinds() {
    static const std::vector<MessageKind> all{MessageKind::Invitation, MessageKind::Reminder, MessageKind::PlaceOpened,
                                              MessageKind::MissedYou};
    return all;
}

std::string fill_places(const std::string& text, const std::map<std::string, std::string>& values) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{') {
            auto close = text.find('}', i);
            if (close != std::string::npos) {
                auto value = values.find(text.substr(i + 1, close - i - 1));
                if (value != values.end()) {
                    out += value->second;
                    i = close;
                    continue;
                }
            }
        }
        out += text[i];
    }
    return out;
}

FamilyMessage compose_family_message(MessageKind kind, const std::string& language, const MessageFacts& facts,
                                     const std::map<std::string, std::string>& texts) {
    const std::map<std::string, std::string> values{
        {"family", facts.family},       {"event", facts.event},   {"date", facts.date},
        {"time", facts.time},           {"place", facts.place},   {"workshops", facts.workshops},
        {"childcare", facts.childcare}, {"pickup", facts.pickup}, {"school", facts.school}};
    FamilyMessage message;
    message.language = language;
    message.subject = fill_places(text_or_english(texts, text_key(kind, "subject")), values);
    const std::string body = text_or_english(texts, text_key(kind, "body"));
    std::size_t start = 0;
    while (start <= body.size()) {
        auto end = body.find("\n\n", start);
        std::string paragraph = body.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!says_nothing(paragraph, values)) {
            if (!message.body.empty()) message.body += "\n\n";
            message.body += fill_places(paragraph, values);
        }
        if (end == std::string::npos) break;
        start = end + 2;
    }
    return message;
}

FamilyReach family_reach(const Household& household, const std::vector<std::string>& placeholder_phones) {
    for (const auto& g : household.guardians) {
        const bool has_phone = !g.phone.empty() && !is_placeholder_phone(g.phone, placeholder_phones);
        switch (g.preferred_contact) {
            case ContactMethod::Email:
                if (looks_like_email(g.email)) return {ContactMethod::Email, g.name, g.email};
                break;
            case ContactMethod::Text:
            case ContactMethod::Phone:
                if (has_phone) return {g.preferred_contact, g.name, g.phone};
                break;
            case ContactMethod::Paper:
                return {ContactMethod::Paper, g.name, ""};
        }
    }
    return {ContactMethod::Paper, household.guardians.empty() ? "" : household.guardians.front().name, ""};
}

std::string phone_e164(const std::string& phone) {
    std::string trimmed = phone;
    trimmed.erase(0, trimmed.find_first_not_of(" \t"));
    const std::string digits = digits_of(phone);
    // Letters in a number ("ext. 12", "call mom") make it something to read, not dial.
    if (std::any_of(phone.begin(), phone.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
        return "";
    if (!trimmed.empty() && trimmed[0] == '+') {
        // E.164 allows at most 15 digits, the country code included.
        if (digits.size() < 8 || digits.size() > 15 || digits[0] == '0') return "";
        return "+" + digits;
    }
    // North American numbers: area code and exchange never start with 0 or 1.
    std::string national = digits;
    if (national.size() == 11 && national[0] == '1') national = national.substr(1);
    if (national.size() != 10 || national[0] < '2' || national[3] < '2') return "";
    return "+1" + national;
}

bool looks_like_email(const std::string& address) {
    const auto at = address.find('@');
    if (at == std::string::npos || at == 0 || address.find('@', at + 1) != std::string::npos) return false;
    if (std::any_of(address.begin(), address.end(),
                    [](char c) { return std::isspace(static_cast<unsigned char>(c)) || c == ',' || c == ';'; }))
        return false;
    const auto dot = address.find('.', at + 2);
    return dot != std::string::npos && dot + 1 < address.size();
}

}  // namespace fn
