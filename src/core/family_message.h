#pragma once
// A message to families about an event (an invitation, the reminder the day
// before, "a place opened for you" after a waitlist, "we missed you"): its
// words in each family's language with the event's facts put in, and the
// way each family is reached (its guardians' preferred contact). The words
// are document texts (core/document_texts.h): built in per language,
// school-editable like the printed labels.
#include <map>
#include <string>
#include <vector>

#include "core/household.h"

namespace fn {

enum class MessageKind { Invitation, Reminder, PlaceOpened, MissedYou };
std::string to_string(MessageKind);  // "invitation", "reminder", "place-opened", "missed-you"
MessageKind parse_message_kind(const std::string&);
const std::vector<MessageKind>& message_kinds();

// What a message says of the event for one family, already in its language
// (dates and times as it reads them).
struct MessageFacts {
    std::string family;  // "Núñez"
    std::string event;   // the title
    std::string date;    // "jueves, 10 de diciembre"
    std::string time;    // "17:30–19:30"
    std::string place;
    std::string workshops;  // the workshops it chose (or, for a place that opened, the one it now has a seat in)
    std::string childcare;  // a sentence when it asked for childcare, else ""
    std::string pickup;     // a sentence about the pickup tag when it asked for childcare, else ""
    std::string school;     // the school's name, to sign with
};

struct FamilyMessage {
    std::string language;
    std::string subject;
    std::string body;  // plain text, paragraphs apart by a blank line
};

// The message `kind` in `language` (English where it has no words), the
// facts put in its {family}, {event}, {date}, {time}, {place},
// {workshops}, {childcare}, {pickup} and {school} places; a paragraph whose
// only place is empty (no workshops chosen) is left out. `texts` are the
// school's document texts in that language (document_texts_for).
FamilyMessage compose_family_message(MessageKind kind, const std::string& language, const MessageFacts& facts,
                                     const std::map<std::string, std::string>& texts);

// `text` with each {name} of `values` put in; other braces stay as typed.
std::string fill_places(const std::string& text, const std::map<std::string, std::string>& values);

// How one family is reached: the first guardian whose preferred way has
// what it needs (an address for e-mail, a real number for a call or a
// text); paper home when none has.
struct FamilyReach {
    ContactMethod method = ContactMethod::Paper;
    std::string guardian;  // the name of the guardian reached
    std::string address;   // the e-mail address, or the phone number as typed
};
FamilyReach family_reach(const Household& household, const std::vector<std::string>& placeholder_phones = {});

// A phone number in E.164 ("+13125550142"): ten digits are a North American
// number (a leading 1 or +1 too); a number typed with + and its country
// code keeps it. "" when it is neither (said to the coordinator, never guessed).
std::string phone_e164(const std::string& phone);

// A loose check of an e-mail address: one @, something on each side, a dot
// in the domain, no spaces. The school's server has the last word.
bool looks_like_email(const std::string& address);

}  // namespace fn
