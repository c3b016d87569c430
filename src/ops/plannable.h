#pragma once
// Shared by the operations that change an event's plan: the event must
// exist, and a cancelled or finished event can no longer be changed.
#include "core/errors.h"
#include "core/event.h"
#include "store/event_store.h"

namespace fn::ops {

inline Event require_event(soci::session& sql, Id id) { return store::load_event(sql, id); }

inline void require_plannable(const Event& e) {
    if (e.status == EventStatus::Cancelled || e.status == EventStatus::Done)
        throw ConflictError(e.status == EventStatus::Done
                                ? tr("the event '{0}' is done; it can no longer be changed", {e.title()})
                                : tr("the event '{0}' was cancelled; it can no longer be changed", {e.title()}));
}

inline Event require_plannable(soci::session& sql, Id event_id) {
    Event e = require_event(sql, event_id);
    require_plannable(e);
    return e;
}

}  // namespace fn::ops
