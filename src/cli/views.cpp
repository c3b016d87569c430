#include "cli/views.h"

#include "print/name_check.h"

#include <fmt/format.h>

#include <map>

namespace fn::cli {
namespace {

std::string clash_text(const Clash& c) {
    switch (c.kind) {
        case ClashKind::Room:
            return fmt::format("room {} is used by workshops {} and {} in the same round", c.subject, c.first,
                               c.second);
        case ClashKind::Presenter:
            return fmt::format("presenter {} runs workshops {} and {} in the same round", c.subject, c.first, c.second);
        case ClashKind::Volunteer:
            return fmt::format("volunteer {} has overlapping shifts {} and {}", c.subject, c.first, c.second);
    }
    return {};
}

std::string plural(int n, const char* one, const char* many) { return fmt::format("{} {}", n, n == 1 ? one : many); }

std::string seats(int taken, int capacity) {
    return capacity ? fmt::format("{}/{}", taken, capacity) : fmt::format("{}/open", taken);
}

}  // namespace

nlohmann::json event_json(const Event& e) {
    nlohmann::json texts = nlohmann::json::object();
    for (const auto& [lang, t] : e.texts) texts[lang] = {{"title", t.title}, {"description", t.description}};
    return {{"id", e.id},
            {"kind", to_string(e.kind)},
            {"texts", texts},
            {"date", e.date},
            {"start", e.start_time},
            {"end", e.end_time},
            {"place", e.place},
            {"rsvp_deadline", e.rsvp_deadline},
            {"dinner", e.dinner},
            {"childcare", e.childcare},
            {"childcare_ages", {e.childcare_min_age, e.childcare_max_age}},
            {"status", to_string(e.status)}};
}

nlohmann::json plan_json(const ops::EventPlan& p) {
    nlohmann::json j = {{"event", event_json(p.event)}};
    j["rounds"] = nlohmann::json::array();
    for (const auto& r : p.rounds)
        j["rounds"].push_back({{"id", r.id}, {"number", r.number}, {"start", r.start_time}, {"end", r.end_time}});
    j["rooms"] = nlohmann::json::array();
    for (const auto& r : p.rooms) j["rooms"].push_back({{"id", r.id}, {"name", r.name}, {"capacity", r.capacity}});
    j["workshops"] = nlohmann::json::array();
    for (const auto& w : p.workshops)
        j["workshops"].push_back({{"id", w.id},
                                  {"round_id", w.round_id},
                                  {"room_id", w.room_id},
                                  {"title", w.title()},
                                  {"subject", to_string(w.subject)},
                                  {"grades", w.grade_band},
                                  {"capacity", w.capacity},
                                  {"languages", w.languages},
                                  {"presenters", w.presenter_ids}});
    j["clashes"] = nlohmann::json::array();
    for (const auto& c : p.clashes) j["clashes"].push_back(clash_text(c));
    return j;
}

std::string plan_text(const ops::EventPlan& p) {
    const auto& e = p.event;
    std::string t =
        fmt::format("Event {}: {} ({})\n{} {}-{} at {}  [{}]\n", e.id, e.title(), to_string(e.kind), e.date,
                    e.start_time, e.end_time, e.place.empty() ? "(place not set)" : e.place, to_string(e.status));
    if (!e.rsvp_deadline.empty()) t += "RSVP by " + e.rsvp_deadline + "\n";
    if (e.dinner) t += "Free dinner\n";
    if (e.childcare) t += fmt::format("Childcare for ages {}-{}\n", e.childcare_min_age, e.childcare_max_age);
    for (const auto& [lang, text] : e.texts)
        if (lang != "en") t += fmt::format("  [{}] {}\n", lang, text.title);
    t += "Rooms:";
    for (const auto& r : p.rooms) t += fmt::format(" {} ({} seats);", r.name, r.capacity);
    t += "\n";
    for (const auto& r : p.rounds) {
        t += fmt::format("Round {} {}-{}\n", r.number, r.start_time, r.end_time);
        for (const auto& w : p.workshops) {
            if (w.round_id != r.id) continue;
            std::string room = "(no room)";
            for (const auto& rm : p.rooms)
                if (rm.id == w.room_id) room = rm.name;
            t += fmt::format("  {:>4}  {:<40} {:<14} {} {}\n", w.id, w.title(), room, to_string(w.subject),
                             w.grade_band);
        }
    }
    for (const auto& c : p.clashes) t += "CLASH: " + clash_text(c) + "\n";
    return t;
}

nlohmann::json household_json(const Household& h) {
    nlohmann::json guardians = nlohmann::json::array(), students = nlohmann::json::array();
    for (const auto& g : h.guardians)
        guardians.push_back({{"name", g.name},
                             {"phone", g.phone},
                             {"email", g.email},
                             {"preferred_contact", to_string(g.preferred_contact)},
                             {"language", g.language}});
    for (const auto& s : h.students)
        students.push_back({{"student_number", s.student_number},
                            {"first_name", s.first_name},
                            {"last_name", s.last_name},
                            {"grade", s.grade},
                            {"homeroom", s.homeroom}});
    return {{"id", h.id},
            {"code", h.code},
            {"family_name", h.family_name()},
            {"language", h.language},
            {"language_to_confirm", h.language_to_confirm},
            {"address", h.address},
            {"notes", h.notes},
            {"walk_in", h.walk_in},
            {"guardians", guardians},
            {"students", students}};
}

std::string household_line(const Household& h) {
    std::string guardians = h.guardian_names(), students;
    for (const auto& s : h.students) students += (students.empty() ? "" : ", ") + s.first_name + " (" + s.grade + ")";
    return fmt::format("{}  {:<18} {}  [{}]  {}", h.code, h.family_name(), guardians, h.language, students);
}

std::string household_text(const Household& h) {
    std::string t = fmt::format("Family {} (code {}, id {}){}\nLanguage: {}\n", h.family_name(), h.code, h.id,
                                h.walk_in ? " - first came as a walk-in" : "", h.language);
    if (!h.address.empty()) t += "Address: " + h.address + "\n";
    for (const auto& g : h.guardians)
        t +=
            fmt::format("Guardian: {}  phone {}  email {}  prefers {}  ({})\n", g.name, g.phone.empty() ? "-" : g.phone,
                        g.email.empty() ? "-" : g.email, to_string(g.preferred_contact), g.language);
    for (const auto& s : h.students)
        t += fmt::format("Student:  {} {}  grade {}  homeroom {}  #{}\n", s.first_name, s.last_name, s.grade,
                         s.homeroom, s.student_number.empty() ? "-" : s.student_number);
    if (!h.notes.empty()) t += "Notes: " + h.notes + "\n";
    return t;
}

nlohmann::json board_json(const ops::VolunteerBoard& b) {
    nlohmann::json roles = nlohmann::json::array();
    for (const auto& r : b.roles) {
        nlohmann::json shifts = nlohmann::json::array();
        for (const auto& s : b.shifts) {
            if (s.role_id != r.id) continue;
            int n = 0;
            for (const auto& g : b.signups) n += g.shift_id == s.id;
            shifts.push_back(
                {{"id", s.id}, {"start", s.start_time}, {"end", s.end_time}, {"needed", s.needed}, {"signed_up", n}});
        }
        int shortfall = 0;
        for (const auto& rc : b.role_coverage)
            if (rc.role_id == r.id) shortfall = rc.shortfall;
        roles.push_back({{"id", r.id},
                         {"kind", to_string(r.kind)},
                         {"name", r.name},
                         {"shifts", shifts},
                         {"shortfall", shortfall}});
    }
    return roles;
}

std::string board_text(const ops::VolunteerBoard& b) {
    std::string t;
    for (const auto& r : b.roles) {
        t += fmt::format("{} [{}] (role {})\n", r.name, to_string(r.kind), r.id);
        for (const auto& s : b.shift_coverage) {
            if (s.role_id != r.id) continue;
            for (const auto& sh : b.shifts)
                if (sh.id == s.shift_id)
                    t += fmt::format("  shift {:>4}  {}-{}  {}/{} signed up{}\n", sh.id, sh.start_time, sh.end_time,
                                     s.signed_up, s.needed,
                                     s.shortfall() ? fmt::format("  NEED {} MORE", s.shortfall())
                                     : s.over()    ? fmt::format("  {} OVER", s.over())
                                                   : "");
        }
    }
    return t.empty() ? "No volunteer roles yet." : t;
}

nlohmann::json counts_json(const ops::EventCounts& c) {
    nlohmann::json meals = nlohmann::json::object();
    for (const auto& [need, n] : c.dinner.by_need) meals[to_string(need)] = n;
    nlohmann::json bands = nlohmann::json::array();
    for (const auto& b : c.childcare.bands)
        bands.push_back({{"ages", {b.band.min_age, b.band.max_age}},
                         {"children", b.children},
                         {"caregivers", b.caregivers_needed}});
    nlohmann::json workshops = nlohmann::json::array();
    for (const auto& w : c.workshops)
        workshops.push_back({{"id", w.workshop_id},
                             {"title", w.title},
                             {"capacity", w.capacity},
                             {"seats_taken", w.seats_taken},
                             {"households_seated", w.households_seated},
                             {"households_waiting", w.households_waiting}});
    nlohmann::json clashes = nlohmann::json::array();
    for (const auto& cl : c.clashes) clashes.push_back(clash_text(cl));
    return {
        {"event", event_json(c.event)},
        {"rsvps",
         {{"yes", c.rsvps.yes},
          {"no", c.rsvps.no},
          {"maybe", c.rsvps.maybe},
          {"cancelled", c.rsvps.cancelled},
          {"adults", c.rsvps.adults},
          {"children", c.rsvps.children},
          {"interpreters", c.rsvps.interpreters}}},
        {"dinner",
         {{"by_need", meals},
          {"allergies", c.dinner.allergy_notes},
          {"rsvp_meals", c.dinner.rsvp_meals},
          {"buffer_percent", c.dinner.buffer.percent},
          {"buffer_learned", c.dinner.buffer.learned},
          {"buffer_meals", c.dinner.buffer_meals},
          {"total", c.dinner.total()}}},
        {"childcare",
         {{"children", c.childcare.children},
          {"bands", bands},
          {"outside_bands", c.childcare.outside_bands},
          {"caregivers_needed", c.childcare.caregivers_needed},
          {"caregivers_signed_up", c.childcare.caregivers_signed_up},
          {"shortfall", c.childcare.shortfall()}}},
        {"workshops", workshops},
        {"volunteers", board_json(c.volunteers)},
        {"clashes", clashes},
        {"turnout",
         {{"checked_in_households", c.turnout.attended_households + c.turnout.walk_in_households},
          {"walk_in_households", c.turnout.walk_in_households},
          {"no_show_households", c.turnout.no_show_households},
          {"adults", c.turnout.actual_adults},
          {"children", c.turnout.actual_children}}},
        {"headcount_total", c.headcount_total},
    };
}

std::string counts_text(const ops::EventCounts& c) {
    std::string t = fmt::format("{} - {}\n", c.event.title(), c.event.date);
    t += fmt::format("RSVPs: {} yes, {} maybe, {} no, {} cancelled; expecting {} adults and {} children\n", c.rsvps.yes,
                     c.rsvps.maybe, c.rsvps.no, c.rsvps.cancelled, c.rsvps.adults, c.rsvps.children);
    for (const auto& [lang, n] : c.rsvps.interpreters)
        t += fmt::format("  interpreter needed: {} for {}\n", lang, plural(n, "family", "families"));
    if (c.event.dinner) {
        t += fmt::format("Dinner: {} meals ({} from RSVPs + {} for walk-ins at {}%{})\n", c.dinner.total(),
                         c.dinner.rsvp_meals, c.dinner.buffer_meals, c.dinner.buffer.percent,
                         c.dinner.buffer.learned
                             ? ", learned from " + plural(c.dinner.buffer.events_used, "past event", "past events")
                             : "");
        for (const auto& [need, n] : c.dinner.by_need) t += fmt::format("  {:<11} {}\n", to_string(need), n);
        std::map<std::string, int> allergies;  // the caterer needs each allergy once, with how many
        for (const auto& note : c.dinner.allergy_notes) ++allergies[note];
        for (const auto& [note, n] : allergies) t += fmt::format("  allergy: {} x{}\n", note, n);
    }
    if (c.event.childcare) {
        t += fmt::format("Childcare: {} children, {} caregivers needed, {} signed up{}\n", c.childcare.children,
                         c.childcare.caregivers_needed, c.childcare.caregivers_signed_up,
                         c.childcare.shortfall() ? fmt::format(" - SHORT {}", c.childcare.shortfall()) : "");
        for (const auto& b : c.childcare.bands)
            t += fmt::format("  ages {}-{}: {} children, {} caregivers (1:{})\n", b.band.min_age, b.band.max_age,
                             b.children, b.caregivers_needed, b.band.children_per_caregiver);
        if (c.childcare.outside_bands)
            t += fmt::format("  {} children outside every age band\n", c.childcare.outside_bands);
    }
    if (!c.workshops.empty()) t += "Workshops:\n";
    for (const auto& w : c.workshops)
        t += fmt::format("  {:>4}  {:<40} {:>9} seats{}\n", w.workshop_id, w.title, seats(w.seats_taken, w.capacity),
                         w.households_waiting ? fmt::format(", {} waiting", w.households_waiting) : "");
    int short_total = 0;
    for (const auto& r : c.volunteers.role_coverage) short_total += r.shortfall;
    t += fmt::format("Volunteers: {}\n",
                     short_total ? fmt::format("{} shift places still open", short_total) : "all shifts covered");
    for (const auto& r : c.volunteers.roles)
        for (const auto& rc : c.volunteers.role_coverage)
            if (rc.role_id == r.id && rc.shortfall) t += fmt::format("  {}: need {} more\n", r.name, rc.shortfall);
    for (const auto& cl : c.clashes) t += "CLASH: " + clash_text(cl) + "\n";
    int in = c.turnout.attended_households + c.turnout.walk_in_households;
    if (in || c.headcount_total)
        t += fmt::format("At the door: {} families checked in ({} walk-ins), {} adults, {} children{}\n", in,
                         c.turnout.walk_in_households, c.turnout.actual_adults, c.turnout.actual_children,
                         c.headcount_total ? fmt::format("; rally headcount {}", c.headcount_total) : "");
    return t;
}

std::string unprintable_names_note(const Household& h, nlohmann::json& j) {
    std::string text;
    for (const auto& n : printing::names_that_will_not_print(h)) {
        j["will_not_print"].push_back({{"name", n.name}, {"characters", n.characters}});
        text += fmt::format(
            "\nNote: printed documents will show '{}' with [?] for {} (no font on this computer draws "
            "it): write it in by hand, or spell it another way.",
            n.name, n.characters);
    }
    return text;
}

std::string roster_summary_text(const ops::RosterImportSummary& s) {
    std::string text = fmt::format(
        "{}{} rows: {} households created, {} updated, {} unchanged; {} students added, {} updated; "
        "{} guardians added, {} updated",
        s.dry_run ? "Dry run (nothing written): " : "Imported ", s.rows, s.households_created, s.households_updated,
        s.households_unchanged, s.students_added, s.students_updated, s.guardians_added, s.guardians_updated);
    // The dry run lists every grouping and its reason, to check before importing.
    if (s.dry_run && !s.groupings.empty()) {
        text += fmt::format("\nRows put together in one household ({}):", s.groupings.size());
        for (const auto& g : s.groupings) text += "\n  " + g;
    }
    if (!s.departed.empty()) {
        text += fmt::format("\n{} ({}):",
                            s.departures_marked ? (s.dry_run ? "Would be marked as left" : "Marked as left today")
                                                : "At the school but not in this roster",
                            s.departed.size());
        for (const auto& d : s.departed)
            text += fmt::format("\n  #{} {} ({}{})", d.student_number, d.name, d.grade,
                                d.homeroom.empty() ? "" : ", " + d.homeroom);
        if (!s.departures_marked)
            text +=
                "\nRun the import again with --mark-left to mark them as left (or --partial if this file "
                "lists only some students).";
        else if (s.households_now_inactive)
            text += fmt::format(
                "\n{} households have no student at the school any more: not offered at the door, "
                "on RSVP slips or in backpack mail.",
                s.households_now_inactive);
    }
    if (s.students_returned)
        text += fmt::format("\nBack at the school: {} students marked as left before.", s.students_returned);
    if (!s.preset.empty()) text += "\nRecognised as a " + s.preset + " student export";
    if (!s.not_enrolled.empty()) text += fmt::format("\nNot enrolled, not imported ({}):", s.not_enrolled.size());
    for (const auto& n : s.not_enrolled)
        text += n.left_on.empty() ? fmt::format("\n  line {}: {} (enrollment status {})", n.line, n.student, n.status)
                                  : fmt::format("\n  line {}: {} (left the school {})", n.line, n.student, n.left_on);
    if (!s.languages_to_confirm.empty())
        text += fmt::format(
            "\nLanguages to confirm ({}): imported, papers in the language shown until someone sets "
            "the family's language (family edit CODE --language LANGUAGE):",
            s.languages_to_confirm.size());
    for (const auto& l : s.languages_to_confirm)
        text += fmt::format("\n  line {}: {}: \"{}\" is not a language FamilyNight can read; papers in {} meanwhile",
                            l.line, l.student, l.as_written, l.language);
    if (!s.guessed_columns.empty()) {
        text += "\nColumns matched by a guess (confirm with --yes, or name them with --map):";
        for (const auto& c : s.guessed_columns) text += "\n  " + c;
    }
    if (!s.unused_columns.empty()) {
        text += "\nColumns not used:";
        for (const auto& c : s.unused_columns) text += " \"" + c + "\"";
    }
    return text;
}

nlohmann::json roster_summary_json(const ops::RosterImportSummary& s) {
    nlohmann::json departed = nlohmann::json::array();
    for (const auto& d : s.departed)
        departed.push_back({{"household", d.household_id},
                            {"student_number", d.student_number},
                            {"name", d.name},
                            {"grade", d.grade},
                            {"homeroom", d.homeroom}});
    nlohmann::json not_enrolled = nlohmann::json::array();
    for (const auto& n : s.not_enrolled)
        not_enrolled.push_back(
            {{"line", n.line}, {"student", n.student}, {"status", n.status}, {"left_on", n.left_on}});
    nlohmann::json to_confirm = nlohmann::json::array();
    for (const auto& l : s.languages_to_confirm)
        to_confirm.push_back(
            {{"line", l.line}, {"student", l.student}, {"as_written", l.as_written}, {"language", l.language}});
    return {{"dry_run", s.dry_run},
            {"rows", s.rows},
            {"households_created", s.households_created},
            {"languages_to_confirm", to_confirm},
            {"households_updated", s.households_updated},
            {"households_unchanged", s.households_unchanged},
            {"students_added", s.students_added},
            {"students_updated", s.students_updated},
            {"guardians_added", s.guardians_added},
            {"guardians_updated", s.guardians_updated},
            {"unused_columns", s.unused_columns},
            {"guessed_columns", s.guessed_columns},
            {"groupings", s.groupings},
            {"preset", s.preset},
            {"not_enrolled", not_enrolled},
            {"partial", s.partial},
            {"departed", departed},
            {"departures_marked", s.departures_marked},
            {"households_now_inactive", s.households_now_inactive},
            {"students_returned", s.students_returned}};
}

}  // namespace fn::cli
