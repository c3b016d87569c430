#include "ops/turnout_upkeep.h"

#include <soci/soci.h>

#include "store/attendance_store.h"
#include "store/event_store.h"

namespace fn::ops {

void after_attendance_change(soci::session& sql, Id event_id) {
    if (store::event_status(sql, event_id) == EventStatus::Done) store::refresh_turnout_summary(sql, event_id);
}

}  // namespace fn::ops
