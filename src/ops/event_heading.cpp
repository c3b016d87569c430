#include "ops/event_heading.h"

#include <soci/soci.h>

#include "store/event_store.h"
#include "store/settings_store.h"

namespace fn::ops {

EventHeading load_event_heading(soci::session& sql, Id event_id) {
    Event e = store::load_event(sql, event_id);
    const auto settings = store::load_settings(sql);
    return {settings.name, e.title(), e.date, e.start_time, e.end_time, e.place, settings.clock};
}

}  // namespace fn::ops
