#pragma once
#include <string>

#include "core/school.h"

namespace fn::store {
class Database;
}

namespace fn::ops {
SchoolSettings load_settings(store::Database& db);
void save_settings(store::Database& db, const SchoolSettings& s);  // validates first

// The school's wording for one printed label in one language; an empty text
// removes the override (the built-in catalog's wording returns).
void set_label(store::Database& db, const std::string& language, const std::string& key, const std::string& text);
}  // namespace fn::ops
