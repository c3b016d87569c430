#include "app/counts_text.h"
#include "app/counted_words.h"
#include "app/wx_text.h"

#include <wx/intl.h>

#include "app/rsvp_words.h"

namespace fn::app {
namespace {

// "Label          value": labels padded so the values line up in the
// panel's fixed-width font, whatever the language.
wxString line(const wxString& label, const wxString& value) {
    wxString padded = label;
    padded.Pad(label.length() < 18 ? 18 - label.length() : 1);
    return padded + value + "\n";
}

}  // namespace

wxString counts_summary(const ops::EventCounts& c) {
    wxString t = wxString::Format("%s  %s  %s-%s\n\n", u(c.event.title()), u(c.event.date), u(c.event.start_time),
                                  u(c.event.end_time));
    t += line(_("RSVPs"), wxString::Format(_("%d yes, %d maybe, %d no, %d cancelled"), c.rsvps.yes, c.rsvps.maybe,
                                           c.rsvps.no, c.rsvps.cancelled));
    t += line(_("Expected"), wxString::Format(_("%d adults, %d children"), c.rsvps.adults, c.rsvps.children));
    if (c.event.dinner) {
        t += line(_("Dinner"), wxString::Format(_("%d meals (%d RSVP + %d walk-in buffer at %d%%)"), c.dinner.total(),
                                                c.dinner.rsvp_meals, c.dinner.buffer_meals, c.dinner.buffer.percent));
        for (const auto& [need, n] : c.dinner.by_need)
            t += line("", wxString::Format("  %-20s %d", meal_name(need), n));
    }
    if (c.event.childcare) {
        wxString care =
            wxString::Format(_("%s, %s needed, %d signed up"), children_count(c.childcare.children),
                             caregivers_count(c.childcare.caregivers_needed), c.childcare.caregivers_signed_up);
        if (c.childcare.shortfall()) care += wxString::Format(_("  SHORT %d"), c.childcare.shortfall());
        t += line(_("Childcare"), care);
    }
    if (!c.workshops.empty()) t += "\n" + _("Workshops") + "\n";
    for (const auto& w : c.workshops) {
        wxString seats = w.capacity ? wxString::Format("%d/%d", w.seats_taken, w.capacity)
                                    : wxString::Format(_("%d (no limit)"), w.seats_taken);
        wxString waiting = w.households_waiting ? wxString::Format(_("%d waiting"), w.households_waiting) : wxString();
        wxString title = u(w.title);
        title.Pad(title.length() < 40 ? 40 - title.length() : 1);
        t += "  " + title + " " + seats.Pad(seats.length() < 9 ? 9 - seats.length() : 1) + waiting + "\n";
    }
    int open = 0;
    for (const auto& r : c.volunteers.role_coverage) open += r.shortfall;
    t += "\n" + line(_("Volunteers"), c.volunteers.shifts.empty() ? _("no shifts planned yet")
                                      : open                      ? wxString::Format(_("%d shift places open"), open)
                                                                  : _("all shifts covered"));
    t += line(_("At the door"),
              wxString::Format(_("%d families, %d adults, %d children (%d walk-ins)"),
                               c.turnout.attended_households + c.turnout.walk_in_households, c.turnout.actual_adults,
                               c.turnout.actual_children, c.turnout.walk_in_households));
    return t;
}

}  // namespace fn::app
