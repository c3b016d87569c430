#include "store/postgresql_roles.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <set>
#include <vector>

#include "core/errors.h"
#include "core/text_message.h"
#include "store/database.h"
#include "store/postgresql_policies.h"

namespace fn::store {

namespace {

// Tables whose contact columns only the coordinator reads; everyone else
// gets the listed columns.
const std::vector<std::pair<std::string, std::string>> kRestricted{
    {"households",
     "id, code, language, notes, walk_in, family_name, door_guardians, door_students, active, erased_on,"
     " language_to_confirm"},
    {"guardians", "id, household_id, position, name, preferred_contact, language"},
    {"people", "id, name, role, languages, login"},
};
// What the door writes: its operations, and walk-in families (whose phone it
// may write down but not read back).
const char* kDoorWrites = "checkins, door_log, childcare_dropoffs, workshop_attendance, headcounts";
// (Their history lines are the server's to write: store/history_functions.h.)
const char* kWalkInWrites = "households, guardians, students, search_terms";
// Tables only the coordinator reads: a family's history holds its contacts
// before and after every change. The contact log's notes are private too:
// teachers read and write it (below), the door never. Evaluations are
// anonymous, but their comments are for the coordinator's report.
const std::set<std::string> kCoordinatorOnly{"audit_log",          "contacts",       "evaluations",  "home_visits",
                                             "home_visit_changes", "privacy_ledger", "messages_sent"};
const char* kTeacherWrites =
    "workshops, workshop_texts, workshop_presenters, shift_signups, contacts, home_visits, seat_waits";

std::string identifier(soci::session& sql, const std::string& name) {
    std::string quoted_name;
    sql << "SELECT quote_ident(CAST(:n AS text))", soci::use(name), soci::into(quoted_name);
    return quoted_name;
}

void require_postgresql(Database& db) {
    if (db.backend() != ConnectionTarget::Backend::Postgresql)
        throw Error(
            tr("database logins and roles are for a shared PostgreSQL database; a SQLite file is protected by "
               "its file permissions"));
}

bool role_exists(soci::session& sql, const std::string& role) {
    int n = 0;
    sql << "SELECT COUNT(*) FROM pg_roles WHERE rolname = :r", soci::use(role), soci::into(n);
    return n > 0;
}

bool is_member(soci::session& sql, const std::string& login, const std::string& role) {
    int n = 0;
    sql << "SELECT COUNT(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u"
           " ON u.oid = m.member WHERE r.rolname = :r AND u.rolname = :u",
        soci::use(role), soci::use(login), soci::into(n);
    return n > 0;
}

std::vector<std::string> public_tables(soci::session& sql) {
    std::vector<std::string> tables;
    std::string t;
    soci::statement st = (sql.prepare << "SELECT table_name FROM information_schema.tables"
                                         " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                                         " ORDER BY table_name",
                          soci::into(t));
    st.execute();
    while (st.fetch()) tables.push_back(t);
    return tables;
}

}  // namespace

RoleNames role_names(Database& db) {
    std::string database;
    db.sql() << "SELECT current_database()", soci::into(database);
    return {database + "_coordinator", database + "_teacher", database + "_door"};
}

void set_up_roles(Database& db) {
    require_postgresql(db);
    RoleNames names = role_names(db);
    db.transaction([&](soci::session& sql) {
        // Names are quoted by the server first: a statement being built
        // cannot run another query on the same connection midway.
        const std::string coordinator = identifier(sql, names.coordinator), teacher = identifier(sql, names.teacher),
                          door = identifier(sql, names.door);
        if (!role_exists(sql, names.coordinator)) sql << "CREATE ROLE " << coordinator << " NOLOGIN";
        if (!role_exists(sql, names.teacher)) sql << "CREATE ROLE " << teacher << " NOLOGIN";
        if (!role_exists(sql, names.door)) sql << "CREATE ROLE " << door << " NOLOGIN";
        std::string database;
        sql << "SELECT current_database()", soci::into(database);
        database = identifier(sql, database);
        const std::string readers = teacher + ", " + door, everyone = coordinator + ", " + readers;
        sql << "GRANT CONNECT ON DATABASE " << database << " TO " << everyone;
        sql << "GRANT USAGE ON SCHEMA public TO " << everyone;
        // From nothing each time, so what an older version granted and this
        // one does not is taken back (the door wrote turnout summaries once).
        sql << "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM " << readers;
        sql << "GRANT ALL ON ALL TABLES IN SCHEMA public TO " << coordinator;
        sql << "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO " << coordinator;
        // A family's history and a visit's earlier records are written by
        // the server alone (store/history_functions.h, migration 23); the
        // coordinator reads them, and clears a kept reflection when the
        // retention purge or an erasure asks.
        sql << "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_log FROM " << coordinator;
        sql << "REVOKE INSERT, DELETE, TRUNCATE ON home_visit_changes FROM " << coordinator;
        sql << "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " << readers;
        std::set<std::string> restricted;
        for (const auto& [table, columns] : kRestricted) {
            restricted.insert(table);
            sql << "REVOKE SELECT ON " << table << " FROM " << readers;
            sql << "GRANT SELECT (" << columns << ") ON " << table << " TO " << readers;
        }
        for (const auto& table : public_tables(sql)) {
            if (restricted.count(table) || kCoordinatorOnly.count(table)) continue;
            const std::string name = identifier(sql, table);
            sql << "GRANT SELECT ON " << name << " TO " << readers;
        }
        sql << "GRANT INSERT, UPDATE, DELETE ON " << kDoorWrites << " TO " << door;
        sql << "GRANT INSERT ON " << kWalkInWrites << " TO " << door;
        sql << "GRANT INSERT, UPDATE, DELETE ON " << kTeacherWrites << " TO " << teacher;
        sql << "GRANT SELECT ON contacts, home_visits, home_visit_changes TO " << teacher;
        std::string teacher_literal;
        sql << "SELECT quote_literal(CAST(:n AS text))", soci::use(names.teacher), soci::into(teacher_literal);
        set_up_policies(sql, {coordinator, teacher, door, teacher_literal});
    });
}

void refresh_roles_after_upgrade(Database& db) {
    if (db.backend() != ConnectionTarget::Backend::Postgresql) return;
    RoleNames names = role_names(db);
    if (!role_exists(db.sql(), names.coordinator)) return;  // roles never set up: nothing to refresh
    set_up_roles(db);
}

void grant_access(Database& db, const std::string& login, Access access, const std::string& password, Id person_id) {
    require_postgresql(db);
    RoleNames names = role_names(db);
    const std::string& group = access == Access::Door      ? names.door
                               : access == Access::Teacher ? names.teacher
                                                           : names.coordinator;
    if (access == Access::Teacher && person_id == 0)
        throw ValidationError(tr("--person"), tr("a teacher's login must name the person it belongs to"));
    // The password leaves this program only as a SCRAM hash made by libpq.
    std::string hash;
    if (!password.empty()) {
        auto* backend = static_cast<soci::postgresql_session_backend*>(db.sql().get_backend());
        char* made = PQencryptPasswordConn(backend->conn_, password.c_str(), login.c_str(), nullptr);
        if (!made) throw Error(tr("could not prepare the password for the server"));
        hash = made;
        PQfreemem(made);
    }
    db.transaction([&](soci::session& sql) {
        if (!role_exists(sql, group))
            throw Error(tr("this database has no FamilyNight roles yet; run \"familynight-cli db roles\" first"));
        const std::string who = identifier(sql, login);
        if (!role_exists(sql, login)) {
            if (hash.empty()) throw ValidationError(tr("password"), tr("a new login needs a password"));
            std::string create;
            sql << "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', CAST(:n AS text), CAST(:h AS text))",
                soci::use(login), soci::use(hash), soci::into(create);
            sql << create;
        }
        for (const auto& other : {names.coordinator, names.teacher, names.door}) {
            const std::string role = identifier(sql, other);
            if (other == group)
                sql << "GRANT " + role + " TO " + who;
            else if (is_member(sql, login, other))
                sql << "REVOKE " + role + " FROM " + who;
        }
        if (person_id) {
            soci::statement st =
                (sql.prepare << "UPDATE people SET login = :l WHERE id = :p", soci::use(login), soci::use(person_id));
            st.execute(true);
            if (st.get_affected_rows() == 0)
                throw NotFoundError(tr("no person with id {0}", {static_cast<long long>(person_id)}));
        }
    });
}

bool postgresql_login_exists(Database& db, const std::string& login) {
    require_postgresql(db);
    return role_exists(db.sql(), login);
}

Access postgresql_access(soci::session& sql) {
    // A login that may read guardians' phone numbers is a coordinator (the
    // tables' owner included); otherwise a teacher if it may add workshops.
    int contacts = 0, workshops = 0;
    sql << "SELECT CASE WHEN has_column_privilege('guardians', 'phone', 'SELECT') THEN 1 ELSE 0 END,"
           " CASE WHEN has_table_privilege('workshops', 'INSERT') THEN 1 ELSE 0 END",
        soci::into(contacts), soci::into(workshops);
    if (contacts) return Access::Coordinator;
    return workshops ? Access::Teacher : Access::Door;
}

}  // namespace fn::store
