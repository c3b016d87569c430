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

std::map<Id, SeatPlan> seat_plans(const std::vector<Workshop>& workshops, const std::vector<Room>& rooms,
                                  const std::vector<Rsvp>& rsvps) {
    // Yes-RSVP picks per workshop, in the order they were made.
    std::map<Id, std::vector<std::pair<long long, SeatRequest>>> queues;
    for (const auto& r : rsvps) {
        if (r.status != RsvpStatus::Yes) continue;
        for (const auto& p : r.picks) queues[p.workshop_id].push_back({p.requested_seq, {r.household_id, r.adults}});
    }
    std::map<Id, SeatPlan> plans;
    for (const auto& w : workshops) {
        auto& queue = queues[w.id];
        std::sort(queue.begin(), queue.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<SeatRequest> requests;
        requests.reserve(queue.size());
        for (const auto& [seq, request] : queue) requests.push_back(request);
        plans[w.id] = assign_seats(effective_capacity(w, rooms), requests);
    }
    return plans;
}

std::map<Id, SeatPlan> seat_plans(soci::session& sql, Id event_id) {
    return seat_plans(store::workshops_of(sql, event_id), store::rooms_of(sql, event_id),
                      store::rsvps_of_event(sql, event_id));
}

}  // namespace fn::ops
