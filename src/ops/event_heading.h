#pragma once
// The heading every printed document starts with, loaded once.
#include "core/ids.h"
#include "core/sheets.h"

namespace soci {
class session;
}

namespace fn::ops {
EventHeading load_event_heading(soci::session& sql, Id event_id);
}  // namespace fn::ops
