#include "ops/seat_loss.h"

#include <algorithm>

#include "ops/seating_view.h"
#include "store/event_store.h"
#include "store/household_store.h"
#include "store/rsvp_store.h"

namespace fn::ops {
namespace {

Text moved_in_words(const std::vector<SeatMoved>& moved) {
    std::string names;
    for (const auto& m : moved) names += (names.empty() ? "" : ", ") + m.family + " ('" + m.workshop + "')";
    return tr(
        "{0} families who were told their seat is reserved would move to the waitlist: {1}. Confirm to move "
        "them (and tell them), or keep more seats",
        {static_cast<long long>(moved.size()), names});
}

}  // namespace

SeatsWouldMoveError::SeatsWouldMoveError(std::vector<SeatMoved> moved)
    : ConflictError(moved_in_words(moved)), moved_(std::move(moved)) {}

std::vector<SeatMoved> seats_lost(soci::session& sql, Id event_id, const std::vector<Workshop>& workshops,
                                  const std::vector<Room>& rooms, SeatChange change) {
    const auto rsvps = store::rsvps_of_event(sql, event_id);
    const auto before = seat_plans(store::workshops_of(sql, event_id), store::rooms_of(sql, event_id), rsvps);
    const auto after = seat_plans(workshops, rooms, rsvps);
    std::vector<SeatMoved> moved;
    for (const auto& [workshop_id, plan] : before) {
        auto now = after.find(workshop_id);
        if (now == after.end()) continue;  // removed: said by the removal itself
        for (Id h : plan.seated) {
            const auto& seated = now->second.seated;
            if (std::find(seated.begin(), seated.end(), h) != seated.end()) continue;
            const Id id = workshop_id;  // C++20 lets a lambda capture a structured binding; clang before 16 cannot
            auto w = std::find_if(workshops.begin(), workshops.end(), [&](const Workshop& x) { return x.id == id; });
            moved.push_back({h, store::load_household(sql, h).family_name(), w == workshops.end() ? "" : w->title()});
        }
    }
    if (!moved.empty() && change == SeatChange::KeepEveryoneSeated) throw SeatsWouldMoveError(moved);
    return moved;
}

}  // namespace fn::ops
