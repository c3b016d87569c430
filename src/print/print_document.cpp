#include "print/print_document.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "core/errors.h"
#include "ops/evaluation_ops.h"
#include "ops/event_ops.h"
#include "ops/plan_print_ops.h"
#include "ops/print_ops.h"
#include "ops/reach_ops.h"
#include "ops/resource_ops.h"
#include "ops/settings_ops.h"
#include "reports/human_dates.h"
#include "reports/attendance_report.h"
#include "reports/backpack_mail.h"
#include "reports/evaluation_form.h"
#include "reports/evidence_binder.h"
#include "reports/flyer.h"
#include "reports/headcount_sheet.h"
#include "reports/label_sheets.h"
#include "reports/reach_report.h"
#include "reports/resources_handout.h"
#include "reports/plan_documents.h"
#include "reports/phone_tree.h"
#include "print/family_messages.h"
#include "reports/sign_in_sheet.h"

// Marks a text for the app's translation catalog (xgettext --keyword=N_);
// the app shows it through wxGetTranslation.
#define N_(text) text

namespace fn::printing {
namespace {

int or_default(int value, int fallback) { return value < 0 ? fallback : value; }

std::string join(const std::vector<std::string>& words, const std::string& separator = ",") {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : separator) + w;
    return out;
}

// Labels carry the event's name and date at the top of every sheet.
std::string label_heading(store::Database& db, Id event_id) {
    auto plan = ops::load_event_plan(db, event_id);
    return plan.event.title() + "  \xC2\xB7  " + reports::human_date(plan.event.date, "en");  // "Wednesday, December 9"
}

}  // namespace

const std::vector<DocumentInfo>& document_catalog() {
    static const std::vector<DocumentInfo> catalog = {
        {DocumentKind::Flyer, "flyer", N_("Flyer with RSVP slip"),
         N_("Invitation with a tear-off RSVP slip, in one or two languages")},
        {DocumentKind::BackpackMail, "backpack", N_("Backpack flyers"),
         N_("One flyer per family in its language, slip pre-filled, by homeroom")},
        {DocumentKind::VolunteerSchedule, "schedule", N_("Volunteer schedule"),
         N_("Who does what when, with contacts for the coordinator")},
        {DocumentKind::RoomSigns, "roomsigns", N_("Room signs"),
         N_("A big sign per room with each round's workshop and presenter")},
        {DocumentKind::PresenterRosters, "rosters", N_("Presenter rosters"),
         N_("Per workshop, the families who picked it (seated, then waitlist)")},
        {DocumentKind::HeadcountSheet, "headcount", N_("Head-count sheet"),
         N_("Meals by need and childcare by age, for the caterer and the childcare lead")},
        {DocumentKind::SignInSheet, "signin", N_("Sign-in sheet"),
         N_("Families who RSVP'd (names only), then blank rows for walk-ins")},
        {DocumentKind::WorkshopSignInSheets, "signin-workshops", N_("Workshop sign-in sheets"),
         N_("One sign-in sheet per workshop room and round")},
        {DocumentKind::PhoneTree, "phonetree", N_("Phone tree"),
         N_("The families who prefer a call, shared among callers by language, with the script in each family's "
            "language")},
        {DocumentKind::FamilyBadges, "badges", N_("Family name badges"),
         N_("Name badges for the families who said yes (Avery 5395)")},
        {DocumentKind::VolunteerBadges, "badges-volunteers", N_("Volunteer name badges"),
         N_("Name badges for volunteers and presenters (Avery 5395)")},
        {DocumentKind::PickupTags, "pickup", N_("Childcare pickup tags"),
         N_("Matching child and guardian tags with one code (Avery 5160)")},
        {DocumentKind::AttendanceReport, "attendance", N_("Attendance report"),
         N_("After the event: RSVP versus actual, charts, who came")},
        {DocumentKind::EvaluationForms, "evaluation", N_("Evaluation forms"),
         N_("Anonymous forms for families, one per language and grade band, to copy")},
        {DocumentKind::BarrierSlips, "barrier-slips", N_("Barrier slips"),
         N_("For the families who did not come: what made it hard, by homeroom")},
        {DocumentKind::BarriersReport, "barriers", N_("Barriers and reach report"),
         N_("The school year of this event beside the year before: who the nights reached, and what kept families away")},
        {DocumentKind::ResourcesHandout, "resources", N_("Community resources handout"),
         N_("Where families can find help, in each family language, by category")},
        {DocumentKind::EvidenceBinder, "binder", N_("Title I evidence binder"),
         N_("Invitations, agenda, sign-in sheet, attendance, evaluation form")},
    };
    return catalog;
}

const DocumentInfo& document_info(DocumentKind kind) {
    for (const auto& info : document_catalog())
        if (info.kind == kind) return info;
    throw Error(tr("unknown document kind"));
}

