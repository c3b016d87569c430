// The SQLite schema, as versioned steps. Ids are 64-bit INTEGER PRIMARY KEYs;
// text columns are NOT NULL with '' for "not given" so rows map to plain
// std::string without null indicators.
#include "store/migrations.h"

namespace fn::store {

// The door's columns filled from the members (the format of
// store/door_search_store.h: people by char(31), a student's fields by char(30)).
const char* const kFillDoorGuardians =
    "UPDATE households SET door_guardians = COALESCE((SELECT group_concat(name, char(31)) FROM"
    " (SELECT g.name FROM guardians g WHERE g.household_id = households.id ORDER BY g.position)), '')";
const char* const kFillDoorStudents =
    "UPDATE households SET door_students = COALESCE((SELECT group_concat(x, char(31)) FROM"
    " (SELECT s.first_name || char(30) || s.last_name || char(30) || s.grade || char(30) || s.homeroom AS x"
    " FROM students s WHERE s.household_id = households.id ORDER BY s.id)), '')";

const char* const kServerDoorFunctions = "SELECT 1";
// A recorded visit recorded again (its minutes, its reflection, or undone)
// keeps what it replaced, with who replaced it and when. Clearing only the
// reflection, as the retention purge and an erasure do (recorded_at
// unchanged), is not a new record.
const char* const kKeepVisitChanges =
    "CREATE TRIGGER home_visit_changes_kept AFTER UPDATE OF made, minutes, reflection ON home_visits"
    " WHEN OLD.made = 1 AND (NEW.made, NEW.minutes, NEW.reflection) IS NOT (OLD.made, OLD.minutes, OLD.reflection)"
    " AND NOT (NEW.reflection = '' AND NEW.recorded_at = OLD.recorded_at AND NEW.minutes = OLD.minutes"
    " AND NEW.made = OLD.made)"
    " BEGIN INSERT INTO home_visit_changes (visit_id, household_id, changed_at, changed_by, made, minutes,"
    " reflection, recorded_by, recorded_at) VALUES (OLD.id, OLD.household_id, NEW.recorded_at, NEW.recorded_by,"
    " OLD.made, OLD.minutes, OLD.reflection, OLD.recorded_by, OLD.recorded_at); END";
const char* const kMakeSchoolId =
    "INSERT INTO settings (key, value) VALUES ('school.id', lower(hex(randomblob(12))))"
    " ON CONFLICT (key) DO NOTHING";
const char* const kSearchTermsByHousehold = "CREATE INDEX search_terms_household ON search_terms(household_id)";

// The door search's covering indexes (version 17).
const char* const kRsvpsDoorIndex =
    "CREATE INDEX rsvps_door ON rsvps(event_id, household_id, status, adults, child_ages)";
const char* const kCheckinsDoorIndex =
    "CREATE INDEX checkins_door ON checkins(event_id, household_id, checked_in_at, adults, children, walk_in)";

const std::vector<Migration>& sqlite_migrations() {
    static const std::vector<Migration> migrations{
        {1,
         {
             "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
             "CREATE TABLE events ("
             " id INTEGER PRIMARY KEY, kind TEXT NOT NULL, event_date TEXT NOT NULL,"
             " start_time TEXT NOT NULL, end_time TEXT NOT NULL, place TEXT NOT NULL DEFAULT '',"
             " rsvp_deadline TEXT NOT NULL DEFAULT '', dinner INTEGER NOT NULL DEFAULT 0,"
             " childcare INTEGER NOT NULL DEFAULT 0, childcare_min_age INTEGER NOT NULL DEFAULT 0,"
             " childcare_max_age INTEGER NOT NULL DEFAULT 12, status TEXT NOT NULL DEFAULT 'draft')",
             "CREATE INDEX events_date ON events(event_date)",
             "CREATE TABLE event_texts ("
             " event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, lang TEXT NOT NULL,"
             " title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', PRIMARY KEY (event_id, lang))",
             "CREATE TABLE rooms ("
             " id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
             " name TEXT NOT NULL, capacity INTEGER NOT NULL DEFAULT 0, UNIQUE (event_id, name))",
             "CREATE TABLE rounds ("
             " id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
             " number INTEGER NOT NULL, start_time TEXT NOT NULL, end_time TEXT NOT NULL,"
             " UNIQUE (event_id, number))",
             "CREATE TABLE workshops ("
             " id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
             " round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
             " room_id INTEGER REFERENCES rooms(id) ON DELETE SET NULL, subject TEXT NOT NULL,"
             " grade_band TEXT NOT NULL DEFAULT '', capacity INTEGER NOT NULL DEFAULT 0,"
             " materials TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT 'en')",
             "CREATE INDEX workshops_event ON workshops(event_id)",
             "CREATE TABLE workshop_texts ("
             " workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE, lang TEXT NOT NULL,"
             " title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', PRIMARY KEY (workshop_id, lang))",
             "CREATE TABLE people ("
             " id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '',"
             " email TEXT NOT NULL DEFAULT '', languages TEXT NOT NULL DEFAULT '')",
             "CREATE TABLE workshop_presenters ("
             " workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,"
             " person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
             " PRIMARY KEY (workshop_id, person_id))",
             "CREATE TABLE volunteer_roles ("
             " id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
             " kind TEXT NOT NULL, name TEXT NOT NULL)",
             "CREATE TABLE shifts ("
             " id INTEGER PRIMARY KEY, role_id INTEGER NOT NULL REFERENCES volunteer_roles(id) ON DELETE CASCADE,"
             " start_time TEXT NOT NULL, end_time TEXT NOT NULL, needed INTEGER NOT NULL)",
             "CREATE TABLE shift_signups ("
             " shift_id INTEGER NOT NULL REFERENCES shifts(id) ON DELETE CASCADE,"
             " person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
             " PRIMARY KEY (shift_id, person_id))",
             "CREATE TABLE households ("
             " id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, address TEXT NOT NULL DEFAULT '',"
             " language TEXT NOT NULL DEFAULT 'en', notes TEXT NOT NULL DEFAULT '',"
             " walk_in INTEGER NOT NULL DEFAULT 0)",
             "CREATE TABLE guardians ("
             " id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
             " position INTEGER NOT NULL, name TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '',"
             " email TEXT NOT NULL DEFAULT '', preferred_contact TEXT NOT NULL DEFAULT 'paper',"
             " language TEXT NOT NULL DEFAULT 'en')",
             "CREATE INDEX guardians_household ON guardians(household_id)",
             "CREATE TABLE students ("
             " id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
             " student_number TEXT NOT NULL DEFAULT '', first_name TEXT NOT NULL DEFAULT '',"
             " last_name TEXT NOT NULL DEFAULT '', grade TEXT NOT NULL DEFAULT '',"
             " homeroom TEXT NOT NULL DEFAULT '')",
             "CREATE INDEX students_household ON students(household_id)",
             "CREATE UNIQUE INDEX students_number ON students(student_number) WHERE student_number <> ''",
             // Folded name words for type-ahead search at the door.
             "CREATE TABLE search_terms ("
             " term TEXT NOT NULL, household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
             " PRIMARY KEY (term, household_id)) WITHOUT ROWID",
             kSearchTermsByHousehold,
             "CREATE TABLE rsvps ("
             " id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
             " household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
             " status TEXT NOT NULL, adults INTEGER NOT NULL, child_ages TEXT NOT NULL DEFAULT '',"
             " childcare_ages TEXT NOT NULL DEFAULT '', interpreter_language TEXT NOT NULL DEFAULT '',"
             " source TEXT NOT NULL, recorded_at TEXT NOT NULL, UNIQUE (event_id, household_id))",
             "CREATE TABLE rsvp_meals ("
             " rsvp_id INTEGER NOT NULL REFERENCES rsvps(id) ON DELETE CASCADE, need TEXT NOT NULL,"
             " count INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '')",
             "CREATE INDEX rsvp_meals_rsvp ON rsvp_meals(rsvp_id)",
             // requested_seq orders the waitlist: first asked, first seated.
             "CREATE TABLE rsvp_picks ("
             " rsvp_id INTEGER NOT NULL REFERENCES rsvps(id) ON DELETE CASCADE,"
             " round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
             " workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,"
             " requested_seq INTEGER NOT NULL, PRIMARY KEY (rsvp_id, round_id))",
             "CREATE INDEX rsvp_picks_workshop ON rsvp_picks(workshop_id, requested_seq)",
             "CREATE INDEX rsvp_picks_seq ON rsvp_picks(requested_seq)",  // MAX() for the next place in line
             "CREATE TABLE checkins ("
             " id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
             " household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
             " adults INTEGER NOT NULL, children INTEGER NOT NULL, station TEXT NOT NULL DEFAULT '',"
             " checked_in_at TEXT NOT NULL, walk_in INTEGER NOT NULL DEFAULT 0, UNIQUE (event_id, household_id))",
             "CREATE TABLE workshop_attendance ("
             " workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,"
             " household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
             " PRIMARY KEY (workshop_id, household_id))",
             // Turnout of events marked done, kept so the dinner rule can learn
             // from many past events without rereading their RSVPs on every count.
             // Rewritten whenever a done event's RSVPs or check-ins change.
             "CREATE TABLE turnout_summaries ("
             " event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,"
             " expected_people INTEGER NOT NULL, no_show_people INTEGER NOT NULL, walk_in_people INTEGER NOT NULL)",
             "CREATE TABLE headcounts ("
             " id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
             " category TEXT NOT NULL, label TEXT NOT NULL, count INTEGER NOT NULL, recorded_at TEXT NOT NULL)",
         }},
        {2,
         {
             // Childcare drop-off at the door; a pickup code is unique among
             // the children still in care at one event.
             "CREATE TABLE childcare_dropoffs ("
             " id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
             " household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
             " children INTEGER NOT NULL, pickup_code TEXT NOT NULL, dropped_at TEXT NOT NULL,"
             " picked_up_at TEXT NOT NULL DEFAULT '')",
             "CREATE UNIQUE INDEX childcare_open_codes ON childcare_dropoffs(event_id, pickup_code)"
             " WHERE picked_up_at = ''",
             "CREATE INDEX childcare_household ON childcare_dropoffs(event_id, household_id)",
         }},
        {3,
         {
             // The door log (fn::DoorEntry): one row per action at the door. The
             // operation id is made where the action was typed, so a repeat is
             // the same row (UNIQUE), also across stations on a shared database.
             "CREATE TABLE door_log ("
             " id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
             " household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
             " action TEXT NOT NULL, operation_id TEXT NOT NULL UNIQUE, station TEXT NOT NULL DEFAULT '',"
             " at TEXT NOT NULL, adults INTEGER NOT NULL DEFAULT 0, children INTEGER NOT NULL DEFAULT 0,"
             " before_adults INTEGER NOT NULL DEFAULT 0, before_children INTEGER NOT NULL DEFAULT 0,"
             " target_id INTEGER NOT NULL DEFAULT 0, detail TEXT NOT NULL DEFAULT '',"
             " reverted_by INTEGER NOT NULL DEFAULT 0)",
             "CREATE INDEX door_log_event ON door_log(event_id, id)",
             "CREATE INDEX door_log_household ON door_log(event_id, household_id)",
             // What the door did before the log existed, so it can be seen and reverted too.
             "INSERT INTO door_log (event_id, household_id, action, operation_id, station, at, adults, children,"
             " target_id) SELECT event_id, household_id, 'check-in',"
             " 'earlier-checkin-' || id, station, checked_in_at, adults, children, id FROM checkins",
             "INSERT INTO door_log (event_id, household_id, action, operation_id, at, children, target_id, detail)"
             " SELECT event_id, household_id, 'drop-off', 'earlier-dropoff-' || id, dropped_at, children, id,"
             " pickup_code FROM childcare_dropoffs",
             "INSERT INTO door_log (event_id, household_id, action, operation_id, at, children, target_id, detail)"
             " SELECT event_id, household_id, 'pickup', 'earlier-pickup-' || id, picked_up_at, children, id,"
             " pickup_code FROM childcare_dropoffs WHERE picked_up_at <> ''",
         }},
        {4,
         {
             // The family name as the family writes it ("Dela Cruz", "Nguyễn"); '' when taken from the names.
             "ALTER TABLE households ADD COLUMN family_name TEXT NOT NULL DEFAULT ''",
             // Where the event is, and what a room is called, in every language families read.
             "ALTER TABLE event_texts ADD COLUMN place TEXT NOT NULL DEFAULT ''",
             "CREATE TABLE room_names ("
             " room_id INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE, lang TEXT NOT NULL,"
             " name TEXT NOT NULL, PRIMARY KEY (room_id, lang))",
         }},
        {5,
         {
             // The order meals were typed in, kept without SQLite's rowid so
             // the same query runs on PostgreSQL.
             "ALTER TABLE rsvp_meals ADD COLUMN seq INTEGER NOT NULL DEFAULT 0",
             "UPDATE rsvp_meals SET seq = rowid",
         }},
        {6,
         {
             // The database login of a teacher, so a shared database knows
             // which workshops are theirs (store/postgresql_roles.h).
             "ALTER TABLE people ADD COLUMN login TEXT NOT NULL DEFAULT ''",
         }},
        {7,
         {
             // A household's guardians in their order straight from the
             // index: the door's search reads them for every row it shows,
             // on every keystroke, and a sort per row doubled its time.
             "DROP INDEX guardians_household",
             "CREATE INDEX guardians_household ON guardians(household_id, position)",
         }},
        {8,
         {
             // What a row at the door shows of a household, kept with it
             // (store/door_search_store.h): reading the guardians and
             // students of thirty households on every keystroke cost more
             // than finding them.
             "ALTER TABLE households ADD COLUMN door_guardians TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE households ADD COLUMN door_students TEXT NOT NULL DEFAULT ''",
             kFillDoorGuardians,
             kFillDoorStudents,
             // The search words of the families expected at each event (a yes
             // RSVP), so the door finds them first through an index.
             "CREATE TABLE expected_terms ("
             " event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, term TEXT NOT NULL,"
             " household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
             " PRIMARY KEY (event_id, term, household_id)) WITHOUT ROWID",
             "CREATE INDEX expected_terms_household ON expected_terms(household_id, event_id)",
             "INSERT INTO expected_terms (event_id, term, household_id) SELECT r.event_id, t.term, t.household_id"
             " FROM rsvps r JOIN search_terms t ON t.household_id = r.household_id WHERE r.status = 'yes'",
         }},
        {9,
         {
             // Students a full roster no longer lists, once marked as left
             // (the date), and whether a household still has a student at the
             // school (kept by whoever writes its members: core/household.h).
             "ALTER TABLE students ADD COLUMN left_on TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE households ADD COLUMN active INTEGER NOT NULL DEFAULT 1",
         }},
        {10,
         {
             // Who changed what about a family (core/audit.h): erased with
             // the household; on a shared database only coordinators read it.
             "CREATE TABLE audit_log ("
             " id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
             " at TEXT NOT NULL, operation TEXT NOT NULL, actor TEXT NOT NULL DEFAULT '',"
             " station TEXT NOT NULL DEFAULT '', subject TEXT NOT NULL, label TEXT NOT NULL DEFAULT '',"
             " field TEXT NOT NULL, before_value TEXT NOT NULL DEFAULT '', after_value TEXT NOT NULL DEFAULT '')",
             "CREATE INDEX audit_log_household ON audit_log(household_id, id)",
         }},
        {11,
         {
             // The day a household's personal data was erased (on request, or
             // by the retention purge): the row stays, nameless, so past
             // events' counts stay as they were (store/retention_store.h).
             "ALTER TABLE households ADD COLUMN erased_on TEXT NOT NULL DEFAULT ''",
         }},
        {12,
         {
             // The contact log (core/contact_log.h): staff and teachers read
             // and write it on a shared database, the door does not.
             "CREATE TABLE contacts ("
             " id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
             " contacted_on TEXT NOT NULL, staff TEXT NOT NULL, channel TEXT NOT NULL, language TEXT NOT NULL,"
             " interpreter TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
             " recorded_at TEXT NOT NULL)",
             "CREATE INDEX contacts_household ON contacts(household_id, contacted_on)",
             "CREATE INDEX contacts_day ON contacts(contacted_on)",
         }},
        {13,
         {
             // A household's RSVPs and door entries straight from an index:
             // every family edit refreshes its expected search words from its
             // RSVPs, and a scan of every RSVP per family made a new school
             // year of 10,000 families take seconds.
             "CREATE INDEX rsvps_household ON rsvps(household_id)",
             "CREATE INDEX door_log_by_household ON door_log(household_id)",
         }},
        {14,
         {
             // Evaluation forms and barrier slips as typed from the paper
             // (core/evaluation.h): no names, no household; lists are kept as
             // typed numbers ("1 3 7", favourites "round:number").
             "CREATE TABLE evaluations ("
             " id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
             " kind TEXT NOT NULL, language TEXT NOT NULL, grade_band TEXT NOT NULL DEFAULT '',"
             " q_welcome INTEGER NOT NULL DEFAULT 0, q_learned INTEGER NOT NULL DEFAULT 0,"
             " q_language INTEGER NOT NULL DEFAULT 0, q_time INTEGER NOT NULL DEFAULT 0,"
             " q_again INTEGER NOT NULL DEFAULT 0, favourites TEXT NOT NULL DEFAULT '',"
             " barriers TEXT NOT NULL DEFAULT '', best_days TEXT NOT NULL DEFAULT '',"
             " best_times TEXT NOT NULL DEFAULT '', topic TEXT NOT NULL DEFAULT '', comment TEXT NOT NULL DEFAULT '',"
             " entered_at TEXT NOT NULL, entered_by TEXT NOT NULL DEFAULT '')",
             "CREATE INDEX evaluations_event ON evaluations(event_id, id)",
         }},
        {15,
         {
             // Home visits (core/home_visit.h): staff and teachers read and
             // write them on a shared database, the door does not.
             "CREATE TABLE home_visits ("
             " id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
             " homeroom TEXT NOT NULL DEFAULT '', offered_on TEXT NOT NULL, offered_by TEXT NOT NULL,"
             " answer TEXT NOT NULL DEFAULT '', consent_on TEXT NOT NULL DEFAULT '', visit_on TEXT NOT NULL DEFAULT '',"
             " staff TEXT NOT NULL DEFAULT '', second_staff TEXT NOT NULL DEFAULT '', interpreter TEXT NOT NULL DEFAULT '',"
             " minutes INTEGER NOT NULL DEFAULT 0, made INTEGER NOT NULL DEFAULT 0, reflection TEXT NOT NULL DEFAULT '',"
             " recorded_at TEXT NOT NULL)",
             "CREATE INDEX home_visits_household ON home_visits(household_id, offered_on)",
         }},
        {16,
         {
             // The directory of community resources (core/resource.h): public
             // information, read by every login, kept by the coordinator.
             "CREATE TABLE community_resources ("
             " id INTEGER PRIMARY KEY, category TEXT NOT NULL, name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '',"
             " hours TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', languages TEXT NOT NULL DEFAULT '',"
             " cost TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '')",
         }},
        {17,
         {
             // The door's search reads a found family's RSVP and arrival
             // straight from these indexes, one lookup each instead of an
             // index lookup and a row (store/door_search_store.cpp): a
             // keystroke looks up some thirty families.
             kRsvpsDoorIndex,
             kCheckinsDoorIndex,
         }},
        {18,
         {
             // A roster's language value that could not be read, kept as
             // written until someone confirms the family's language.
             "ALTER TABLE households ADD COLUMN language_to_confirm TEXT NOT NULL DEFAULT ''",
         }},
        {19,
         {
             // Who wrote a contact note or offered a home visit, and who
             // recorded the visit: on a shared database the server keeps
             // these (store/postgresql_policies.cpp) and lets a teacher read
             // and change only their own; a SQLite file is one coordinator's.
             "ALTER TABLE contacts ADD COLUMN author TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE home_visits ADD COLUMN author TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE home_visits ADD COLUMN recorded_by TEXT NOT NULL DEFAULT ''",
         }},
        {20,
         {
             // Every export and erasure of a family's data: what, who, when,
             // the reason given. No personal data beyond the family's code,
             // and no reference to the household row, so it outlives it; a
             // restored backup gets this ledger's erasures again
             // (store/privacy_ledger_store.h).
             "CREATE TABLE privacy_ledger ("
             " id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL, family_code TEXT NOT NULL, action TEXT NOT NULL,"
             " at TEXT NOT NULL, actor TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '')",
         }},
        {21,
         {
             // A whole door action in one round trip to a shared server.
             kServerDoorFunctions,
         }},
        {22,
         {
             // A walk-in in one round trip too: the server's door functions
             // made again (each replaces its earlier self), now with it.
             kServerDoorFunctions,
         }},
        {23,
         {
             // A home visit's record is never overwritten: each earlier record
             // is kept as its own row (made, minutes, reflection, who recorded
             // it and when) with who replaced it and when. Private like the
             // visit: its recorder's and the coordinator's; erased and purged
             // with it (store/retention_store.cpp).
             "CREATE TABLE home_visit_changes ("
             " id INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL REFERENCES home_visits(id) ON DELETE CASCADE,"
             " household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
             " changed_at TEXT NOT NULL, changed_by TEXT NOT NULL DEFAULT '', made INTEGER NOT NULL,"
             " minutes INTEGER NOT NULL, reflection TEXT NOT NULL DEFAULT '', recorded_by TEXT NOT NULL DEFAULT '',"
             " recorded_at TEXT NOT NULL DEFAULT '')",
             "CREATE INDEX home_visit_changes_visit ON home_visit_changes(visit_id, id)",
             kKeepVisitChanges,
             // On a shared server, a family's history written by the server
             // alone (store/history_functions.h), and the walk-in function
             // made again to write its lines that way.
             kServerDoorFunctions,
         }},
        {24,
         {
             // Calendars that update (io/ics_writer.h): each event's revision
             // (its SEQUENCE) and when it last changed, and the school's own
             // random id for event UIDs, made here once.
             "ALTER TABLE events ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
             "ALTER TABLE events ADD COLUMN changed_at TEXT NOT NULL DEFAULT ''",
             kMakeSchoolId,
         }},
        {25,
         {
             // Who waited for a workshop seat (ops/message_ops.h): a family
             // seated later is told "a place opened for you".
             "CREATE TABLE seat_waits ("
             " workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,"
             " household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
             " event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, since TEXT NOT NULL,"
             " PRIMARY KEY (workshop_id, household_id)) WITHOUT ROWID",
             // Each message to a family (store/message_log_store.h): sent,
             // refused by the mail server, or listed for a texting
             // platform. One sent message per event, message and family: the
             // index refuses a second, so a send run again sends nothing new.
             // No message bodies: the address it went to, cleared on erasure.
             "CREATE TABLE messages_sent ("
             " id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
             " household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
             " message TEXT NOT NULL, channel TEXT NOT NULL, address TEXT NOT NULL DEFAULT '',"
             " language TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '',"
             " at TEXT NOT NULL, actor TEXT NOT NULL DEFAULT '')",
             "CREATE UNIQUE INDEX messages_sent_once ON messages_sent(event_id, message, household_id)"
             " WHERE outcome = 'sent'",
             "CREATE INDEX messages_sent_household ON messages_sent(household_id)",
         }},
    };
    return migrations;
}

}  // namespace fn::store
