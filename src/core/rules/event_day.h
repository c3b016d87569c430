#pragma once
// An event is planned for a day to come. A day that has already passed is
// taken only when the coordinator says the event is being recorded after it
// was held (a night run before the school used FamilyNight, entered for its
// attendance and Title I evidence): a past date typed by mistake ("2025" for
// "2026") would otherwise publish an invitation nobody can answer and leave
// the real night unplanned.
#include <string>

#include "core/errors.h"

namespace fn {

enum class EventDay { Planned, RecordedAfterwards };

// A planned event's date that has passed; the field is "event date".
class PastEventDateError : public ValidationError {
public:
    PastEventDateError(const std::string& date, const std::string& today);
    const std::string& date() const { return date_; }

private:
    std::string date_;
};

// Throws PastEventDateError when `date` is before `today` (both YYYY-MM-DD)
// and the event is only planned; today itself is still to come.
void check_event_day(const std::string& date, const std::string& today, EventDay day);

}  // namespace fn
