#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/ids.h"

namespace fn {

enum class EventKind { LiteracyNight, MathNight, FamilyNight, WalkIn, ParentWorkshop, NewFamilyOrientation, Other };
enum class EventStatus { Draft, Published, Done, Cancelled };
enum class Subject { Literacy, Math, Other };

std::string to_string(EventKind);
std::string to_string(EventStatus);
std::string to_string(Subject);
EventKind parse_event_kind(const std::string&);
EventStatus parse_event_status(const std::string&);
Subject parse_subject(const std::string&);

// Title and description in one language.
struct LocalizedText {
    std::string title;
    std::string description;
    bool operator==(const LocalizedText&) const = default;
};
// Keyed by language code ("en", "es", "vi", ...).
using Translations = std::map<std::string, LocalizedText>;

struct Event {
    Id id = 0;
    EventKind kind = EventKind::FamilyNight;
    Translations texts;
    std::string date;        // YYYY-MM-DD
    std::string start_time;  // HH:MM
    std::string end_time;
    std::string place;
    std::map<std::string, std::string> places;  // the place in other languages: "es" -> "Cafetería"
    std::string rsvp_deadline;                  // YYYY-MM-DD or empty
    bool dinner = false;
    bool childcare = false;
    int childcare_min_age = 0;
    int childcare_max_age = 12;
    EventStatus status = EventStatus::Draft;
    // For calendars (io/ics_writer.h): how many times what a calendar shows
    // of it (its texts, day, times, place, status) has changed, and when last
    // (local timestamp; when it was created until then).
    int revision = 0;
    std::string changed_at;

    // The title in `lang`, else English, else any.
    std::string title(const std::string& lang = "en") const;
};

// Whether a calendar would show `after` differently from `before`: its
// SEQUENCE then grows, so a subscribed calendar takes the new time.
bool calendar_shows_differently(const Event& before, const Event& after);

struct Room {
    Id id = 0;
    Id event_id = 0;
    std::string name;
    int capacity = 0;
};

// A time slot inside the event (round 1, round 2, ...).
struct Round {
    Id id = 0;
    Id event_id = 0;
    int number = 1;
    std::string start_time;
    std::string end_time;
};

struct Workshop {
    Id id = 0;
    Id event_id = 0;
    Id round_id = 0;
    Id room_id = 0;  // 0 when no room is assigned yet
    Translations texts;
    Subject subject = Subject::Literacy;
    std::string grade_band;  // e.g. "K-2"
    int capacity = 0;        // seats; 0 means the room's capacity
    std::string materials;
    // Languages the workshop is given in; a bilingual workshop names both.
    std::vector<std::string> languages{"en"};
    std::vector<Id> presenter_ids;

    std::string title(const std::string& lang = "en") const;
};

void validate(const Event&);
void validate(const Room&);
// A room's names in other languages: language codes and names of a sensible length.
void validate_room_names(const std::map<std::string, std::string>& names);
void validate(const Round&);
void validate(const Workshop&);

}  // namespace fn
