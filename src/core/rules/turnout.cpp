#include "core/rules/turnout.h"

#include <map>

namespace fn {

Turnout compute_turnout(const std::vector<Rsvp>& rsvps, const std::vector<CheckIn>& checkins) {
    Turnout t;
    std::map<Id, const Rsvp*> yes;
    for (const auto& r : rsvps) {
        if (r.status != RsvpStatus::Yes) continue;
        yes[r.household_id] = &r;
        ++t.rsvp_households;
        t.expected_adults += r.adults;
        t.expected_children += static_cast<int>(r.child_ages.size());
    }
    std::map<Id, bool> came;
    for (const auto& c : checkins) {
        t.actual_adults += c.adults;
        t.actual_children += c.children;
        if (yes.count(c.household_id)) {
            came[c.household_id] = true;
        } else {
            ++t.walk_in_households;
            t.walk_in_people += c.adults + c.children;
        }
    }
    t.attended_households = static_cast<int>(came.size());
    for (const auto& [household, rsvp] : yes)
        if (!came.count(household)) {
            ++t.no_show_households;
            t.no_show_people += rsvp->people();
        }
    return t;
}

}  // namespace fn
