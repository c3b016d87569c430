#include "core/rules/childcare.h"

namespace fn {

ChildcareCount count_childcare(const std::vector<Rsvp>& rsvps, const std::vector<ChildcareBand>& bands,
                               int caregivers_signed_up) {
    ChildcareCount c;
    c.caregivers_signed_up = caregivers_signed_up;
    for (const auto& b : bands) c.bands.push_back({b, 0, 0});
    for (const auto& r : rsvps) {
        if (r.status != RsvpStatus::Yes) continue;
        for (int age : r.childcare_ages) {
            ++c.children;
            bool placed = false;
            for (auto& bc : c.bands)
                if (age >= bc.band.min_age && age <= bc.band.max_age) {
                    ++bc.children;
                    placed = true;
                    break;
                }
            if (!placed) ++c.outside_bands;
        }
    }
    for (auto& bc : c.bands) {
        int per = bc.band.children_per_caregiver;
        bc.caregivers_needed = (bc.children + per - 1) / per;
        c.caregivers_needed += bc.caregivers_needed;
    }
    return c;
}

}  // namespace fn
