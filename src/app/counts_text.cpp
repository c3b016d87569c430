#include "app/counts_text.h"

#include <fmt/format.h>

namespace fn::app {

std::string counts_summary(const ops::EventCounts& c) {
    std::string t = fmt::format("{}  {}  {}-{}\n\n", c.event.title(), c.event.date, c.event.start_time, c.event.end_time);
    t += fmt::format("RSVPs          {} yes, {} maybe, {} no, {} cancelled\n", c.rsvps.yes, c.rsvps.maybe, c.rsvps.no,
                     c.rsvps.cancelled);
    t += fmt::format("Expected       {} adults, {} children\n", c.rsvps.adults, c.rsvps.children);
    if (c.event.dinner)
        t += fmt::format("Dinner         {} meals ({} RSVP + {} walk-in buffer at {}%)\n", c.dinner.total(),
                         c.dinner.rsvp_meals, c.dinner.buffer_meals, c.dinner.buffer.percent);
    for (const auto& [need, n] : c.dinner.by_need) t += fmt::format("                 {:<11} {}\n", to_string(need), n);
    if (c.event.childcare)
        t += fmt::format("Childcare      {} children, {} caregivers needed, {} signed up{}\n", c.childcare.children,
                         c.childcare.caregivers_needed, c.childcare.caregivers_signed_up,
                         c.childcare.shortfall() ? fmt::format("  SHORT {}", c.childcare.shortfall()) : "");
    if (!c.workshops.empty()) t += "\nWorkshops\n";
    for (const auto& w : c.workshops)
        t += fmt::format("  {:<40} {:>3}/{:<4} {}\n", w.title, w.seats_taken, w.capacity ? std::to_string(w.capacity) : "open",
                         w.households_waiting ? fmt::format("{} waiting", w.households_waiting) : "");
    int open = 0;
    for (const auto& r : c.volunteers.role_coverage) open += r.shortfall;
    t += fmt::format("\nVolunteers     {}\n", open ? fmt::format("{} shift places open", open) : "all shifts covered");
    t += fmt::format("At the door    {} families, {} adults, {} children ({} walk-ins)\n",
                     c.turnout.attended_households + c.turnout.walk_in_households, c.turnout.actual_adults,
                     c.turnout.actual_children, c.turnout.walk_in_households);
    return t;
}

}  // namespace fn::app
