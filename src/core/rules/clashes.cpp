#include "core/rules/clashes.h"

#include "core/calendar.h"

namespace fn {

std::vector<Clash> find_workshop_clashes(const std::vector<Workshop>& workshops) {
    std::vector<Clash> clashes;
    for (std::size_t i = 0; i < workshops.size(); ++i)
        for (std::size_t j = i + 1; j < workshops.size(); ++j) {
            const auto& a = workshops[i];
            const auto& b = workshops[j];
            if (a.round_id != b.round_id) continue;
            if (a.room_id != 0 && a.room_id == b.room_id) clashes.push_back({ClashKind::Room, a.id, b.id, a.room_id});
            for (Id p : a.presenter_ids)
                for (Id q : b.presenter_ids)
                    if (p == q) clashes.push_back({ClashKind::Presenter, a.id, b.id, p});
        }
    return clashes;
}

std::vector<Clash> find_shift_clashes(const std::vector<ShiftBooking>& bookings) {
    std::vector<Clash> clashes;
    for (std::size_t i = 0; i < bookings.size(); ++i)
        for (std::size_t j = i + 1; j < bookings.size(); ++j) {
            const auto& a = bookings[i];
            const auto& b = bookings[j];
            if (a.person_id != b.person_id || a.date != b.date || a.shift_id == b.shift_id) continue;
            bool overlap = minutes_of_day(a.start_time) < minutes_of_day(b.end_time) &&
                           minutes_of_day(b.start_time) < minutes_of_day(a.end_time);
            if (overlap) clashes.push_back({ClashKind::Volunteer, a.shift_id, b.shift_id, a.person_id});
        }
    return clashes;
}

}  // namespace fn
