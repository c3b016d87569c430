#pragma once
// The log of messages to families (migration 25) and who waited for a
// workshop seat. Callers own the transaction.
#include <set>
#include <string>
#include <vector>

#include "core/ids.h"

namespace soci {
class session;
}

namespace fn::store {

// One message to one family, as it went: "sent", "refused" (by the mail
// server, its answer in `detail`) or "listed" (in a texting platform's
// file). A dry run changes nothing, so it is never logged.
struct MessageLogEntry {
    Id id = 0;
    Id event_id = 0;
    Id household_id = 0;
    std::string message;  // "reminder"; "place-opened:<workshop id>" per seat
    std::string channel;  // "email", "text", "phone"
    std::string address;  // where it went; cleared when the family is erased
    std::string language;
    std::string outcome;
    std::string detail;
    std::string at;
    std::string actor;
};

// Adds the entry; a second "sent" for the same event, message and family
// is refused by the schema's unique index (a ConflictError through the store).
Id insert_message_log(soci::session& sql, const MessageLogEntry& e);
// The families already sent `message` for the event.
std::set<Id> households_sent(soci::session& sql, Id event_id, const std::string& message);
// The event's log, oldest first.
std::vector<MessageLogEntry> message_log_of_event(soci::session& sql, Id event_id);
// Forgets where a family's messages went (an erasure).
void clear_message_addresses(soci::session& sql, Id household_id);

// Notes that the family waits for a seat in the workshop (kept once).
void note_seat_wait(soci::session& sql, Id event_id, Id workshop_id, Id household_id, const std::string& since);
struct SeatWait {
    Id workshop_id = 0;
    Id household_id = 0;
};
std::vector<SeatWait> seat_waits_of_event(soci::session& sql, Id event_id);

}  // namespace fn::store
