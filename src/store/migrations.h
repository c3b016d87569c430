#pragma once
#include <string>
#include <vector>

namespace fn::store {

// One schema step. Never edit a migration that has shipped: add a new one.
struct Migration {
    int version;
    std::vector<std::string> statements;  // one SQL statement each
};

const std::vector<Migration>& sqlite_migrations();

// Version 21: on SQLite a no-op; on PostgreSQL the server-side door
// functions (store/door_functions.cpp) are made in its place.
extern const char* const kServerDoorFunctions;
// Version 23: the trigger that keeps a home visit's earlier record when it
// is recorded again; PostgreSQL has its own (postgresql_schema.cpp).
extern const char* const kKeepVisitChanges;
// Version 24: the school's random id (PostgreSQL has no randomblob).
extern const char* const kMakeSchoolId;
// Steps of version 8 that PostgreSQL says in its own words.
extern const char* const kFillDoorGuardians;
extern const char* const kFillDoorStudents;
// The index of search words by household (version 1), built again in one
// pass by a first roster import (store/household_store.cpp).
extern const char* const kSearchTermsByHousehold;
// Steps of version 17 that PostgreSQL leaves out (see postgresql_schema.cpp).
extern const char* const kRsvpsDoorIndex;
extern const char* const kCheckinsDoorIndex;

// The same schema for PostgreSQL (store/postgresql_schema.cpp): SQLite's
// steps translated to its dialect.
const std::vector<Migration>& postgresql_migrations();

// One SQLite schema statement in PostgreSQL's words: 64-bit identity ids,
// BIGINT references, no WITHOUT ROWID, byte-wise order for search words.
std::string postgresql_statement(const std::string& sqlite_statement);

}  // namespace fn::store
