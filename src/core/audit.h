#pragma once
// The record of who changed what about a family: one row per
// changed field of a household, a guardian, a student or an RSVP, with the
// value before and after, the operation, who made it and where. Door
// actions have their own log (core/door_log.h); a family's history shows
// both. Kept while the family is kept, erased with it.
#include <string>
#include <vector>

#include "core/household.h"
#include "core/ids.h"
#include "core/rsvp.h"

namespace fn {

// What was changed: the household itself, one of its guardians or
// students (named by `label`, the name they had), or its RSVP to an event.
enum class AuditSubject { Household, Guardian, Student, Rsvp };
std::string to_string(AuditSubject);
AuditSubject parse_audit_subject(const std::string&);

// The operation that made a change, shown in the history.
enum class AuditOperation { AddFamily, EditFamily, RosterImport, MarkLeft, Rollover, WalkIn, RecordRsvp, CancelRsvp };
std::string to_string(AuditOperation);
AuditOperation parse_audit_operation(const std::string&);
// Every name each can have, as stored (the shared server accepts no other).
std::vector<std::string> audit_subject_names();
std::vector<std::string> audit_operation_names();

// One field's change. `field` is a fixed key ("phone", "grade", "status",
// ...; "added" and "removed" for a whole member: its summary in `after` or
// `before`).
struct FieldChange {
    AuditSubject subject = AuditSubject::Household;
    std::string label;  // the guardian's or student's name, the RSVP's event id
    std::string field;
    std::string before;
    std::string after;
};

struct AuditEntry {
    Id id = 0;
    Id household_id = 0;
    std::string at;  // local timestamp
    AuditOperation operation = AuditOperation::EditFamily;
    std::string actor;    // the database role on a shared database, else the computer's user
    std::string station;  // the computer
    FieldChange change;
};

// Every field that differs between two versions of a household. Guardians
// are matched by their place in the list, students by id (or student
// number when new); a member only on one side is "added" or "removed".
std::vector<FieldChange> household_changes(const Household& before, const Household& after);
// A new household: one "added" line with its code, name and members
// (one line, so a roster import of thousands adds one row per family).
std::vector<FieldChange> household_added(const Household& h);
// The fields of an RSVP that differ; every field when there was none before.
std::vector<FieldChange> rsvp_changes(const Rsvp* before, const Rsvp& after, const std::string& event_label);

}  // namespace fn
