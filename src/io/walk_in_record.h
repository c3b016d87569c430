#pragma once
// A walk-in family as typed at a door station, kept in its outbox as JSON
// until the shared database has it: code, languages, guardians (with the
// phone the volunteer wrote down) and students.
#include <string>

#include "core/household.h"

namespace fn::io {

std::string walk_in_record(const Household& h);
// Throws fn::Error when the text is not such a record.
Household household_from_walk_in_record(const std::string& text);

}  // namespace fn::io
