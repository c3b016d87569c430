#include "ops/retention_ops.h"

#include <soci/soci.h>

#include "core/calendar.h"
#include "core/errors.h"
#include "ops/audit_ops.h"
#include "ops/clock.h"
#include "ops/login_checks.h"
#include "store/contact_store.h"
#include "store/database.h"
#include "store/event_store.h"
#include "store/home_visit_store.h"
#include "store/household_store.h"
#include "store/privacy_ledger_store.h"
#include "store/retention_store.h"
#include "store/settings_store.h"

namespace fn::ops {
namespace {

void require_coordinator(Database& db) {
    ops::require_coordinator(db, tr("personal data is kept, exported and erased by a coordinator; this login may not"));
}

// The erased names must leave the file itself. Debian's SQLite zeroes
// deleted content (secure_delete), but earlier versions of the pages stay
// in the write-ahead log until it is checkpointed and emptied (the test
// fails without it), and VACUUM rewrites the file for builds without
// secure_delete. A station holding a read open can delay the checkpoint.
// A shared database's server reuses the space in its own time.
void overwrite_freed_space(Database& db) { store::overwrite_freed_space(db.sql()); }

void write_in_ledger(soci::session& sql, const Author& who, Id household_id, const std::string& code,
                     const char* action, const std::string& reason) {
    store::insert_privacy_entry(sql, {0, household_id, code, action, now_timestamp(), who.actor, reason});
}

}  // namespace

PurgeSummary purge_expired(Database& db, bool dry_run) {
    require_coordinator(db);
    PurgeSummary s;
    s.dry_run = dry_run;
    const std::string today = clock_date();
    const auto& who = author(db);
    auto work = [&](soci::session& sql) {
        auto settings = store::load_settings(sql);
        s.keep_families_months = settings.keep_left_families_months;
        s.families_left_by = add_months(today, -settings.keep_left_families_months);
        s.keep_notes_months = settings.keep_event_notes_months;
        s.notes_before = add_months(today, -settings.keep_event_notes_months);
        s.families = store::households_left_by(sql, s.families_left_by);
        s.meal_notes = store::count_meal_notes_before(sql, s.notes_before);
        s.keep_contact_notes_months = settings.keep_contact_notes_months;
        s.contact_notes_before = add_months(today, -settings.keep_contact_notes_months);
        // Home visit reflections are kept as long as contact notes.
        s.contact_notes = store::count_contact_notes_before(sql, s.contact_notes_before) +
                          store::count_reflections_before(sql, s.contact_notes_before);
        if (dry_run) return;
        for (const auto& h : s.families) {
            write_in_ledger(sql, who, h.id, h.code, privacy_action::kPurge,
                            "the school's retention rule: every student left by " + s.families_left_by);
            store::erase_household_personal_data(sql, h.id, today);
        }
        store::clear_meal_notes_before(sql, s.notes_before);
        store::clear_contact_notes_before(sql, s.contact_notes_before);
        store::clear_reflections_before(sql, s.contact_notes_before);
    };
    if (dry_run) {
        db.rehearse(work);
        return s;
    }
    db.transaction(work);
    if (!s.families.empty() || s.meal_notes > 0 || s.contact_notes > 0) overwrite_freed_space(db);
    return s;
}

FamilyRecord family_record(Database& db, Id household_id) {
    require_coordinator(db);
    store::ReadSnapshot snapshot(db);
    auto h = store::load_household(db.sql(), household_id);
    FamilyRecord r;
    r.family_name = h.family_name();
    r.code = h.code;
    r.exported_at = now_timestamp();
    r.language = h.language;
    r.tables = store::rows_about_household(db.sql(), household_id);
    for (const auto& t : r.tables)
        for (const auto& row : t.rows)
            for (const auto& [column, value] : row.columns) {
                if (column == "event_id" && !r.events.count(value))
                    if (auto e = store::find_event(db.sql(), std::stoll(value)))
                        r.events[value] = e->date + " " + e->title(h.language);
                if (column == "workshop_id" && !r.workshops.count(value))
                    if (auto w = store::find_workshop(db.sql(), std::stoll(value)))
                        r.workshops[value] = w->title(h.language);
            }
    return r;
}

void erase_family(Database& db, Id household_id, const std::string& reason) {
    require_coordinator(db);
    const std::string today = clock_date();
    const auto& who = author(db);
    db.transaction([&](soci::session& sql) {
        auto h = store::load_household(sql, household_id);
        if (!h.erased_on.empty())
            throw ConflictError(tr("this family's data was already erased on {0}", {h.erased_on}));
        write_in_ledger(sql, who, household_id, h.code, privacy_action::kErase, reason);
        store::erase_household_personal_data(sql, household_id, today);
    });
    overwrite_freed_space(db);
}

void record_family_export(Database& db, Id household_id, const std::string& reason) {
    require_coordinator(db);
    const auto& who = author(db);
    db.transaction([&](soci::session& sql) {
        auto h = store::load_household(sql, household_id);
        write_in_ledger(sql, who, household_id, h.code, privacy_action::kExport, reason);
    });
}

std::vector<PrivacyEntry> privacy_ledger(Database& db) {
    require_coordinator(db);
    return store::privacy_ledger(db.sql());
}

}  // namespace fn::ops
