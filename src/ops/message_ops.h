#pragma once
// Who an event's message goes to, each family's way, and the log of what
// was sent (store/message_log_store.h): the data side of sending reminders,
// listing families for a texting platform and printing a phone tree. The
// words and dates in each family's language are put together by
// print/family_messages.h; the mail goes out through io/smtp_client.h.
#include <string>
#include <vector>

#include "core/event.h"
#include "core/family_message.h"
#include "core/household.h"
#include "core/school.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

// One family to tell, and what its message says of it.
struct MessageRecipient {
    Household household;
    std::string message;  // the log's key: "reminder"; "place-opened:<workshop>" per seat
    FamilyReach reach;
    std::vector<Id> workshop_ids;  // its workshops (the one with the new seat for a place opened)
    bool childcare = false;        // it asked for childcare
    bool already_sent = false;     // sent before: never sent again
};

struct MessageAudience {
    Event event;
    MessageKind kind = MessageKind::Invitation;
    std::vector<Workshop> workshops;
    std::vector<Room> rooms;
    SchoolSettings settings;
    std::vector<MessageRecipient> recipients;  // in family-name order
};

// The families `kind` goes to for the event: every active family for an
// invitation; those whose answer is yes or maybe for a reminder; those
// seated in a workshop they once waited for for "a place opened"; those who
// said yes and did not come, once the day is over, for "we missed you".
// Coordinators only (it reads every family's contacts). Refused for a
// cancelled event, and "missed you" before the event's day has passed.
MessageAudience message_audience(Database& db, Id event_id, MessageKind kind);

// The families by the way they are reached, for saying what a send will do
// before it is done.
struct MessageCounts {
    int email = 0;         // to send now
    int already_sent = 0;  // e-mailed before: not again
    int text = 0;
    int phone = 0;
    int paper = 0;
    int families() const { return email + already_sent + text + phone + paper; }
};
MessageCounts count_by_way(const MessageAudience& audience);

// How one message to one family went.
struct MessageOutcome {
    Id event_id = 0;
    Id household_id = 0;
    std::string message;
    ContactMethod method = ContactMethod::Email;
    std::string address;
    std::string language;
    std::string outcome;  // "sent", "refused", "listed"
    std::string detail;   // the server's answer when refused
};
// Logs it, in its own transaction, at once (a send stopped midway resends
// nothing already sent); a message sent or listed is also a contact in the
// family's contact log (what, when, how; never the words). Throws
// ConflictError when another station logged the same message as sent.
void log_message(Database& db, const MessageOutcome& outcome, const std::string& event_title);

// The event's log of messages, oldest first, each with its family's name:
// what went to whom, how, and how it went. Coordinators only.
struct MessageLogLine {
    std::string family;
    std::string message;
    std::string channel;
    std::string address;
    std::string language;
    std::string outcome;
    std::string detail;
    std::string at;
    std::string actor;
};
std::vector<MessageLogLine> message_log(Database& db, Id event_id);

}  // namespace fn::ops
