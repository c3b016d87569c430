#include "app/counts_dashboard.h"
#include "app/counted_words.h"

#include <wx/intl.h>

#include "app/rsvp_words.h"

#include <algorithm>
#include <map>

#include "app/language_choice.h"

namespace fn::app {
namespace {

const char *const kGood = "#1e6e28", *const kWarn = "#9a5200", *const kBad = "#aa1414";

wxString esc(const wxString& s) {
    wxString out = s;
    out.Replace("&", "&amp;");
    out.Replace("<", "&lt;");
    out.Replace(">", "&gt;");
    return out;
}
// A name or note as HTML text: its own "<" and "&" never become markup.
wxString html_text(const std::string& s) { return esc(wxString::FromUTF8(s)); }

// A short horizontal bar: `part` of `whole`, coloured by how full it is.
wxString bar(int part, int whole, const char* colour) {
    if (whole <= 0) return {};
    int pct = std::clamp(part * 100 / whole, 0, 100);
    wxString cells;
    if (pct > 0) cells << "<td width=\"" << pct << "%\" bgcolor=\"" << colour << "\">&nbsp;</td>";
    if (pct < 100) cells << "<td width=\"" << (100 - pct) << "%\" bgcolor=\"#e6e6e6\">&nbsp;</td>";
    return "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>" + cells + "</tr></table>";
}

wxString panel(const wxString& title, const wxString& figure, const wxString& body, const char* colour = kGood) {
    return "<td valign=\"top\" width=\"50%\"><table width=\"100%\" cellpadding=\"6\" bgcolor=\"#f6f6f6\"><tr><td>"
           "<font size=\"2\" color=\"#555555\"><b>" +
           title +
           "</b></font><br>"
           "<font size=\"6\" color=\"" +
           colour + "\"><b>" + figure + "</b></font><br>" + body + "</td></tr></table></td>";
}

wxString warning(const wxString& text) {
    return "<font color=\"" + wxString(kBad) + "\"><b>" + text + "</b></font><br>";
}

}  // namespace

wxString counts_dashboard_html(const ops::EventCounts& c) {
    std::vector<wxString> panels;

    wxString rsvp_body =
        wxString::Format(_("%s expected"), adults_and_children(c.rsvps.adults, c.rsvps.children)) + "<br>" +
        wxString::Format(_("%d maybe, %d no, %d cancelled"), c.rsvps.maybe, c.rsvps.no, c.rsvps.cancelled);
    panels.push_back(panel(
        _("RSVPs"), wxString::Format(wxPLURAL("%d family coming", "%d families coming", c.rsvps.yes), c.rsvps.yes),
        rsvp_body));

    if (c.event.dinner) {
        wxString body;
        for (const auto& [need, n] : c.dinner.by_need) body << meal_name(need) << ": <b>" << n << "</b><br>";
        body << wxString::Format(_("%d for RSVPs + %d for walk-ins (%d%%)"), c.dinner.rsvp_meals, c.dinner.buffer_meals,
                                 c.dinner.buffer.percent)
             << "<br>";
        for (const auto& note : c.dinner.allergy_notes)
            body << warning(wxString::Format(_("Allergy: %s"), html_text(note)));
        panels.push_back(panel(_("Dinner"), wxString::Format(_("%d meals"), c.dinner.total()), body));
    }

    {
        wxString body;
        int asking = 0;
        for (const auto& [lang, n] : c.rsvps.interpreters) {
            body << esc(language_label(lang)) << ": <b>" << wxString::Format(wxPLURAL("%d family", "%d families", n), n)
                 << "</b><br>";
            asking += n;
        }
        if (body.empty()) body = _("No family asked for an interpreter.");
        panels.push_back(
            panel(_("Interpreters"), wxString::Format(wxPLURAL("%d family", "%d families", asking), asking), body));
    }

    if (c.event.childcare) {
        wxString body;
        for (const auto& b : c.childcare.bands)
            if (b.children)
                body << wxString::Format(_("Ages %d-%d: %s, %s"), b.band.min_age, b.band.max_age,
                                         children_count(b.children), caregivers_count(b.caregivers_needed))
                     << "<br>";
        if (c.childcare.outside_bands)
            body << warning(wxString::Format(_("%d children are of an age no band covers"), c.childcare.outside_bands));
        body << wxString::Format(_("Caregivers: %d signed up of %d needed"), c.childcare.caregivers_signed_up,
                                 c.childcare.caregivers_needed)
             << bar(c.childcare.caregivers_signed_up, std::max(1, c.childcare.caregivers_needed),
                    c.childcare.shortfall() ? kBad : kGood);
        if (c.childcare.shortfall())
            body << warning(wxString::Format(
                wxPLURAL("%d more caregiver needed", "%d more caregivers needed", c.childcare.shortfall()),
                c.childcare.shortfall()));
        panels.push_back(
            panel(_("Childcare"), children_count(c.childcare.children), body, c.childcare.shortfall() ? kBad : kGood));
    }

    {
        int open = 0;
        for (const auto& r : c.volunteers.role_coverage) open += r.shortfall;
        wxString body;
        std::map<Id, std::string> names;
        for (const auto& r : c.volunteers.roles) names[r.id] = r.name;
        for (const auto& r : c.volunteers.role_coverage)
            body << html_text(names[r.role_id]) << ": " << r.signed_up << "/" << r.needed
                 << (r.shortfall ? " <font color=\"" + wxString(kBad) + "\">" +
                                       wxString::Format(_("(%d short)"), r.shortfall) + "</font>"
                                 : wxString())
                 << "<br>";
        wxString figure = c.volunteers.shifts.empty() ? _("no shifts yet")
                          : open                      ? wxString::Format(_("%d places open"), open)
                                                      : _("all covered");
        if (c.volunteers.shifts.empty()) body = _("Add shifts in the Volunteers tab (dinner, childcare, greeters...).");
        panels.push_back(panel(_("Volunteers"), figure, body, open || c.volunteers.shifts.empty() ? kWarn : kGood));
    }

    {
        int here = c.turnout.attended_households + c.turnout.walk_in_households;
        wxString body =
            wxString::Format(_("%d adults, %d children, %d walk-ins"), c.turnout.actual_adults,
                             c.turnout.actual_children, c.turnout.walk_in_households) +
            bar(c.turnout.attended_households, std::max(1, c.rsvps.yes), kGood) +
            wxString::Format(_("%d of %d RSVP families arrived"), c.turnout.attended_households, c.rsvps.yes);
        panels.push_back(panel(_("At the door"),
                               wxString::Format(wxPLURAL("%d family here", "%d families here", here), here), body));
    }

    wxString html = "<html><body><font size=\"5\"><b>" + html_text(c.event.title()) + "</b></font>&nbsp;&nbsp;" +
                    html_text(c.event.date) + " " + html_text(c.event.start_time) + "&ndash;" +
                    html_text(c.event.end_time) + "<table width=\"100%\" cellspacing=\"8\">";
    for (std::size_t i = 0; i < panels.size(); i += 2)
        html += "<tr>" + panels[i] + (i + 1 < panels.size() ? panels[i + 1] : wxString("<td></td>")) + "</tr>";
    html += "</table>";

    // Workshops by round: the round is named, so two workshops of the same title are told apart.
    if (!c.workshops.empty()) {
        html += "<font size=\"4\"><b>" + _("Workshops") + "</b></font><table width=\"100%\" cellspacing=\"4\">";
        for (const auto& r : c.rounds) {
            html += "<tr><td colspan=\"3\"><b>" +
                    wxString::Format(_("Round %d (%s)"), r.number, html_text(r.start_time)) + "</b></td></tr>";
            for (const auto& w : c.workshops) {
                if (w.round_id != r.id) continue;
                bool full = w.capacity && w.seats_taken >= w.capacity;
                wxString seats = w.capacity ? wxString::Format(wxPLURAL("%d of %d seat", "%d of %d seats", w.capacity),
                                                               w.seats_taken, w.capacity)
                                            : wxString::Format(_("%d (no limit)"), w.seats_taken);
                if (w.households_waiting)
                    seats += " <font color=\"" + wxString(kWarn) + "\">" +
                             wxString::Format(_("%d waiting"), w.households_waiting) + "</font>";
                html += "<tr><td width=\"45%\">" + html_text(w.title) + "</td><td width=\"30%\">" +
                        (w.capacity ? bar(w.seats_taken, w.capacity, full ? kWarn : kGood) : wxString()) + "</td><td>" +
                        seats + "</td></tr>";
            }
        }
        html += "</table>";
    }
    return html + "</body></html>";
}

}  // namespace fn::app
