#pragma once
// Least privilege on a shared PostgreSQL database. Three group roles per
// database, named after it (school_coordinator, school_teacher,
// school_door), and logins that are members of one of them:
//   door:        reads names, codes, RSVPs, plans and counts, never a phone
//                number, e-mail or address; writes door operations (check-ins,
//                walk-ins, corrections, childcare, attendance, head counts).
//   teacher:     reads the same; adds workshops, changes and removes the
//                workshops they present (row-level security), signs up for
//                shifts.
//   coordinator: everything.
#include <string>

#include "core/ids.h"
#include "store/access.h"

namespace fn::store {

class Database;

struct RoleNames {
    std::string coordinator, teacher, door;
};
RoleNames role_names(Database& db);

// Creates the three roles (when missing) and grants them their privileges
// and row policies; safe to run again after an upgrade adds tables. Needs a
// login that owns the tables and may create roles.
void set_up_roles(Database& db);

// Makes `login` a member of the role for `access` (creating the login with
// `password` when it does not exist; the password goes to the server as a
// SCRAM hash, never in plain text). A teacher's login is tied to the person
// `person_id` so "their own workshops" are the ones that person presents.
void grant_access(Database& db, const std::string& login, Access access, const std::string& password, Id person_id);

bool postgresql_login_exists(Database& db, const std::string& login);

// After an upgrade added tables or columns: when this database's roles were
// set up, grants them again (set_up_roles), so door and teacher logins keep
// working with the new schema without anyone running `db roles`. The login
// that upgraded owns the tables, which is all GRANT needs.
void refresh_roles_after_upgrade(Database& db);

// What the connected login may do (PostgreSQL only).
Access postgresql_access(soci::session& sql);

}  // namespace fn::store
