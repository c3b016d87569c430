#pragma once
// Remembers who waits for a workshop seat, so a family seated later (a
// cancellation, a bigger room) is told "a place opened for you"
// (ops/message_ops.h). Seats themselves are never stored (seating_view.h):
// this keeps only who has waited. Inside the caller's transaction.
#include "core/ids.h"

namespace soci {
class session;
}

namespace fn::ops {

void remember_who_waits(soci::session& sql, Id event_id);

}  // namespace fn::ops
