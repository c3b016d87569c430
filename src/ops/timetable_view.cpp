#include "ops/timetable_view.h"

#include <algorithm>
#include <map>

#include "ops/seating_view.h"
#include "store/database.h"
#include "store/people_store.h"
#include "store/rsvp_store.h"

namespace fn::ops {
namespace {

template <typename T>
std::size_t index_of(const std::vector<T>& items, Id id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
    return static_cast<std::size_t>(it - items.begin());
}

}  // namespace

bool TimetableView::has_roomless() const {
    for (const auto& row : cells)
        if (!row.back().empty()) return true;
    return false;
}

TimetableView load_timetable(Database& db, Id event_id) {
    auto plan = load_event_plan(db, event_id);
    // Only the seat plans: the other counts are not shown here.
    auto plans = seat_plans(plan.workshops, plan.rooms, store::rsvps_of_event(db.sql(), event_id));
    std::map<Id, std::string> names;
    for (const auto& p : store::list_people(db.sql())) names[p.id] = p.name;

    TimetableView view;
    view.rounds = plan.rounds;
    std::sort(view.rounds.begin(), view.rounds.end(),
              [](const Round& a, const Round& b) { return a.number < b.number; });
    view.rooms = plan.rooms;
    view.cells.assign(view.rounds.size(), std::vector<std::vector<TimetableSlot>>(view.rooms.size() + 1));
    for (const auto& w : plan.workshops) {
        TimetableSlot slot;
        slot.workshop_id = w.id;
        slot.title = w.title();
        slot.languages = w.languages;
        for (Id p : w.presenter_ids) slot.presenters += (slot.presenters.empty() ? "" : ", ") + names[p];
        slot.capacity = effective_capacity(w, plan.rooms);
        if (auto it = plans.find(w.id); it != plans.end()) {
            slot.seats_taken = it->second.seats_taken;
            slot.waiting = static_cast<int>(it->second.waitlisted.size());
        }
        for (const auto& c : plan.clashes)
            if (c.first == w.id || c.second == w.id) slot.clash = true;
        std::size_t row = index_of(view.rounds, w.round_id);
        std::size_t col = w.room_id ? index_of(view.rooms, w.room_id) : view.rooms.size();
        if (row < view.rounds.size()) view.cells[row][col].push_back(slot);
    }
    auto title = [&](Id id) { return "'" + plan.workshops[index_of(plan.workshops, id)].title() + "'"; };
    for (const auto& c : plan.clashes) {
        if (c.kind == ClashKind::Room)
            view.clashes.push_back(
                tr("{0} holds both {1} and {2} in the same round",
                   {plan.rooms[index_of(plan.rooms, c.subject)].name, title(c.first), title(c.second)}));
        else
            view.clashes.push_back(tr("{0} presents both {1} and {2} in the same round",
                                      {names[c.subject], title(c.first), title(c.second)}));
    }
    return view;
}

std::vector<Room> free_rooms(const EventPlan& plan, Id round_id, Id except_workshop) {
    std::vector<Room> free;
    for (const auto& room : plan.rooms) {
        bool taken = std::any_of(plan.workshops.begin(), plan.workshops.end(), [&](const Workshop& w) {
            return w.id != except_workshop && w.round_id == round_id && w.room_id == room.id;
        });
        if (!taken) free.push_back(room);
    }
    return free;
}

}  // namespace fn::ops
