#pragma once
// Moving a school: every FamilyNight table copied from one database to
// another, across backends (a SQLite file to the district's PostgreSQL
// server, or back), in one transaction on the target, with the row counts
// of every table checked before it commits.
#include <string>
#include <vector>

namespace fn::store {

class Database;

struct CopiedTable {
    std::string table;
    long long rows = 0;
};

// Both databases are at the latest schema (opening them saw to it). Refuses
// (fn::ConflictError) a target that already holds families, events or
// people: copying never merges.
std::vector<CopiedTable> copy_database(Database& from, Database& to);

}  // namespace fn::store
