#include "reports/human_dates.h"
#include "reports/plan_documents.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/errors.h"
#include "reports/pdf_document.h"
#include "reports/table_writer.h"

namespace fn::reports {
namespace {

std::string when(const EventHeading& h) {
    return staff_date(h.date) + "  " + staff_times(h.start_time, h.end_time, clock_setting(h.clock)) +
           (h.place.empty() ? "" : "  \xC2\xB7  " + h.place);
}

TitleBlock title_block(const EventHeading& h, const std::string& label, const std::string& subtitle = "") {
    return {h.school_name, h.event_title, subtitle.empty() ? when(h) : when(h) + "   " + subtitle, label,
            h.event_title + " \xC2\xB7 " + staff_date(h.date)};
}

}  // namespace

UnprintedTexts write_volunteer_schedule(const VolunteerSchedule& s, PaperSize paper, const std::string& path) {
    PdfDocument pdf(paper, "Volunteer schedule: " + s.heading.event_title + " " + staff_date(s.heading.date));
    TableWriter table(pdf, title_block(s.heading, "Volunteers"),
                      {{"Time", 70}, {"Role", 120}, {"Needed", 50, true}, {"Volunteers and contacts", 300}});
    if (s.shifts.empty()) table.row({"", "", "", "No volunteer shifts planned yet."});
    for (const auto& shift : s.shifts) {
        std::string who;
        for (const auto& p : shift.people) who += (who.empty() ? "" : "\n") + p;
        int open = shift.needed - static_cast<int>(shift.people.size());
        if (open > 0) who += (who.empty() ? "" : "\n") + fmt::format("OPEN: {} more needed", open);
        table.row({staff_times(shift.start_time, shift.end_time, clock_setting(s.heading.clock)), shift.role,
                   std::to_string(shift.needed), who},
                  true);
    }
    table.finish();
    return pdf.save(path);
}

UnprintedTexts write_room_signs(const RoomSigns& signs, PaperSize paper, const std::string& path) {
    if (signs.rooms.empty()) throw Error("no room has a workshop yet, so there is no sign to print");
    PdfDocument pdf(paper, "Room signs: " + signs.heading.event_title + " " + staff_date(signs.heading.date));
    for (const auto& room : signs.rooms) {
        HPDF_Page page = pdf.add_page();
        double x = 54, w = pdf.page_width() - 108, y = pdf.page_height() - 72;
        pdf.draw_fitted(page, x, y - 14, w, signs.heading.event_title + "  \xC2\xB7  " + staff_date(signs.heading.date),
                        14, 8);
        pdf.draw_fitted(page, x, y - 80, w, room.room, 60, 20, true);
        pdf.line(page, x, y - 100, x + w, y - 100, 2);
        y -= 150;
        for (const auto& slot : room.slots) {
            pdf.draw_fitted(
                page, x, y, w,
                fmt::format("Round {}  \xC2\xB7  {}", slot.round,
                            staff_times(slot.start_time, slot.end_time, clock_setting(signs.heading.clock))),
                18, 10, true);
            // The workshop is what a family looks for at the door: a long title
            // takes three lines before it shrinks, and the presenter is always
            // set smaller than it.
            double size = 30;
            auto lines = pdf.wrap(page, slot.workshop, w, size, true);
            while (lines.size() > 3 && size > 18) lines = pdf.wrap(page, slot.workshop, w, size -= 2, true);
            for (const auto& l : lines) {
                y -= size * 1.15;
                pdf.draw_fitted(page, x, y - 6, w, l, size, 12, true);
            }
            if (!slot.presenters.empty()) {
                double presenter = std::min(20.0, size * 0.7);
                y -= presenter + 10;
                pdf.draw_fitted(page, x, y, w, slot.presenters, presenter, 10);
            }
            y -= 56;
            if (y < 120) break;  // more rounds than fit on a sign: the first ones matter at the door
        }
    }
    return pdf.save(path);
}

UnprintedTexts write_presenter_rosters(const PresenterRosters& rosters, PaperSize paper, const std::string& path) {
    if (rosters.workshops.empty()) throw Error("the event has no workshops yet, so there is no roster to print");
    PdfDocument pdf(paper,
                    "Presenter rosters: " + rosters.heading.event_title + " " + staff_date(rosters.heading.date));
    for (const auto& ws : rosters.workshops) {
        std::string sub = fmt::format("Round {} {}", ws.round,
                                      staff_times(ws.start_time, ws.end_time, clock_setting(rosters.heading.clock))) +
                          (ws.room.empty() ? "" : "  \xC2\xB7  " + ws.room);
        TitleBlock title = title_block(rosters.heading, "Roster");
        title.title = ws.workshop;
        title.subtitle = rosters.heading.event_title + "  \xC2\xB7  " + staff_date(rosters.heading.date) +
                         "  \xC2\xB7  " + sub + (ws.presenters.empty() ? "" : "  \xC2\xB7  " + ws.presenters);
        TableWriter table(pdf, title,
                          {{"Family", 150},
                           {"Guardians", 190},
                           {"Adults", 50, true},
                           {"Language", 60, true},
                           {"Interpreter", 80, true}});
        table.section(fmt::format("Seated: {} famil{}{}", ws.seated.size(), ws.seated.size() == 1 ? "y" : "ies",
                                  ws.capacity ? fmt::format(" ({} seats)", ws.capacity) : ""));
        for (const auto& l : ws.seated)
            table.row({l.family_name, l.guardians, std::to_string(l.adults), l.language, l.interpreter}, true);
        if (!ws.waiting.empty()) {
            table.section(fmt::format("Waitlist, in order: {}", ws.waiting.size()));
            for (const auto& l : ws.waiting)
                table.row({l.family_name, l.guardians, std::to_string(l.adults), l.language, l.interpreter}, true);
        }
        table.finish();
    }
    return pdf.save(path);
}

}  // namespace fn::reports
