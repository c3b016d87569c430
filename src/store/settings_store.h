#pragma once
#include "core/school.h"

namespace soci {
class session;
}

namespace fn::store {

// Missing keys keep SchoolSettings' defaults.
SchoolSettings load_settings(soci::session& sql);
void save_settings(soci::session& sql, const SchoolSettings& s);

}  // namespace fn::store
