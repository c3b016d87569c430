#pragma once
// Rows of the contact log (core/contact_log.h). Callers own the transaction.
#include <string>
#include <vector>

#include "core/contact_log.h"

namespace soci {
class session;
}

namespace fn::store {

Id insert_contact(soci::session& sql, const ContactEntry& c);
// One household's contacts, newest first.
std::vector<ContactEntry> contacts_of(soci::session& sql, Id household_id);
// Every contact on or after `since` (YYYY-MM-DD), oldest first.
std::vector<ContactEntry> contacts_since(soci::session& sql, const std::string& since);
// Clears the notes of contacts before `date`; returns how many.
int clear_contact_notes_before(soci::session& sql, const std::string& date);
int count_contact_notes_before(soci::session& sql, const std::string& date);

}  // namespace fn::store
