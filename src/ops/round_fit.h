#pragma once
// Where a round may sit in its event: a number of its own, inside the
// event's hours, and not overlapping another round (a family picks one
// workshop per round: two rounds at once would ask them to be in two rooms).
#include <vector>

#include "core/event.h"

namespace fn::ops {

// Throws ConflictError or ValidationError naming the round and why; `rounds`
// are the event's (the round itself among them, by id, is skipped).
void require_round_fits(const Event& e, const Round& r, const std::vector<Round>& rounds);

}  // namespace fn::ops
