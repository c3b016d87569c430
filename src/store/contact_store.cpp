#include "store/contact_store.h"

#include <soci/soci.h>

#include "store/row_reader.h"

namespace fn::store {
namespace {

const char* kContactColumns =
    "SELECT id, household_id, contacted_on, staff, channel, language, interpreter, kind, note, recorded_at"
    " FROM contacts WHERE ";

std::vector<ContactEntry> read_contacts(RowReader& rows) {
    std::vector<ContactEntry> out;
    while (rows.next()) {
        ContactEntry c;
        c.id = rows.integer(0);
        c.household_id = rows.integer(1);
        c.on = rows.text(2);
        c.staff = rows.text(3);
        c.channel = parse_contact_channel(rows.text(4));
        c.language = rows.text(5);
        c.interpreter = rows.text(6);
        c.kind = parse_contact_kind(rows.text(7));
        c.note = rows.text(8);
        c.recorded_at = rows.text(9);
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace

Id insert_contact(soci::session& sql, const ContactEntry& c) {
    Id id = 0;
    const std::string channel = to_string(c.channel), kind = to_string(c.kind);
    sql << "INSERT INTO contacts (household_id, contacted_on, staff, channel, language, interpreter, kind, note,"
           " recorded_at) VALUES (:h, :d, :s, :c, :l, :i, :k, :n, :r) RETURNING id",
        soci::use(c.household_id), soci::use(c.on), soci::use(c.staff), soci::use(channel), soci::use(c.language),
        soci::use(c.interpreter), soci::use(kind), soci::use(c.note), soci::use(c.recorded_at), soci::into(id);
    return id;
}

std::vector<ContactEntry> contacts_of(soci::session& sql, Id household_id) {
    RowReader rows(sql, std::string(kContactColumns) + "household_id = :h ORDER BY contacted_on DESC, id DESC");
    rows.bind(household_id);
    return read_contacts(rows);
}

std::vector<ContactEntry> contacts_since(soci::session& sql, const std::string& since) {
    RowReader rows(sql, std::string(kContactColumns) + "contacted_on >= :d ORDER BY contacted_on, id");
    rows.bind(since);
    return read_contacts(rows);
}

int count_contact_notes_before(soci::session& sql, const std::string& date) {
    int n = 0;
    sql << "SELECT COUNT(*) FROM contacts WHERE note <> '' AND contacted_on < :d", soci::use(date), soci::into(n);
    return n;
}

int clear_contact_notes_before(soci::session& sql, const std::string& date) {
    const int n = count_contact_notes_before(sql, date);
    sql << "UPDATE contacts SET note = '' WHERE note <> '' AND contacted_on < :d", soci::use(date);
    return n;
}

}  // namespace fn::store
