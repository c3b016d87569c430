#include "ops/shift_overlap.h"

#include <soci/soci.h>

#include <vector>

#include "core/rules/clashes.h"
#include "store/people_store.h"

namespace fn::ops {

std::optional<Shift> overlapping_shift(soci::session& sql, Id person, Id shift_id, const std::string& date,
                                       const std::string& start, const std::string& end) {
    std::vector<ShiftBooking> bookings{{person, shift_id, date, start, end}};
    for (const auto& other : store::shifts_of_person_on(sql, person, date))
        if (other.shift_id != shift_id)
            bookings.push_back({person, other.shift_id, other.date, other.start_time, other.end_time});
    for (const auto& c : find_shift_clashes(bookings))
        if (c.first == shift_id || c.second == shift_id)
            return store::find_shift(sql, c.first == shift_id ? c.second : c.first);
    return std::nullopt;
}

}  // namespace fn::ops
