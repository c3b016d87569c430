#pragma once
#include "core/school.h"

namespace fn::store {
class Database;
}

namespace fn::ops {
SchoolSettings load_settings(store::Database& db);
void save_settings(store::Database& db, const SchoolSettings& s);  // validates first
}  // namespace fn::ops
