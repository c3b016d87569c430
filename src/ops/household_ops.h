#pragma once
// Use cases for the families directory and the search box at the door.
#include <optional>
#include <string>
#include <vector>

#include "core/household.h"

namespace soci {
class session;
}

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

// A family code no household has yet.
std::string new_family_code(Database& db);
// A fresh code not yet checked against the directory, for a write that
// checks it where no one else can take it first (a walk-in on a shared
// server, settle_family_code) and draws again when it is taken.
std::string unchecked_family_code();
// Inside the transaction that stores `h`: keeps its code if free; a code
// that was drawn (not typed) and has been taken meanwhile is drawn again; a
// typed one that is taken is refused.
void settle_family_code(soci::session& sql, Household& h, bool drawn);

// Gives the household a fresh family code when it has none.
Id add_household(Database& db, Household h);
void update_household(Database& db, const Household& h);
Household load_household(Database& db, Id id);
// Sets the family's language from a code or a name as people type it
// ("Farsi", "fa-AF", "Inglés"), which confirms a value a roster could not
// read; guardians who followed the family's language follow it. Refuses
// what cannot be read.
void set_family_language(Database& db, Id household_id, const std::string& typed);
std::optional<Household> find_by_family_code(Database& db, const std::string& typed_code);

// Type-ahead search: every typed word must start a guardian's or student's
// name word, or the family code; accents and case are ignored. An exact
// family code comes first. At most `limit` households, by family name.
std::vector<Household> search_households(Database& db, const std::string& text, int limit = 20);

// Households already in the directory that are probably the family being
// typed as new (fn::likely_same_family), so a walk-in is not registered twice.
std::vector<Household> likely_same_families(Database& db, const Household& typed, int limit = 5);
// The same inside a transaction (the walk-in's own, so the check and the
// new household are one write).
std::vector<Household> likely_same_families_within(soci::session& sql, const Household& typed, int limit = 5);

// The whole directory by family name (for listings and exports).
std::vector<Household> list_households(Database& db, int limit = 0, int offset = 0);

}  // namespace fn::ops
