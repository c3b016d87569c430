#include "ops/audit_ops.h"

#include <pwd.h>
#include <soci/soci.h>
#include <unistd.h>

#include <algorithm>
#include <map>

#include "core/errors.h"
#include "ops/login_checks.h"
#include "ops/clock.h"
#include "ops/door_log_ops.h"
#include "store/access.h"
#include "store/audit_store.h"
#include "store/database.h"
#include "store/door_log_store.h"
#include "store/event_store.h"

namespace fn::ops {
namespace {

std::string computer_user() {
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name) return pw->pw_name;
    return "";
}

// Made once per connection (Database::reused).
struct AuthorOfConnection {
    explicit AuthorOfConnection(soci::session& sql) {
        value.station = this_station();
        value.actor = store::server_login(sql);
        if (value.actor.empty()) value.actor = computer_user();
    }
    Author value;
};

Text field_name(const std::string& key) {
    static const std::map<std::string, Text> names{{"code", tr("family code")},
                                                   {"family_name", tr("family name")},
                                                   {"address", tr("address")},
                                                   {"language", tr("language")},
                                                   {"notes", tr("notes")},
                                                   {"walk_in", tr("walk-in")},
                                                   {"name", tr("name")},
                                                   {"phone", tr("phone")},
                                                   {"email", tr("e-mail")},
                                                   {"preferred_contact", tr("preferred contact")},
                                                   {"student_number", tr("student number")},
                                                   {"first_name", tr("first name")},
                                                   {"last_name", tr("last name")},
                                                   {"grade", tr("grade")},
                                                   {"homeroom", tr("homeroom")},
                                                   {"left_on", tr("left the school on")},
                                                   {"status", tr("answer")},
                                                   {"adults", tr("adults")},
                                                   {"child_ages", tr("children's ages")},
                                                   {"childcare_ages", tr("childcare ages")},
                                                   {"picks", tr("workshop picks")},
                                                   {"meals", tr("meals")},
                                                   {"interpreter", tr("interpreter")},
                                                   {"source", tr("how it came")}};
    auto it = names.find(key);
    return it == names.end() ? Text(key) : it->second;
}

Text shown(const std::string& value) { return value.empty() ? tr("(empty)") : Text(value); }

}  // namespace

const Author& author(Database& db) { return db.reused<AuthorOfConnection>().value; }

std::vector<AuditEntry> audit_lines(const Author& who, AuditOperation operation, Id household_id,
                                    const std::vector<FieldChange>& changes) {
    const auto at = now_timestamp();
    std::vector<AuditEntry> entries;
    for (const auto& c : changes) entries.push_back({0, household_id, at, operation, who.actor, who.station, c});
    return entries;
}

void record_changes(soci::session& sql, const Author& who, AuditOperation operation, Id household_id,
                    const std::vector<FieldChange>& changes) {
    store::insert_audit_entries(sql, audit_lines(who, operation, household_id, changes));
}

void record_changes(soci::session& sql, const Author& who, AuditOperation operation,
                    const std::vector<std::pair<Id, std::vector<FieldChange>>>& changes) {
    const auto at = now_timestamp();
    std::vector<AuditEntry> entries;
    for (const auto& [household_id, list] : changes)
        for (const auto& c : list) entries.push_back({0, household_id, at, operation, who.actor, who.station, c});
    store::insert_audit_entries(sql, entries);
}

Text describe(AuditOperation operation) {
    switch (operation) {
        case AuditOperation::AddFamily:
            return tr("family added");
        case AuditOperation::EditFamily:
            return tr("family edited");
        case AuditOperation::RosterImport:
            return tr("roster import");
        case AuditOperation::MarkLeft:
            return tr("marked as left");
        case AuditOperation::Rollover:
            return tr("new school year");
        case AuditOperation::WalkIn:
            return tr("walk-in at the door");
        case AuditOperation::RecordRsvp:
            return tr("RSVP recorded");
        case AuditOperation::CancelRsvp:
            return tr("RSVP cancelled");
    }
    return Text(to_string(operation));
}

Text describe(const FieldChange& c) {
    Text whom;
    switch (c.subject) {
        case AuditSubject::Household:
            whom = tr("family");
            break;
        case AuditSubject::Guardian:
            whom = tr("guardian {0}", {c.label});
            break;
        case AuditSubject::Student:
            whom = tr("student {0}", {c.label});
            break;
        case AuditSubject::Rsvp:
            whom = tr("RSVP for {0}", {c.label});
            break;
    }
    if (c.field == "added") return tr("{0} added: {1}", {whom, c.after});
    if (c.field == "removed") return tr("{0} removed (was: {1})", {whom, c.before});
    return tr("{0}, {1}: from {2} to {3}", {whom, field_name(c.field), shown(c.before), shown(c.after)});
}

std::vector<HistoryLine> family_history(Database& db, Id household_id) {
    require_coordinator(db, tr("a family's history holds its contacts; only a coordinator's login may read it"));
    auto& sql = db.sql();
    store::ReadSnapshot snapshot(db);
    std::vector<HistoryLine> lines;
    for (const auto& e : store::audit_entries_of(sql, household_id))
        lines.push_back({e.at, describe(e.operation), describe(e.change), e.actor, e.station});
    std::map<Id, std::string> event_dates;
    for (const auto& e : store::door_entries_of_household(sql, household_id)) {
        auto [it, fresh] = event_dates.try_emplace(e.event_id);
        if (fresh)
            if (auto ev = store::find_event(sql, e.event_id)) it->second = ev->date + " " + ev->title();
        Text what = e.reverted() ? tr("{0} (reverted)", {describe(e)}) : describe(e);
        lines.push_back({e.at, tr("at the door: {0}", {it->second}), what, "", e.station});
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const HistoryLine& a, const HistoryLine& b) { return a.at < b.at; });
    return lines;
}

}  // namespace fn::ops
