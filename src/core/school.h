#pragma once
#include <map>
#include <string>
#include <vector>

namespace fn {

// Children of ages [min_age, max_age] need one caregiver per `children_per_caregiver`.
struct ChildcareBand {
    int min_age = 0;
    int max_age = 0;
    int children_per_caregiver = 1;
};

// The school's mail server, for messages to families (print/family_messages.h).
// Its password is never a setting: asked for, or kept in the system keyring.
struct MailServerSettings {
    std::string host;              // "" until set: nothing is sent
    int port = 0;                  // 0: the usual one for `tls`
    std::string tls = "starttls";  // "none", "starttls" or "tls"
    std::string user;              // "" sends without logging in
    std::string from_address;      // the school's address families see and answer
    int per_minute = 60;           // at most this many messages a minute
};

struct SchoolSettings {
    // A random id made with the database, never changed: it keeps this
    // school's calendar entries apart from every other school's.
    std::string school_id;
    // The school's time zone (IANA, "America/Chicago"); "" the computer's.
    std::string time_zone;
    std::string name;
    std::string address;
    std::string phone;  // printed on flyers beside the address
    std::string logo_path;
    std::vector<std::string> languages{"en"};  // language codes the school sends flyers in
    // Default bands: under 3 at 1:4, 3-5 at 1:8, 6 and up at 1:12.
    std::vector<ChildcareBand> childcare_bands{{0, 2, 4}, {3, 5, 8}, {6, 99, 12}};
    // Extra meals planned for walk-ins until past events give a measured rate.
    int walk_in_buffer_percent = 10;
    std::string paper = "letter";  // "letter" or "a4" for printed documents
    // Times on paper: "language" (as each language writes them: 5:30 PM in
    // English, 17:30 in Spanish), "12" (5:30 PM) or "24" (17:30) everywhere.
    std::string clock = "language";
    // Phone numbers the school's records use for "no number", which never
    // join families in a roster import (besides 000-000-0000 and the like).
    std::vector<std::string> placeholder_phones;
    // The day the current school year was started (ops/rollover_ops.h),
    // YYYY-MM-DD; empty before the first.
    std::string school_year_started;
    // How long a family whose students have all left is kept before a purge
    // removes it (ops/retention_ops.h), in months after the last one left.
    int keep_left_families_months = 12;
    // How long the notes on RSVPs' meals (allergies: health data) are kept
    // after the event, in months; the meal counts stay.
    int keep_event_notes_months = 12;
    // How long contact log notes are kept (one school year); the entries stay.
    int keep_contact_notes_months = 12;
    // The school's own wording for printed labels: language -> key -> text.
    std::map<std::string, std::map<std::string, std::string>> label_overrides;
    MailServerSettings mail;
};

void validate(const SchoolSettings& s);

// Bands written as "0-2:4;3-5:8;6-99:12" (ages min-max : children per caregiver).
std::string format_childcare_bands(const std::vector<ChildcareBand>& bands);
// Throws ValidationError naming the piece that is not like "3-5:8".
std::vector<ChildcareBand> parse_childcare_bands(const std::string& text);

}  // namespace fn
