#pragma once
// Workshop seats, first come first served, with a waitlist.
#include <vector>

#include "core/ids.h"

namespace fn {

struct SeatRequest {
    Id household_id = 0;
    int seats = 1;  // adults attending the workshop
};

struct SeatPlan {
    std::vector<Id> seated;
    std::vector<Id> waitlisted;  // in the order they will be promoted
    int seats_taken = 0;
};

// Seats households in request order while they fit. Strictly first come:
// once a household does not fit, everyone after it waits too, so a small
// household never jumps the queue past a larger one that asked earlier.
// Capacity 0 means no limit.
SeatPlan assign_seats(int capacity, const std::vector<SeatRequest>& in_request_order);

// Households seated in `after` that were waiting in `before`.
std::vector<Id> promoted_between(const SeatPlan& before, const SeatPlan& after);

}  // namespace fn
