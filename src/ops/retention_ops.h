#pragma once
// Keeping personal data no longer than the school needs it:
// families whose students have all left are erased a set time after the
// last one left (settings: keep_left_families_months), meal notes a set
// time after the event; a family can ask for everything stored about it
// and to be erased. Erasing keeps the household's row without names,
// contacts or history, so past events' counts and the Title I binder stay
// as they were. Every operation here is refused on a login that is not a
// coordinator's.
#include <string>
#include <vector>

#include "core/family_record.h"
#include "core/privacy_ledger.h"
#include "store/retention_store.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

struct PurgeSummary {
    bool dry_run = false;
    int keep_families_months = 0;
    std::string families_left_by;  // erased: every student left on or before this day
    std::vector<store::LeftHousehold> families;
    int keep_notes_months = 0;
    std::string notes_before;  // meal notes of events before this day
    int meal_notes = 0;
    int keep_contact_notes_months = 0;
    std::string contact_notes_before;  // contact log notes and home visit reflections before this day
    int contact_notes = 0;
};

// What the retention rules remove today; with dry_run nothing is changed,
// so the list can be shown before anything is removed. On a SQLite file
// the freed space is then overwritten (VACUUM), so the names are gone from
// the file itself; backups made before keep them until they are replaced.
PurgeSummary purge_expired(Database& db, bool dry_run);

// Everything stored about the household, table by table.
FamilyRecord family_record(Database& db, Id household_id);

// Erases the household's personal data now (store::erase_household_personal_data),
// writes it in the privacy ledger with the reason given, then overwrites
// the freed space as the purge does. A family already erased is refused.
// The purge writes its erasures in the ledger too.
void erase_family(Database& db, Id household_id, const std::string& reason = "");

// Writes in the privacy ledger that the family's record was exported.
void record_family_export(Database& db, Id household_id, const std::string& reason);
// Every export and erasure, oldest first.
std::vector<PrivacyEntry> privacy_ledger(Database& db);

}  // namespace fn::ops
