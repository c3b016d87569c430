#pragma once
// What the login behind a connection may do. A SQLite file belongs to whoever
// can open it (the coordinator); on a shared PostgreSQL database the login's
// group role decides (store/postgresql_roles.h): a door station reads names,
// codes, RSVPs and counts and writes door operations only; a teacher also
// changes their own workshops and signs up for shifts.
#include <string>

namespace soci {
class session;
}

namespace fn::store {

enum class Access { Coordinator, Teacher, Door };

// The access remembered for this connection (Coordinator when none was).
Access access_of(soci::session& sql);
// The server's name of this connection's login (PostgreSQL), or "" on a file.
std::string server_login(soci::session& sql);
// Remembers it, learnt as the connection was opened (no round trip later).
void remember_login(soci::session& sql, const std::string& login);
void remember_access(soci::session& sql, Access access);
void forget_access(soci::session& sql);

// `column` when this connection may read families' and staff's phone
// numbers, e-mail and addresses, else an empty text in its place: the
// server refuses a door login those columns, so its queries must not name
// them.
std::string contact_column(soci::session& sql, const std::string& column);

}  // namespace fn::store