namespace {
// Never silent: which families get English papers, until the school adds
// printed wording in their language.
void say_english_instead(PrintResult& r, const char* papers) {
    for (const auto& [lang, n] : r.instead.english)
        r.summary += fmt::format("\n{} households speak '{}': their {} are in English until labels for it are added", n,
                                 lang, papers);
    if (r.instead.to_confirm > 0)
        r.summary += fmt::format(
            "\n{} households' language is still to be confirmed (the roster said something "
            "FamilyNight could not read): their {} are in the language on file until someone sets it",
            r.instead.to_confirm, papers);
    for (const auto& [lang, nearest] : r.instead.nearest)
        r.summary += fmt::format(
            "\n{} households speak '{}': their {} are in '{}', the nearest language printed (add "
            "labels for '{}' to give them their own)",
            nearest.households, lang, papers, nearest.printed, lang);
}

void note_texts_in_english(const Flyer& flyer, PrintResult& r) {
    for (const auto& side : flyer.sides)
        if (side.in_english.any()) r.texts_in_english[side.language] = side.in_english;
}
}  // namespace

PrintEstimate estimate_print(store::Database& db, DocumentKind kind, const PrintOptions& options) {
    PrintEstimate e;
    if (kind != DocumentKind::BackpackMail) return e;
    const auto n = ops::count_backpack_mail(db);
    // A flyer is a page, a homeroom's cover one more; the resources
    // handout after each flyer one or two (one counted).
    e.pages = n.households * (options.with_resources ? 2 : 1) + n.homerooms;
    e.sheets = e.pages;
    e.files = std::max<long long>(1, (n.households + static_cast<long long>(reports::kFlyersPerPart) - 1) /
                                         static_cast<long long>(reports::kFlyersPerPart));
    // 100,000 flyers took 17.5 s (tests/bench/compare.sh): about 5,000 pages a second.
    e.seconds = (e.pages + 4999) / 5000;
    e.very_large = e.pages > 1000;
    return e;
}

