// Row-level security and triggers on a shared PostgreSQL database: what each
// login may change, row by row, enforced by the server whatever program or
// `psql` session the login uses. Table grants (store/postgresql_roles.cpp)
// say which tables a group touches; these policies say which rows.
//
// - Coordinators: every row.
// - Teachers: their own workshops (removed only while theirs alone and not
//   chosen by a family), themselves as presenters and on shifts, and their
//   own contact notes and home visits (read and changed by them only).
// - Door stations: door work for events still running (not done or
//   cancelled), and walk-in families while they are being registered.
#include "store/postgresql_policies.h"

#include <soci/soci.h>

#include <string>
#include <vector>

namespace fn::store {
namespace {

// The helper functions the policies call. They run as the login asking
// (never SECURITY DEFINER), so each reads only what that login may read.
void create_helpers(soci::session& sql, const std::string& teacher_literal) {
    sql << "CREATE OR REPLACE FUNCTION familynight_my_person() RETURNS BIGINT LANGUAGE sql STABLE AS"
           " 'SELECT id FROM people WHERE login = current_user AND login <> '''' LIMIT 1'";
    sql << "CREATE OR REPLACE FUNCTION familynight_presented_by_me(w BIGINT) RETURNS boolean"
           " LANGUAGE sql STABLE AS 'SELECT EXISTS (SELECT 1 FROM workshop_presenters wp JOIN people p"
           " ON p.id = wp.person_id WHERE wp.workshop_id = w AND p.login = current_user)'";
    sql << "CREATE OR REPLACE FUNCTION familynight_presented_by_nobody(w BIGINT) RETURNS boolean"
           " LANGUAGE sql STABLE AS 'SELECT NOT EXISTS (SELECT 1 FROM workshop_presenters wp WHERE wp.workshop_id = w)'";
    // Removable by a teacher: presented by that teacher alone, chosen by nobody.
    sql << "CREATE OR REPLACE FUNCTION familynight_mine_alone_unchosen(w BIGINT) RETURNS boolean"
           " LANGUAGE sql STABLE AS 'SELECT familynight_presented_by_me(w)"
           " AND NOT EXISTS (SELECT 1 FROM workshop_presenters wp JOIN people p ON p.id = wp.person_id"
           " WHERE wp.workshop_id = w AND p.login <> current_user)"
           " AND NOT EXISTS (SELECT 1 FROM rsvp_picks rp WHERE rp.workshop_id = w)'";
    // Still being planned or run: not done, not cancelled.
    sql << "CREATE OR REPLACE FUNCTION familynight_event_open(e BIGINT) RETURNS boolean LANGUAGE sql STABLE AS"
           " 'SELECT EXISTS (SELECT 1 FROM events WHERE id = e AND status NOT IN (''done'', ''cancelled''))'";
    sql << "CREATE OR REPLACE FUNCTION familynight_workshop_open(w BIGINT) RETURNS boolean LANGUAGE sql STABLE AS"
           " 'SELECT EXISTS (SELECT 1 FROM workshops x JOIN events e ON e.id = x.event_id"
           " WHERE x.id = w AND e.status NOT IN (''done'', ''cancelled''))'";
    sql << "CREATE OR REPLACE FUNCTION familynight_shift_open(s BIGINT) RETURNS boolean LANGUAGE sql STABLE AS"
           " 'SELECT EXISTS (SELECT 1 FROM shifts x JOIN volunteer_roles r ON r.id = x.role_id JOIN events e"
           " ON e.id = r.event_id WHERE x.id = s AND e.status NOT IN (''done'', ''cancelled''))'";
    // A walk-in family the door is registering: marked walk-in and not yet
    // checked in anywhere (its check-in is the registration's last write).
    sql << "CREATE OR REPLACE FUNCTION familynight_being_registered(h BIGINT) RETURNS boolean LANGUAGE sql STABLE AS"
           " 'SELECT EXISTS (SELECT 1 FROM households WHERE id = h AND walk_in = 1)"
           " AND NOT EXISTS (SELECT 1 FROM checkins WHERE household_id = h)'";
    // A staff name typed on a visit or a contact that is this login's person.
    sql << "CREATE OR REPLACE FUNCTION familynight_names_me(typed TEXT) RETURNS boolean LANGUAGE sql STABLE AS"
           " 'SELECT typed <> '''' AND EXISTS (SELECT 1 FROM people WHERE login = current_user AND login <> ''''"
           " AND lower(btrim(name)) = lower(btrim(typed)))'";
    // Authors are the server's to write: a teacher cannot sign a note as
    // someone else, nor take one over.
    sql << "CREATE OR REPLACE FUNCTION familynight_keep_author() RETURNS trigger LANGUAGE plpgsql AS $$"
           " BEGIN"
           "   IF TG_OP = 'INSERT' THEN"
           "     IF NEW.author = '' OR pg_has_role(current_user, " +
               teacher_literal +
               ", 'MEMBER') THEN"
               "       NEW.author := current_user;"
               "     END IF;"
               "   ELSE"
               "     NEW.author := OLD.author;"
               "   END IF;"
               "   RETURN NEW;"
               " END $$";
    // A home visit's record (minutes, reflection) is its recorder's: a
    // teacher who did not record it cannot replace it.
    sql << "CREATE OR REPLACE FUNCTION familynight_keep_visit_record() RETURNS trigger LANGUAGE plpgsql AS $$"
           " DECLARE teacher boolean := pg_has_role(current_user, " +
               teacher_literal +
               ", 'MEMBER');"
               " BEGIN"
               "   IF TG_OP = 'INSERT' THEN"
               "     IF teacher THEN NEW.recorded_by := CASE WHEN NEW.made = 1 THEN current_user ELSE '' END; END IF;"
               "     RETURN NEW;"
               "   END IF;"
               "   IF (NEW.made, NEW.minutes, NEW.reflection) IS DISTINCT FROM (OLD.made, OLD.minutes, OLD.reflection) THEN"
               "     IF teacher AND OLD.made = 1 AND OLD.recorded_by NOT IN ('', current_user) THEN"
               "       RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format("
               "         'this visit was recorded by %s at %s; only they or a coordinator can change it',"
               "         OLD.recorded_by, OLD.recorded_at);"
               "     END IF;"
               "     IF teacher THEN NEW.recorded_by := current_user; END IF;"
               "   ELSIF teacher THEN"
               "     NEW.recorded_by := OLD.recorded_by;"
               "   END IF;"
               "   RETURN NEW;"
               " END $$";
}

void create_trigger(soci::session& sql, const std::string& name, const std::string& table,
                    const std::string& function) {
    sql << "DROP TRIGGER IF EXISTS " << name << " ON " << table;
    sql << "CREATE TRIGGER " << name << " BEFORE INSERT OR UPDATE ON " << table << " FOR EACH ROW EXECUTE FUNCTION "
        << function << "()";
}

struct Policy {
    std::string name;
    std::string command;  // ALL, SELECT, INSERT, UPDATE, DELETE
    std::string to;       // a role, or "readers" / "everyone"
    std::string using_rule;
    std::string check_rule;
};

// Drops every policy the table had (older versions' names too) and makes
// these, with row-level security on.
void replace_policies(soci::session& sql, const std::string& table, const std::vector<Policy>& policies) {
    std::vector<std::string> old;
    std::string name;
    soci::statement st = (sql.prepare << "SELECT policyname FROM pg_policies WHERE schemaname = current_schema()"
                                         " AND tablename = :t",
                          soci::use(table), soci::into(name));
    st.execute();
    while (st.fetch()) old.push_back(name);
    for (const auto& n : old) sql << "DROP POLICY " << n << " ON " << table;
    sql << "ALTER TABLE " << table << " ENABLE ROW LEVEL SECURITY";
    for (const auto& p : policies) {
        std::string statement = "CREATE POLICY " + p.name + " ON " + table + " FOR " + p.command + " TO " + p.to;
        if (!p.using_rule.empty()) statement += " USING (" + p.using_rule + ")";
        if (!p.check_rule.empty()) statement += " WITH CHECK (" + p.check_rule + ")";
        sql << statement;
    }
}

}  // namespace

void set_up_policies(soci::session& sql, const PolicyRoles& r) {
    create_helpers(sql, r.teacher_literal);
    const std::string readers = r.teacher + ", " + r.door;
    const Policy coordinator{"coordinator_all", "ALL", r.coordinator, "true", "true"};
    const Policy readers_read{"readers_read", "SELECT", readers, "true", ""};

    // The plan: teachers keep their own workshops while the event is open.
    const std::string own_workshop = "familynight_presented_by_me(id)";
    replace_policies(sql, "workshops",
                     {coordinator,
                      readers_read,
                      {"teacher_adds", "INSERT", r.teacher, "", "familynight_event_open(event_id)"},
                      {"teacher_changes_own", "UPDATE", r.teacher, own_workshop,
                       own_workshop + " AND familynight_event_open(event_id)"},
                      {"teacher_removes_own_alone_unchosen", "DELETE", r.teacher,
                       "familynight_mine_alone_unchosen(id) AND familynight_event_open(event_id)", ""}});
    const std::string own_texts = "familynight_presented_by_me(workshop_id)";
    const std::string new_workshop = "familynight_presented_by_nobody(workshop_id)";
    replace_policies(sql, "workshop_texts",
                     {coordinator,
                      readers_read,
                      // A new workshop's texts come before its presenter.
                      {"teacher_adds", "INSERT", r.teacher, "",
                       "(" + own_texts + " OR " + new_workshop + ") AND familynight_workshop_open(workshop_id)"},
                      {"teacher_changes_own", "UPDATE", r.teacher, own_texts,
                       own_texts + " AND familynight_workshop_open(workshop_id)"},
                      {"teacher_removes_own", "DELETE", r.teacher, own_texts + " OR " + new_workshop, ""}});
    // A teacher signs themself up to present (or is added by a workshop's
    // presenter), and takes only themself off.
    const std::string me = "person_id = familynight_my_person()";
    replace_policies(
        sql, "workshop_presenters",
        {coordinator,
         readers_read,
         {"teacher_adds", "INSERT", r.teacher, "",
          "(" + me + " OR familynight_presented_by_me(workshop_id)) AND familynight_workshop_open(workshop_id)"},
         {"teacher_removes_self", "DELETE", r.teacher, me, ""}});
    replace_policies(sql, "shift_signups",
                     {coordinator,
                      readers_read,
                      {"teacher_signs_up_self", "INSERT", r.teacher, "", me + " AND familynight_shift_open(shift_id)"},
                      {"teacher_takes_self_off", "DELETE", r.teacher, me, ""}});

    // Private notes: the author's, and the coordinator's.
    create_trigger(sql, "familynight_contacts_author", "contacts", "familynight_keep_author");
    create_trigger(sql, "familynight_home_visits_author", "home_visits", "familynight_keep_author");
    create_trigger(sql, "familynight_home_visits_record", "home_visits", "familynight_keep_visit_record");
    const std::string own_contact = "author = current_user OR familynight_names_me(staff)";
    replace_policies(sql, "contacts",
                     {coordinator,
                      {"teacher_reads_own", "SELECT", r.teacher, own_contact, ""},
                      {"teacher_writes_own", "INSERT", r.teacher, "", "author = current_user"},
                      {"teacher_changes_own", "UPDATE", r.teacher, "author = current_user", "author = current_user"},
                      {"teacher_removes_own", "DELETE", r.teacher, "author = current_user", ""}});
    const std::string own_visit =
        "author = current_user OR recorded_by = current_user OR familynight_names_me(staff)"
        " OR familynight_names_me(second_staff) OR familynight_names_me(offered_by)";
    replace_policies(sql, "home_visits",
                     {coordinator,
                      {"teacher_reads_own", "SELECT", r.teacher, own_visit, ""},
                      {"teacher_offers", "INSERT", r.teacher, "", "author = current_user"},
                      {"teacher_changes_own", "UPDATE", r.teacher, own_visit, "true"},
                      {"teacher_removes_own_unrecorded", "DELETE", r.teacher,
                       "author = current_user AND recorded_by IN ('', current_user)", ""}});
    // A visit's earlier records: read by whoever may read the visit (the
    // subquery runs under the visits' own policies).
    replace_policies(
        sql, "home_visit_changes",
        {coordinator,
         {"teacher_reads_own", "SELECT", r.teacher, "EXISTS (SELECT 1 FROM home_visits v WHERE v.id = visit_id)", ""}});

    // The door: its own work, for events still open.
    for (const char* table : {"checkins", "door_log", "childcare_dropoffs", "headcounts"})
        replace_policies(
            sql, table,
            {coordinator,
             readers_read,
             {"door_adds", "INSERT", r.door, "", "familynight_event_open(event_id)"},
             {"door_changes", "UPDATE", r.door, "familynight_event_open(event_id)", "familynight_event_open(event_id)"},
             {"door_removes", "DELETE", r.door, "familynight_event_open(event_id)", ""}});
    replace_policies(sql, "workshop_attendance",
                     {coordinator,
                      readers_read,
                      {"door_adds", "INSERT", r.door, "", "familynight_workshop_open(workshop_id)"},
                      {"door_removes", "DELETE", r.door, "familynight_workshop_open(workshop_id)", ""}});
    // Walk-ins: a new household marked walk-in, and its people, search
    // words and history lines while it is being registered. No other
    // family can be added to, and no history line forged.
    replace_policies(sql, "households",
                     {coordinator, readers_read, {"door_registers_walk_in", "INSERT", r.door, "", "walk_in = 1"}});
    for (const char* table : {"guardians", "students", "search_terms"})
        replace_policies(
            sql, table,
            {coordinator,
             readers_read,
             {"door_registers_walk_in", "INSERT", r.door, "", "familynight_being_registered(household_id)"}});
    // History lines: read by coordinators; written only by the server's
    // functions, which run as the tables' owner (store/history_functions.h).
    replace_policies(sql, "audit_log", {{"coordinator_reads", "SELECT", r.coordinator, "true", ""}});
}

}  // namespace fn::store
