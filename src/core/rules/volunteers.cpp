#include "core/rules/volunteers.h"

#include <algorithm>

namespace fn {

std::vector<RoleCoverage> coverage_by_role(const std::vector<ShiftCoverage>& shifts) {
    std::vector<RoleCoverage> roles;
    for (const auto& s : shifts) {
        auto it =
            std::find_if(roles.begin(), roles.end(), [&](const RoleCoverage& r) { return r.role_id == s.role_id; });
        if (it == roles.end()) it = roles.insert(roles.end(), RoleCoverage{s.role_id, 0, 0, 0});
        it->needed += s.needed;
        it->signed_up += s.signed_up;
        it->shortfall += s.shortfall();
    }
    return roles;
}

}  // namespace fn