PrintResult print_document(store::Database& db, Id event_id, DocumentKind kind, const std::string& path,
                           const PrintOptions& options) {
    auto paper = reports::parse_paper_size(options.paper.empty() ? ops::load_settings(db).paper : options.paper);
    PrintResult r;
    r.file = path;
    switch (kind) {
        case DocumentKind::Flyer: {
            auto flyer = ops::load_flyer(db, event_id, options.languages);
            note_texts_in_english(flyer, r);
            r.unprinted = reports::write_flyer(flyer, paper, path);
            r.summary = fmt::format("Wrote the {} flyer to {}", join(options.languages), path);
            break;
        }
        case DocumentKind::BackpackMail: {
            auto mail = ops::load_backpack_mail(db, event_id, options.with_english);
            if (options.with_resources)
                for (const auto& [languages, invitation] : mail.invitations) {
                    const auto& language = invitation.sides.front().language;
                    if (!mail.resources.count(language))
                        mail.resources.emplace(language, ops::load_resources_handout(db, language));
                }
            for (const auto& [languages, invitation] : mail.invitations) note_texts_in_english(invitation, r);
            auto written = reports::write_backpack_mail(mail, paper, path);
            r.unprinted = std::move(written.unprinted);
            r.files = written.files;
            long long flyers = 0;
            for (const auto& b : mail.bundles) flyers += static_cast<long long>(b.flyers.size());
            r.figures = {{"flyers", flyers},
                         {"bundles", static_cast<long long>(mail.bundles.size())},
                         {"parts", static_cast<long long>(written.files.size())}};
            r.instead = mail.instead;
            const std::string where =
                written.files.size() == 1
                    ? path
                    : fmt::format("{} files of at most {} flyers each, by homeroom: {}", written.files.size(),
                                  reports::kFlyersPerPart, fmt::join(written.files, ", "));
            r.summary =
                fmt::format("Wrote {} flyers in {} homeroom bundles to {}{}", flyers, mail.bundles.size(), where,
                            mail.resources.empty() ? "" : ", each followed by the community resources handout");
            say_english_instead(r, "flyers");
            break;
        }
        case DocumentKind::PhoneTree: {
            const auto tree = phone_tree_for(db, event_id, parse_message_kind(options.message), options.callers);
            r.unprinted = reports::write_phone_tree(tree, paper, path);
            std::size_t calls = 0;
            for (const auto& c : tree.callers) calls += c.calls.size();
            r.figures = {{"callers", static_cast<long long>(tree.callers.size())},
                         {"families", static_cast<long long>(calls)}};
            r.summary =
                fmt::format("Wrote the phone tree ({} families, {} sheets) to {}", calls, tree.callers.size(), path);
            if (!tree.callers.empty() && tree.callers.back().name.empty())
                r.summary += fmt::format(
                    "\n{} families speak a language no caller speaks: their sheet is for an "
                    "interpreter",
                    tree.callers.back().calls.size());
            break;
        }
        case DocumentKind::SignInSheet: {
            auto sheet = ops::load_sign_in_sheet(db, event_id, or_default(options.blank_rows, 15));
            r.unprinted = reports::write_sign_in_sheet(sheet, paper, path);
            r.figures = {{"families", static_cast<long long>(sheet.rows.size())}};
            r.summary = fmt::format("Wrote the sign-in sheet for {} families (+{} blank rows) to {}", sheet.rows.size(),
                                    sheet.blank_rows, path);
            break;
        }
        case DocumentKind::WorkshopSignInSheets: {
            auto sheets = ops::load_workshop_sign_in_sheets(db, event_id, or_default(options.blank_rows, 5));
            r.unprinted = reports::write_sign_in_sheets(sheets, paper, path);
            r.figures = {{"sheets", static_cast<long long>(sheets.size())}};
            r.summary = fmt::format("Wrote {} workshop sign-in sheets to {}", sheets.size(), path);
            break;
        }
        case DocumentKind::HeadcountSheet: {
            auto sheet = ops::load_headcount_sheet(db, event_id);
            r.unprinted = reports::write_headcount_sheet(sheet, paper, path);
            r.figures = {{"meals", sheet.meals.total()}, {"caregivers_needed", sheet.children.caregivers_needed}};
            r.summary = fmt::format("Wrote the head-count sheet ({} meals, {} caregivers needed) to {}",
                                    sheet.meals.total(), sheet.children.caregivers_needed, path);
            break;
        }
        case DocumentKind::VolunteerSchedule: {
            auto s = ops::load_volunteer_schedule(db, event_id);
            r.unprinted = reports::write_volunteer_schedule(s, paper, path);
            r.figures = {{"shifts", static_cast<long long>(s.shifts.size())}};
            r.summary = fmt::format("Wrote the volunteer schedule ({} shifts) to {}", s.shifts.size(), path);
            break;
        }
        case DocumentKind::RoomSigns: {
            auto s = ops::load_room_signs(db, event_id);
            r.unprinted = reports::write_room_signs(s, paper, path);
            r.figures = {{"rooms", static_cast<long long>(s.rooms.size())}};
            r.summary = fmt::format("Wrote {} room signs to {}", s.rooms.size(), path);
            break;
        }
        case DocumentKind::PresenterRosters: {
            auto s = ops::load_presenter_rosters(db, event_id);
            r.unprinted = reports::write_presenter_rosters(s, paper, path);
            r.figures = {{"workshops", static_cast<long long>(s.workshops.size())}};
            r.summary = fmt::format("Wrote {} presenter rosters to {}", s.workshops.size(), path);
            break;
        }
        case DocumentKind::FamilyBadges:
        case DocumentKind::VolunteerBadges: {
            auto tags = kind == DocumentKind::FamilyBadges
                            ? ops::load_family_name_tags(db, event_id, or_default(options.blank_rows, 8))
                            : ops::load_volunteer_name_tags(db, event_id);
            r.unprinted = reports::write_name_badges(tags, label_heading(db, event_id), path);
            r.figures = {{"badges", static_cast<long long>(tags.size())}};
            r.summary = fmt::format("Wrote {} name badges to {}", tags.size(), path);
            // Avery's badge and label sheets are made to one size: printing them
            // "on A4" would put every name off its label.
            if (paper == reports::PaperSize::A4)
                r.summary += " (on US Letter: Avery 5395 sheets come only in that size)";
            break;
        }
        case DocumentKind::PickupTags: {
            auto pairs = ops::load_pickup_pairs(db, event_id, or_default(options.blank_rows, 10));
            // The date first: a long title is what gets cut on a small tag, never the night's date.
            const auto plan = ops::load_event_plan(db, event_id);
            r.unprinted = reports::write_pickup_tags(
                pairs, reports::human_date(plan.event.date, "en") + "  \xC2\xB7  " + plan.event.title(), path);
            r.figures = {{"pairs", static_cast<long long>(pairs.size())}};
            r.summary = fmt::format("Wrote {} pickup tag pairs to {}", pairs.size(), path);
            if (paper == reports::PaperSize::A4)
                r.summary += " (on US Letter: Avery 5160 sheets come only in that size)";
            break;
        }
        case DocumentKind::AttendanceReport: {
            auto report = ops::load_attendance_report(db, event_id);
            r.unprinted = reports::write_attendance_report(report, paper, path);
            r.figures = {{"families", static_cast<long long>(report.households.size())}};
            r.summary = fmt::format("Wrote the attendance report ({} families) to {}", report.households.size(), path);
            break;
        }
        case DocumentKind::EvaluationForms: {
            auto forms = ops::load_evaluation_forms(db, event_id);
            r.unprinted = reports::write_evaluation_forms(forms, paper, path);
            std::string which;
            for (const auto& s : forms.sheets)
                which += (which.empty() ? "" : ", ") + s.language + (s.grade_band.empty() ? "" : " " + s.grade_band);
            r.figures = {{"forms", static_cast<long long>(forms.sheets.size())}};
            r.summary = fmt::format("Wrote {} evaluation form{} to copy ({}) to {}", forms.sheets.size(),
                                    forms.sheets.size() == 1 ? "" : "s", which, path);
            r.instead = forms.instead;
            say_english_instead(r, "forms");
            break;
        }
        case DocumentKind::BarrierSlips: {
            auto slips = ops::load_barrier_slips(db, event_id);
            r.unprinted = reports::write_barrier_slips(slips, paper, path);
            long long n = 0;
            for (const auto& b : slips.bundles) n += static_cast<long long>(b.slips.size());
            r.figures = {{"slips", n},
                         {"bundles", static_cast<long long>(slips.bundles.size())},
                         {"families_came", slips.families_came}};
            r.summary =
                fmt::format("Wrote {} barrier slips in {} homeroom bundles to {} ({} families came and get none)", n,
                            slips.bundles.size(), path, slips.families_came);
            r.instead = slips.instead;
            say_english_instead(r, "slips");
            break;
        }
        case DocumentKind::BarriersReport: {
            auto report = ops::load_reach_report_for_event(db, event_id);
            r.unprinted = reports::write_reach_report(report, paper, path);
            r.figures = {{"events", static_cast<long long>(report.this_year.events.size())},
                         {"families_reached", report.this_year.attended}};
            const auto nights = report.this_year.events.size();
            r.summary = fmt::format("Wrote the barriers and reach report {} ({} night{}, {} families reached) to {}",
                                    report.year.name, nights, nights == 1 ? "" : "s", report.this_year.attended, path);
            break;
        }
        case DocumentKind::ResourcesHandout: {
            auto handouts = ops::load_resources_handouts(db);
            r.unprinted = reports::write_resources_handouts(handouts, paper, path);
            std::string languages;
            for (const auto& h : handouts) languages += (languages.empty() ? "" : ", ") + h.language;
            r.figures = {{"languages", static_cast<long long>(handouts.size())},
                         {"resources", static_cast<long long>(handouts.front().resources.size())}};
            r.summary = fmt::format("Wrote the community resources handout ({} resources) in {} to {}",
                                    handouts.front().resources.size(), languages, path);
            break;
        }
        case DocumentKind::EvidenceBinder: {
            auto binder = ops::load_evidence_binder(db, event_id);
            for (const auto& flyer : binder.invitations) note_texts_in_english(flyer, r);
            r.unprinted = reports::write_evidence_binder(binder, paper, path);
            r.figures = {{"invitation_languages", static_cast<long long>(binder.invitations.size())}};
            r.summary = fmt::format("Wrote the Title I binder ({} invitation languages) to {}",
                                    binder.invitations.size(), path);
            break;
        }
    }
    for (const auto& [language, texts] : r.texts_in_english) {
        // Never silent either: what a family will read in English, to translate before the mailing.
        std::vector<std::string> what;
        if (texts.title) what.push_back("the event's title");
        if (texts.description) what.push_back("its description");
        if (texts.place) what.push_back("its place");
        if (texts.workshop_titles > 0)
            what.push_back(
                fmt::format("{} workshop title{}", texts.workshop_titles, texts.workshop_titles == 1 ? "" : "s"));
        if (texts.room_names > 0)
            what.push_back(fmt::format("{} room name{}", texts.room_names, texts.room_names == 1 ? "" : "s"));
        r.summary += fmt::format("\nNot given in '{}' yet, so printed in English: {}", language, join(what, ", "));
    }
    if (!r.texts_in_english.empty())
        r.summary += "\nGive them with: familynight-cli event translate | workshop translate | room translate";
    if (!r.unprinted.empty()) {
        // Never silent: the coordinator learns which names to write in by hand.
        std::string list;
        for (std::size_t i = 0; i < r.unprinted.size() && i < 10; ++i) list += (i ? ", " : "") + r.unprinted[i];
        if (r.unprinted.size() > 10) list += fmt::format(" and {} more", r.unprinted.size() - 10);
        r.summary += fmt::format(
            "\n{} {} could not be printed in full (their script cannot be printed yet) and show [?] where the text "
            "belongs; write them in by hand: {}",
            r.unprinted.size(), r.unprinted.size() == 1 ? "text" : "texts", list);
        r.figures["unprinted"] = static_cast<long long>(r.unprinted.size());
    }
    if (r.files.empty()) r.files = {path};
    return r;
}

}  // namespace fn::printing
