#pragma once
// Children handed to the childcare room at the door: the guardian keeps a
// pickup code (the stub of a printed tag pair, or one made up on the spot)
// and only that code takes the children back out.
#include <string>

#include "core/ids.h"

namespace fn {

struct ChildcareDropOff {
    Id id = 0;
    Id event_id = 0;
    Id household_id = 0;
    int children = 0;
    std::string pickup_code;   // 4 letters/digits from the family-code alphabet
    std::string dropped_at;    // timestamp
    std::string picked_up_at;  // empty while the children are in care
    bool in_care() const { return picked_up_at.empty(); }
};

inline constexpr std::size_t kPickupCodeLength = 4;

}  // namespace fn
