#pragma once
// Row-level security and triggers of a shared PostgreSQL database: which
// rows each group of logins may change (store/postgresql_policies.cpp).
#include <string>

namespace soci {
class session;
}

namespace fn::store {

struct PolicyRoles {
    std::string coordinator, teacher, door;  // quoted identifiers
    std::string teacher_literal;             // the teacher group's name as a quoted SQL literal
};

// Creates or replaces the policies, their helper functions and triggers,
// inside the caller's transaction; run by the database's owner.
void set_up_policies(soci::session& sql, const PolicyRoles& roles);

}  // namespace fn::store
