#pragma once
// Whether a person would work two shifts at once: shared by signing up and
// by moving a shift. The rule itself is core's find_shift_clashes.
#include <optional>
#include <string>

#include "core/people.h"

namespace soci {
class session;
}

namespace fn::ops {

// Another shift of `person` on `date` that overlaps `start`-`end` (the shift
// `shift_id` itself aside), or nothing.
std::optional<Shift> overlapping_shift(soci::session& sql, Id person, Id shift_id, const std::string& date,
                                       const std::string& start, const std::string& end);

}  // namespace fn::ops
