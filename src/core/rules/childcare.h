#pragma once
// Caregivers needed for the children dropped off at childcare, by age band.
#include <vector>

#include "core/rsvp.h"
#include "core/school.h"

namespace fn {

struct BandCount {
    ChildcareBand band;
    int children = 0;
    int caregivers_needed = 0;
};

struct ChildcareCount {
    std::vector<BandCount> bands;
    int children = 0;
    int outside_bands = 0;  // ages no band covers; the coordinator must decide
    int caregivers_needed = 0;
    int caregivers_signed_up = 0;
    int shortfall() const {
        return caregivers_needed > caregivers_signed_up ? caregivers_needed - caregivers_signed_up : 0;
    }
};

// Children of yes RSVPs who need childcare, per band, each band rounded up
// separately (two toddlers and two school-age children need two caregivers,
// not one). `caregivers_signed_up` is the coverage of the thinnest childcare
// shift, since childcare must be staffed all evening.
ChildcareCount count_childcare(const std::vector<Rsvp>& rsvps, const std::vector<ChildcareBand>& bands,
                               int caregivers_signed_up);

}  // namespace fn
