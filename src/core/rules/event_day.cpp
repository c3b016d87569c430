#include "core/rules/event_day.h"

namespace fn {

PastEventDateError::PastEventDateError(const std::string& date, const std::string& today)
    : ValidationError(tr("event date"), tr("{0} has already passed (today is {1}): to record an event that was already "
                                           "held, mark it as a past event",
                                           {date, today})),
      date_(date) {}

void check_event_day(const std::string& date, const std::string& today, EventDay day) {
    // Both are YYYY-MM-DD (checked where typed), so text order is day order.
    if (day == EventDay::Planned && date < today) throw PastEventDateError(date, today);
}

}  // namespace fn
