#include "ops/print_ops.h"

#include <soci/soci.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/document_texts.h"
#include "core/errors.h"
#include "core/rules/grades.h"
#include "core/text.h"
#include "ops/clock.h"
#include "ops/counts_ops.h"
#include "ops/evaluation_ops.h"
#include "ops/event_heading.h"
#include "ops/plan_print_ops.h"
#include "ops/reach_ops.h"
#include "ops/seating_view.h"
#include "store/database.h"
#include "store/event_store.h"
#include "store/household_store.h"
#include "store/people_store.h"
#include "store/rsvp_store.h"
#include "store/settings_store.h"

namespace fn::ops {

namespace {
// Rows for the given households, by family name with accents ignored.
std::vector<SignInRow> sign_in_rows(soci::session& sql, const std::vector<Id>& ids, const std::vector<Rsvp>& rsvps) {
    std::vector<std::pair<std::string, SignInRow>> keyed;
    for (const auto& h : store::load_households(sql, ids)) {
        auto r = std::find_if(rsvps.begin(), rsvps.end(), [&](const Rsvp& x) { return x.household_id == h.id; });
        SignInRow row;
        row.family_name = h.family_name();
        row.guardians = h.guardian_names_for_paper();
        row.language = h.language;
        if (r != rsvps.end()) {
            row.adults = r->adults;
            row.children = static_cast<int>(r->child_ages.size());
        }
        keyed.emplace_back(fold_for_search(row.family_name + " " + row.guardians), std::move(row));
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<SignInRow> rows;
    for (auto& [key, row] : keyed) rows.push_back(std::move(row));
    return rows;
}

// The language most of the rows read besides English, among those the
// sheet's words are written in; "" when there is none.
std::string most_read_besides_english(const std::vector<SignInRow>& rows) {
    std::map<std::string, int> readers;
    for (const auto& row : rows)
        if (row.language != "en" && has_document_texts(row.language)) ++readers[row.language];
    std::string most;
    for (const auto& [language, n] : readers)
        if (most.empty() || n > readers[most]) most = language;
    return most;
}
}  // namespace

SignInSheet load_sign_in_sheet(store::Database& db, Id event_id, int blank_rows) {
    if (blank_rows < 0 || blank_rows > 500) throw ValidationError(tr("blank rows"), tr("must be between 0 and 500"));
    auto& sql = db.sql();
    SignInSheet sheet;
    sheet.heading = load_event_heading(sql, event_id);
    sheet.blank_rows = blank_rows;

    auto rsvps = store::rsvps_of_event(sql, event_id);
    std::vector<Id> ids;
    for (const auto& r : rsvps)
        if (r.status == RsvpStatus::Yes) ids.push_back(r.household_id);
    sheet.rows = sign_in_rows(sql, ids, rsvps);
    sheet.second_language = most_read_besides_english(sheet.rows);
    return sheet;
}

std::vector<SignInSheet> load_workshop_sign_in_sheets(store::Database& db, Id event_id, int blank_rows) {
    auto base = load_sign_in_sheet(db, event_id, blank_rows);
    base.rows.clear();
    auto& sql = db.sql();
    auto rounds = store::rounds_of(sql, event_id);
    auto rooms = store::rooms_of(sql, event_id);
    auto workshops = store::workshops_of(sql, event_id);
    auto rsvps = store::rsvps_of_event(sql, event_id);
    auto plans = seat_plans(workshops, rooms, rsvps);
    std::vector<SignInSheet> sheets;
    for (const auto& r : rounds)
        for (const auto& w : workshops) {
            if (w.round_id != r.id) continue;
            SignInSheet sheet = base;
            std::string room = "(no room)";
            for (const auto& rm : rooms)
                if (rm.id == w.room_id) room = rm.name;
            sheet.subtitle = "Workshop: " + w.title() + "  \xC2\xB7  Round " + std::to_string(r.number) + " " +
                             r.start_time + "-" + r.end_time + "  \xC2\xB7  " + room;
            sheet.rows = sign_in_rows(sql, plans[w.id].seated, rsvps);
            sheet.second_language = most_read_besides_english(sheet.rows);
            sheets.push_back(std::move(sheet));
        }
    return sheets;
}

HeadcountSheet load_headcount_sheet(store::Database& db, Id event_id) {
    auto counts = compute_counts(db, event_id);
    HeadcountSheet sheet;
    sheet.heading = load_event_heading(db.sql(), event_id);
    sheet.dinner = counts.event.dinner;
    sheet.childcare = counts.event.childcare;
    sheet.meals = counts.dinner;
    sheet.children = counts.childcare;
    sheet.rsvp_households = counts.rsvps.yes;
    sheet.prepared_at = now_timestamp().substr(0, 16);
    return sheet;
}

Flyer load_flyer(store::Database& db, Id event_id, const std::vector<std::string>& languages) {
    if (languages.empty() || languages.size() > 2)
        throw ValidationError(tr("languages"), tr("a flyer has one or two languages, e.g. es,en"));
    if (languages.size() == 2 && languages[0] == languages[1])
        throw ValidationError(tr("languages"),
                              tr("{0} is named twice; give two different languages, or one", {quoted(languages[0])}));
    auto& sql = db.sql();
    auto settings = store::load_settings(sql);
    Event e = store::load_event(sql, event_id);
    Flyer f;
    f.school_name = settings.name;
    f.clock = settings.clock;
    // One line under the school's name: how families reach the school.
    std::string address = settings.address;
    for (auto& c : address)
        if (c == '\n') c = ',';
    f.school_contact = address + (address.empty() || settings.phone.empty() ? "" : "  \xC2\xB7  ") + settings.phone;
    f.logo_path = settings.logo_path;
    f.date = e.date;
    f.start_time = e.start_time;
    f.end_time = e.end_time;
    f.rsvp_deadline = e.rsvp_deadline;
    f.dinner = e.dinner;
    f.childcare = e.childcare;
    f.childcare_min_age = e.childcare_min_age;
    f.childcare_max_age = e.childcare_max_age;
    auto rounds = store::rounds_of(sql, event_id);
    auto rooms = store::rooms_of(sql, event_id);
    auto workshops = store::workshops_of(sql, event_id);
    std::map<Id, std::string> people;
    for (const auto& p : store::list_people(sql)) people[p.id] = p.name;
    auto room_names = store::room_names_of(sql, event_id);
    for (const auto& lang : languages) {
        std::set<Id> untranslated_rooms;
        FlyerSide side{
            lang, labels_for(lang, school_wording(settings.label_overrides, lang)), e.title(lang), {}, {}, e.place, {}};
        if (auto p = e.places.find(lang); p != e.places.end())
            side.place = p->second;
        else if (lang != "en")
            side.in_english.place = !e.place.empty();
        auto own = e.texts.find(lang);
        bool has_title = own != e.texts.end() && !own->second.title.empty();
        bool has_description = own != e.texts.end() && !own->second.description.empty();
        if (has_description)
            side.description = own->second.description;
        else if (auto en = e.texts.find("en"); en != e.texts.end())
            side.description = en->second.description;
        if (lang != "en") {
            side.in_english.title = !has_title;
            side.in_english.description = !has_description && !side.description.empty();
        }
        for (const auto& r : rounds) {
            FlyerRound fr{r.number, r.start_time, r.end_time, {}};
            for (const auto& w : workshops) {
                if (w.round_id != r.id) continue;
                FlyerWorkshop fw{w.title(lang), {}, {}};
                if (lang != "en" && (!w.texts.count(lang) || w.texts.at(lang).title.empty()))
                    ++side.in_english.workshop_titles;
                for (Id p : w.presenter_ids) fw.presenters += (fw.presenters.empty() ? "" : ", ") + people[p];
                for (const auto& room : rooms) {
                    if (room.id != w.room_id) continue;
                    auto named = room_names.find(room.id);
                    if (named != room_names.end() && named->second.count(lang)) {
                        fw.room = named->second.at(lang);
                    } else {
                        fw.room = room.name;
                        if (lang != "en") untranslated_rooms.insert(room.id);
                    }
                }
                fr.workshops.push_back(fw);
            }
            side.rounds.push_back(fr);
        }
        side.in_english.room_names = static_cast<int>(untranslated_rooms.size());
        f.sides.push_back(std::move(side));
    }
    return f;
}

BackpackMail load_backpack_mail(store::Database& db, Id event_id, bool with_english) {
    auto& sql = db.sql();
    Event e = store::load_event(sql, event_id);
    BackpackMail mail;
    mail.event_title = e.title();
    mail.date = e.date;
    auto households = store::load_households(sql, store::all_household_ids(sql));
    // One invitation per language pair; each family's flyer only names it.
    auto labelled = printable_languages(store::load_settings(sql).label_overrides);
    struct Entry {
        std::string homeroom, sort_key;
        BackpackFlyer flyer;
    };
    std::vector<Entry> entries;
    for (const auto& h : households) {
        // Carried home by the youngest child still at the school; a family
        // whose children have all left gets none.
        const Student* carrier = paper_carrier(h);
        if (!carrier) continue;
        const std::string lang = paper_language(h.language, labelled);
        mail.instead.count(h.language, lang);
        if (!h.language_to_confirm.empty()) ++mail.instead.to_confirm;
        std::vector<std::string> langs{lang};
        if (with_english && lang != "en") langs.push_back("en");
        std::string key = langs.size() == 1 ? lang : lang + ",en";
        if (!mail.invitations.count(key)) mail.invitations[key] = load_flyer(db, event_id, langs);
        BackpackFlyer f;
        f.invitation = key;
        f.family_name = h.family_name();
        f.family_code = h.code;
        // The child the flyer goes home with, so the teacher hands it to the right one.
        f.student = carrier->first_name + " " + carrier->last_name + " (" + carrier->grade +
                    (carrier->homeroom.empty() ? "" : ", " + carrier->homeroom) + ")";
        entries.push_back(
            {carrier->homeroom, fold_for_search(carrier->last_name + " " + carrier->first_name), std::move(f)});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return std::tie(a.homeroom, a.sort_key) < std::tie(b.homeroom, b.sort_key);
    });
    for (auto& entry : entries) {
        if (mail.bundles.empty() || mail.bundles.back().homeroom != entry.homeroom)
            mail.bundles.push_back({entry.homeroom, {}});
        mail.bundles.back().flyers.push_back(std::move(entry.flyer));
    }
    return mail;
}

EvidenceBinder load_evidence_binder(store::Database& db, Id event_id) {
    auto& sql = db.sql();
    EvidenceBinder b;
    auto sign_in = load_sign_in_sheet(db, event_id, 10);
    b.heading = sign_in.heading;
    b.sign_in = std::move(sign_in);
    std::set<std::string> sent{"en"};
    auto labelled = printable_languages(store::load_settings(sql).label_overrides);
    for (const auto& h : store::load_households(sql, store::all_household_ids(sql)))
        if (!h.students.empty()) sent.insert(paper_language(h.language, labelled));
    for (const auto& lang : sent) {
        b.invitations.push_back(load_flyer(db, event_id, {lang}));
        b.evaluation_forms.push_back(load_evaluation_sheet(db, event_id, lang, ""));
    }
    for (const auto& round : b.invitations.front().sides.front().rounds)
        for (const auto& w : round.workshops)
            b.agenda.push_back({round.number, round.start_time, round.end_time, w.title, w.presenters, w.room});
    b.attendance = load_attendance_report(db, event_id);
    b.reach = load_reach_report_for_event(db, event_id);
    b.prepared_at = now_timestamp().substr(0, 16);
    return b;
}

BackpackSize count_backpack_mail(store::Database& db) {
    const auto n = store::count_backpack_mail(db.sql());
    return {n.households, n.homerooms};
}

}  // namespace fn::ops
