#pragma once
// Keeps the stored turnout summary of a done event in step with its RSVPs
// and check-ins (sign-in sheets are often typed in the day after).
#include "core/ids.h"

namespace soci {
class session;
}

namespace fn::ops {
void after_attendance_change(soci::session& sql, Id event_id);
}  // namespace fn::ops
