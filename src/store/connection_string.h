#pragma once
// Which database a connection string names: a SQLite file, or a shared
// PostgreSQL database given as a postgresql:// URI or libpq key=value pairs.
#include <string>

namespace fn::store {

struct ConnectionTarget {
    enum class Backend { Sqlite3, Postgresql } backend = Backend::Sqlite3;
    std::string location;  // file path for SQLite, libpq connection string for PostgreSQL
};

// "sqlite3://PATH" or a plain file path means SQLite; "postgresql://..." or
// "postgres://..." (a libpq URI) and "host=... dbname=..." (libpq key=value
// pairs, recognised by a first word that is a libpq keyword) mean PostgreSQL.
// Throws fn::Error for anything else that looks like a URI.
ConnectionTarget parse_connection_string(const std::string& connection);

// A libpq key=value string for a shared database typed as its parts, each
// value quoted as libpq reads it. Throws ValidationError naming the part
// when the server or database is missing or the port (empty: the default)
// is not a port number.
std::string postgresql_connection(const std::string& server, const std::string& port, const std::string& database,
                                  const std::string& user);
// `value` with every byte but letters, digits and -_.~ as %XX (URI form).
std::string percent_encoded(const std::string& value);
// The same string with a password added (kept in memory, never saved).
std::string with_password(const std::string& connection, const std::string& password);

// The connection string with any password taken out, to show on screen, in
// the recent-files list or in a message (passwords belong in ~/.pgpass).
std::string without_password(const std::string& connection);

}  // namespace fn::store
