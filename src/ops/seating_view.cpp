#include "ops/seating_view.h"

#include <algorithm>

#include "store/event_store.h"
#include "store/rsvp_store.h"

namespace fn::ops {

int effective_capacity(const Workshop& w, const std::vector<Room>& rooms) {
    if (w.capacity > 0) return w.capacity;
    auto room = std::find_if(rooms.begin(), rooms.end(), [&](const Room& r) { return r.id == w.room_id; });
    return room == rooms.end() ? 0 : room->capacity;
}

std::map<Id, SeatPlan> seat_plans(soci::session& sql, Id event_id) {
    std::map<Id, SeatPlan> plans;
    auto rooms = store::rooms_of(sql, event_id);
    for (const auto& w : store::workshops_of(sql, event_id)) {
        std::vector<SeatRequest> requests;
        for (const auto& q : store::queue_of_workshop(sql, w.id)) requests.push_back({q.household_id, q.adults});
        plans[w.id] = assign_seats(effective_capacity(w, rooms), requests);
    }
    return plans;
}

}  // namespace fn::ops
