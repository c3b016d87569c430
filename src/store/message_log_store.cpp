#include "store/message_log_store.h"

#include <soci/soci.h>

#include "store/row_reader.h"

namespace fn::store {

Id insert_message_log(soci::session& sql, const MessageLogEntry& e) {
    Id id = 0;
    sql << "INSERT INTO messages_sent (event_id, household_id, message, channel, address, language, outcome, detail,"
           " at, actor) VALUES (:e, :h, :m, :c, :a, :l, :o, :d, :t, :w) RETURNING id",
        soci::use(e.event_id), soci::use(e.household_id), soci::use(e.message), soci::use(e.channel),
        soci::use(e.address), soci::use(e.language), soci::use(e.outcome), soci::use(e.detail), soci::use(e.at),
        soci::use(e.actor), soci::into(id);
    return id;
}

std::set<Id> households_sent(soci::session& sql, Id event_id, const std::string& message) {
    std::set<Id> sent;
    long long h = 0;
    soci::statement st = (sql.prepare << "SELECT household_id FROM messages_sent WHERE event_id = :e AND message = :m"
                                         " AND outcome = 'sent'",
                          soci::use(event_id), soci::use(message), soci::into(h));
    st.execute();
    while (st.fetch()) sent.insert(h);
    return sent;
}

std::vector<MessageLogEntry> message_log_of_event(soci::session& sql, Id event_id) {
    std::vector<MessageLogEntry> entries;
    RowReader r(sql,
                "SELECT id, event_id, household_id, message, channel, address, language, outcome, detail, at, actor"
                " FROM messages_sent WHERE event_id = :e ORDER BY id");
    r.bind(static_cast<long long>(event_id));
    while (r.next()) {
        MessageLogEntry e;
        e.id = r.integer(0);
        e.event_id = r.integer(1);
        e.household_id = r.integer(2);
        e.message = r.text(3);
        e.channel = r.text(4);
        e.address = r.text(5);
        e.language = r.text(6);
        e.outcome = r.text(7);
        e.detail = r.text(8);
        e.at = r.text(9);
        e.actor = r.text(10);
        entries.push_back(std::move(e));
    }
    return entries;
}

void clear_message_addresses(soci::session& sql, Id household_id) {
    sql << "UPDATE messages_sent SET address = '' WHERE household_id = :h", soci::use(household_id);
}

void note_seat_wait(soci::session& sql, Id event_id, Id workshop_id, Id household_id, const std::string& since) {
    sql << "INSERT INTO seat_waits (workshop_id, household_id, event_id, since) VALUES (:w, :h, :e, :s)"
           " ON CONFLICT (workshop_id, household_id) DO NOTHING",
        soci::use(workshop_id), soci::use(household_id), soci::use(event_id), soci::use(since);
}

std::vector<SeatWait> seat_waits_of_event(soci::session& sql, Id event_id) {
    std::vector<SeatWait> waits;
    long long w = 0, h = 0;
    soci::statement st = (sql.prepare << "SELECT workshop_id, household_id FROM seat_waits WHERE event_id = :e"
                                         " ORDER BY since, workshop_id, household_id",
                          soci::use(event_id), soci::into(w), soci::into(h));
    st.execute();
    while (st.fetch()) waits.push_back({w, h});
    return waits;
}

}  // namespace fn::store
