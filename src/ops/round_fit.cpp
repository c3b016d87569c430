#include "ops/round_fit.h"

#include "core/calendar.h"
#include "core/errors.h"

namespace fn::ops {

void require_round_fits(const Event& e, const Round& r, const std::vector<Round>& rounds) {
    for (const auto& other : rounds)
        if (other.id != r.id && other.number == r.number)
            throw ConflictError(tr("the event already has a round {0}", {r.number}));
    if (minutes_of_day(r.start_time) < minutes_of_day(e.start_time) ||
        minutes_of_day(r.end_time) > minutes_of_day(e.end_time))
        throw ValidationError(tr("round times"), tr("{0}-{1} is outside the event's {2}-{3}",
                                                    {r.start_time, r.end_time, e.start_time, e.end_time}));
    // Touching is fine (18:00-18:40, then 18:40-19:20); sharing a minute is not.
    for (const auto& other : rounds)
        if (other.id != r.id && minutes_of_day(r.start_time) < minutes_of_day(other.end_time) &&
            minutes_of_day(other.start_time) < minutes_of_day(r.end_time))
            throw ConflictError(
                tr("round {0} ({1}-{2}) would overlap round {3} ({4}-{5}); a family picks one workshop "
                   "per round, so rounds follow each other",
                   {r.number, r.start_time, r.end_time, other.number, other.start_time, other.end_time}));
}

}  // namespace fn::ops
