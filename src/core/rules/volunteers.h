#pragma once
// Volunteer shortfall per shift and per role.
#include <vector>

#include "core/ids.h"

namespace fn {

struct ShiftCoverage {
    Id shift_id = 0;
    Id role_id = 0;
    int needed = 0;
    int signed_up = 0;
    int shortfall() const { return needed > signed_up ? needed - signed_up : 0; }
    // Signed up beyond the need (asked for first): not counted as places filled.
    int over() const { return signed_up > needed ? signed_up - needed : 0; }
    int filled() const { return signed_up - over(); }
};

struct RoleCoverage {
    Id role_id = 0;
    int needed = 0;
    int signed_up = 0;
    // Sum of the shifts' shortfalls: an extra person at 5 pm does not cover
    // an empty slot at 7 pm.
    int shortfall = 0;
};

std::vector<RoleCoverage> coverage_by_role(const std::vector<ShiftCoverage>& shifts);

}  // namespace fn
