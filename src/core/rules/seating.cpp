#include "core/rules/seating.h"

#include <algorithm>

namespace fn {

SeatPlan assign_seats(int capacity, const std::vector<SeatRequest>& in_request_order) {
    SeatPlan plan;
    bool queue_started = false;
    for (const auto& r : in_request_order) {
        int seats = std::max(1, r.seats);
        bool fits = capacity == 0 || plan.seats_taken + seats <= capacity;
        if (!queue_started && fits) {
            plan.seated.push_back(r.household_id);
            plan.seats_taken += seats;
        } else {
            queue_started = true;
            plan.waitlisted.push_back(r.household_id);
        }
    }
    return plan;
}

std::vector<Id> promoted_between(const SeatPlan& before, const SeatPlan& after) {
    std::vector<Id> promoted;
    for (Id h : after.seated)
        if (std::find(before.waitlisted.begin(), before.waitlisted.end(), h) != before.waitlisted.end())
            promoted.push_back(h);
    return promoted;
}

}  // namespace fn
