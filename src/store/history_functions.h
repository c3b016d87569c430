#pragma once
// A family's history on a shared PostgreSQL server is written by the server
// alone: no login (a coordinator's included) may INSERT, UPDATE or DELETE
// audit_log rows. Lines come through one SECURITY DEFINER function that
// takes who wrote them from the connection and the time from the server's
// clock, accepts only known operations and subjects, and lets a door login
// write only the walk-in lines of the family it is registering; a family's
// lines go only once it is erased, through a second function.
#include <string>
#include <vector>

namespace fn::store {

// The CREATE FUNCTION statements (schema version 23 on PostgreSQL).
std::vector<std::string> history_function_definitions();

}  // namespace fn::store
