#pragma once
// What the retention rules read and erase (ops/retention_ops.h), and every
// row stored about one household, for its export. Callers own the
// transaction.
#include <string>
#include <vector>

#include "core/family_record.h"
#include "core/ids.h"

namespace soci {
class session;
}

namespace fn::store {

// A household whose students have all left the school, the last on `left_on`.
struct LeftHousehold {
    Id id = 0;
    std::string code;
    std::string family_name;  // as written, else the first student's last name
    std::string left_on;
};
// Not erased yet, every student left on or before `date` (YYYY-MM-DD).
std::vector<LeftHousehold> households_left_by(soci::session& sql, const std::string& date);

// The volunteer rows (people, role parent) of the family's guardians, by
// name as the directory's search compares names.
std::vector<Id> parent_volunteers_of(soci::session& sql, Id household_id);

// Removes what names or reaches the family: its parents' volunteer rows
// (name, phone, e-mail; their shift sign-ups stay, nameless), guardians, students' names and
// numbers and homerooms, address, notes, search words, its history, the
// notes on its RSVPs' meals and its contact log's notes and names; keeps the household row (language), its
// students' grades and every RSVP, check-in and door entry with their
// numbers, so past events' counts stay as they were. The code becomes
// "erased-<id>". Marks it erased on `date`.
void erase_household_personal_data(soci::session& sql, Id household_id, const std::string& date);

// Meal notes (allergies: health data) on RSVPs to events held before
// `date`; returns how many were cleared. The meal counts stay.
int clear_meal_notes_before(soci::session& sql, const std::string& date);
// A SQLite file: what erasing freed is overwritten now (VACUUM, then the
// write-ahead log checkpointed and emptied). A server reuses the space in its
// own time: nothing to do there.
void overwrite_freed_space(soci::session& sql);
int count_meal_notes_before(soci::session& sql, const std::string& date);

// Every row about the household, table by table, every column as text
// (NULL as ""): the household, its guardians and students, RSVPs with
// their meals and picks, check-ins, workshop attendance, childcare, door
// log, history, search words, its parents' volunteer rows and the privacy
// ledger's lines about it. Tables are found by their household_id
// (or rsvp_id) column, so a column added later is exported too.
std::vector<RecordTable> rows_about_household(soci::session& sql, Id household_id);

}  // namespace fn::store
