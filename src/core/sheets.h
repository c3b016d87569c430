#pragma once
// Plain data that printed documents are laid out from. Operations load them;
// reports never query the database.
#include <map>
#include <string>
#include <vector>

#include "core/labels.h"
#include "core/resource.h"
#include "core/rules/childcare.h"
#include "core/rules/dinner.h"
#include "core/rules/reach.h"
#include "core/rules/turnout.h"

namespace fn {

// The event as it heads every planning document.
struct EventHeading {
    std::string school_name;
    std::string event_title;
    std::string date;
    std::string start_time;
    std::string end_time;
    std::string place;
    std::string clock = "language";  // the school's: "12", "24" or each language's custom
};

struct SignInRow {
    std::string family_name;
    std::string guardians;  // names only: sign-in sheets never show phones or addresses
    int adults = 0;
    int children = 0;
    std::string language = "en";  // the household's
};

struct SignInSheet {
    EventHeading heading;
    // Headings are in English and in the language most of the sheet's
    // families read besides it ("" when all read English).
    std::string second_language;
    std::string subtitle;         // e.g. the workshop, round and room of a workshop sheet
    std::vector<SignInRow> rows;  // households that said yes, in alphabetical order
    int blank_rows = 15;          // for walk-ins
};

// For the caterer and the childcare lead.
struct HeadcountSheet {
    EventHeading heading;
    bool dinner = false;
    bool childcare = false;
    DinnerCount meals;
    ChildcareCount children;
    int rsvp_households = 0;
    std::string prepared_at;  // when the numbers were taken
};

struct FlyerWorkshop {
    std::string title;  // in the side's language when translated, else English
    std::string presenters;
    std::string room;
};

struct FlyerRound {
    int number = 1;
    std::string start_time;
    std::string end_time;
    std::vector<FlyerWorkshop> workshops;
};

// What a side printed in English because the school has not given it in
// the side's language yet: said when the document is written, so the
// coordinator can add the translations before the mailing.
struct TextsInEnglish {
    bool title = false;
    bool description = false;
    bool place = false;
    int workshop_titles = 0;
    int room_names = 0;
    bool any() const { return title || description || place || workshop_titles > 0 || room_names > 0; }
};

// Everything printed in one language.
struct FlyerSide {
    std::string language;
    LabelCatalog labels;
    std::string title;
    std::string description;
    std::vector<FlyerRound> rounds;
    std::string place;  // where the event is, in this language when given
    TextsInEnglish in_english;
};

// An invitation with a tear-off RSVP slip, in one or two languages.
struct Flyer {
    std::string school_name;
    std::string school_contact;  // address and phone on one line, under the name
    std::string logo_path;
    std::string date;
    std::string start_time;
    std::string end_time;
    std::string rsvp_deadline;
    std::string clock = "language";  // the school's choice: "language", "12" or "24"
    bool dinner = false;
    bool childcare = false;
    int childcare_min_age = 0;
    int childcare_max_age = 0;
    std::vector<FlyerSide> sides;  // first is the main language
    std::string family_name;       // pre-filled on personalised flyers
    std::string student;           // "Ana Núñez (2, Ms. Rivera)": the child it goes home with
    std::string family_code;
};

// Who does what when, with contacts, for the coordinator.
struct ScheduleEntry {
    std::string start_time;
    std::string end_time;
    std::string role;
    int needed = 0;
    std::vector<std::string> people;  // "Name  phone  e-mail"
};
struct VolunteerSchedule {
    EventHeading heading;
    std::vector<ScheduleEntry> shifts;  // by start time, then role
};

// A sign on each room's door: the workshop and presenter of every round.
struct RoomSlot {
    int round = 0;
    std::string start_time;
    std::string end_time;
    std::string workshop;
    std::string presenters;
};
struct RoomSign {
    std::string room;
    std::vector<RoomSlot> slots;
};
struct RoomSigns {
    EventHeading heading;
    std::vector<RoomSign> rooms;
};

// For each presenter: who picked their workshop.
struct RosterLine {
    std::string family_name;
    std::string guardians;
    std::string language;
    std::string interpreter;  // language asked for, if any
    int adults = 0;
};
struct PresenterRoster {
    std::string workshop;
    std::string presenters;
    std::string room;
    int round = 0;
    std::string start_time;
    std::string end_time;
    int capacity = 0;  // 0: no limit
    std::vector<RosterLine> seated;
    std::vector<RosterLine> waiting;  // in the order they would move up
};
struct PresenterRosters {
    EventHeading heading;
    std::vector<PresenterRoster> workshops;
};

// After the event: RSVP versus actual, and who came.
struct ChartBar {
    std::string label;
    int value = 0;      // actual
    int expected = -1;  // RSVP'd; -1 when there is nothing to compare with
};
struct AttendanceLine {
    std::string family_name;
    std::string guardians;
    int adults = 0;
    int children = 0;
    bool walk_in = false;
};
struct AttendanceReport {
    EventHeading heading;
    Turnout turnout;
    int headcount_total = 0;                 // rally head counts without names
    std::vector<ChartBar> workshops;         // seated (expected) vs attended
    std::vector<ChartBar> grades;            // attending families by their students' grades
    std::vector<ChartBar> languages;         // attending families by home language
    std::vector<AttendanceLine> households;  // who came, by family name
};

// A name badge: a big name and a smaller line under it.
struct NameTag {
    std::string name;
    std::string detail;  // guardians' names, or a volunteer's role
};

// Two labels with the same code: one on the child, one kept by the guardian.
struct PickupPair {
    std::string child;     // e.g. "Núñez, age 4" (empty: filled in at drop-off)
    std::string guardian;  // e.g. "Núñez family"
    std::string code;
    std::string language = "en";  // the family's: the tag's instructions are in it
};

// The anonymous evaluation form of one event in one language and grade
// band, and the barrier slip for the families who did not come: what is
// printed on them, never a name. Workshops are numbered within their round
// as on the flyer, so the tally is typed as the form reads.
struct EvaluationSheet {
    std::string school_name;
    std::string event_title;  // in the sheet's language when given
    std::string date;         // YYYY-MM-DD
    std::string language;
    std::string grade_band;  // "3-5"; "" for a form for every grade
    std::vector<FlyerRound> rounds;
    std::map<std::string, std::string> texts;  // core/document_texts in the language, with the school's wording
};
struct EvaluationForms {
    std::vector<EvaluationSheet> sheets;  // one master per language and band, to copy
    // Families whose language has no printed wording yet get the English
    // form, or the nearest language's.
    PapersInstead instead;
};
// Barrier slips go home with backpack mail: per homeroom, a cover page
// naming the students to hand one to (the slips themselves carry no name,
// so what comes back is anonymous), then one slip per family in its language.
struct BarrierSlipBundle {
    std::string homeroom;
    std::vector<std::string> students;  // "Ana Núñez (2)": one slip each
    std::vector<std::size_t> slips;     // per student, the slip's index in BarrierSlips::sheets
};
struct BarrierSlips {
    std::string event_title;
    std::string date;
    std::vector<EvaluationSheet> sheets;  // one per language and band, shared by the families' slips
    std::vector<BarrierSlipBundle> bundles;
    int families_came = 0;  // checked in: no slip for them
    PapersInstead instead;  // families given an English slip, or the nearest language's
};

// The community resources handout in one language, grouped by category.
struct ResourcesHandout {
    std::string school_name;
    std::string school_contact;  // address and phone: "or ask us"
    std::string language;
    std::map<std::string, std::string> texts;  // core/document_texts in the language, with the school's wording
    std::vector<CommunityResource> resources;  // by category, then name
};

// A school year's reach and barriers beside the year before (core/rules/reach.h).
struct ReachReport {
    std::string school_name;
    SchoolYearSpan year, previous;
    YearReach this_year, last_year;
    std::string prepared_at;
};

// The Title I evidence binder: everything about one event in one PDF.
struct AgendaItem {
    int round = 0;
    std::string start_time;
    std::string end_time;
    std::string workshop;
    std::string presenters;
    std::string room;
};
struct EvidenceBinder {
    EventHeading heading;
    std::vector<Flyer> invitations;  // one per language sent
    std::vector<AgendaItem> agenda;
    SignInSheet sign_in;  // printed with the names of those who RSVP'd
    AttendanceReport attendance;
    std::vector<EvaluationSheet> evaluation_forms;  // one blank per invitation language
    ReachReport reach;                              // the event's school year: barriers and strategies
    std::string prepared_at;
};

// Personalised flyers for backpack mail, one bundle per homeroom. 10,000
// families share a few invitations (one per language pair): each flyer
// names its invitation and carries only what is the family's.
struct BackpackFlyer {
    std::string invitation;   // key in BackpackMail::invitations, e.g. "es,en"
    std::string family_name;  // pre-filled on the slip
    std::string student;      // "Ana Núñez (2, Ms. Rivera)": the child it goes home with
    std::string family_code;
};

struct BackpackBundle {
    std::string homeroom;
    std::vector<BackpackFlyer> flyers;  // by the carrying student's name
};

struct BackpackMail {
    std::string event_title;
    std::string date;
    std::map<std::string, Flyer> invitations;  // by language pair ("es,en"), not personalised
    std::vector<BackpackBundle> bundles;       // by homeroom
    // Households whose language has no printed labels yet got English, or
    // the nearest language's.
    PapersInstead instead;
    // When attached: the resources handout, by language, after each flyer.
    std::map<std::string, ResourcesHandout> resources;
};

}  // namespace fn
