#include "ops/seat_waits.h"

#include "ops/clock.h"
#include "ops/seating_view.h"
#include "store/message_log_store.h"

namespace fn::ops {

void remember_who_waits(soci::session& sql, Id event_id) {
    const std::string now = now_timestamp();
    for (const auto& [workshop, plan] : seat_plans(sql, event_id))
        for (Id household : plan.waitlisted) store::note_seat_wait(sql, event_id, workshop, household, now);
}

}  // namespace fn::ops
