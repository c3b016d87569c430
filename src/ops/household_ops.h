#pragma once
// Use cases for the families directory and the search box at the door.
#include <optional>
#include <string>
#include <vector>

#include "core/household.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

// A family code no household has yet.
std::string new_family_code(Database& db);

// Gives the household a fresh family code when it has none.
Id add_household(Database& db, Household h);
void update_household(Database& db, const Household& h);
Household load_household(Database& db, Id id);
std::optional<Household> find_by_family_code(Database& db, const std::string& typed_code);

// Type-ahead search: every typed word must start a guardian's or student's
// name word, or the family code; accents and case are ignored. An exact
// family code comes first. At most `limit` households, by family name.
std::vector<Household> search_households(Database& db, const std::string& text, int limit = 20);

// The whole directory by family name (for listings and exports).
std::vector<Household> list_households(Database& db, int limit = 0, int offset = 0);

}  // namespace fn::ops
