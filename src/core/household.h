#pragma once
#include <string>
#include <vector>

#include "core/ids.h"

namespace fn {

enum class ContactMethod { Phone, Text, Email, Paper };
std::string to_string(ContactMethod);
ContactMethod parse_contact_method(const std::string&);

struct Guardian {
    Id id = 0;
    std::string name;
    std::string phone;
    std::string email;
    ContactMethod preferred_contact = ContactMethod::Paper;
    std::string language = "en";
};

struct Student {
    Id id = 0;
    std::string student_number;  // from the school information system; may be empty for walk-ins
    std::string first_name;
    std::string last_name;
    std::string grade;     // "PK", "K", "1" .. "12"
    std::string homeroom;  // homeroom teacher or room
    // The date a full roster stopped listing the student and the coordinator
    // marked them as left (YYYY-MM-DD); empty while they are at the school.
    std::string left_on;
};

struct Household {
    Id id = 0;
    std::string code;  // short family code for the door, e.g. "K7MX4P"
    std::string address;
    std::string language = "en";  // language for flyers and calls
    // A roster's language value FamilyNight could not read ("Other",
    // "Unknown", a name ICU does not know), kept as written: the language is
    // to be confirmed, and papers go out in `language` (English for a new
    // family) until then. Empty: nothing to confirm.
    std::string language_to_confirm;
    std::string notes;
    bool walk_in = false;  // first came as a walk-in
    // The family name as the family writes it ("Dela Cruz", "Nguyễn"); empty:
    // taken from a student's last name or a guardian's name (core/family_names.h).
    std::string family_name_as_written;
    std::vector<Guardian> guardians;
    std::vector<Student> students;
    // The day its personal data was erased (ops/retention_ops.h): no names
    // or contacts are left, only what past events' counts need. Read only.
    std::string erased_on;

    // How the household is called and filed ("Núñez"): as written; else the
    // family name its students and guardians share; else, for families
    // named by given name and father's name (core/family_names.h: a
    // student's last name is a guardian's given name, or the family's
    // language names that way), the guardians' names ("Tesfaye Bekele and
    // Almaz Haile"), never a child's father's given name; else a student's
    // last name; else the first guardian's family name.
    std::string family_name() const;
    // True when the household is called by its guardians' names (above).
    bool named_by_guardians() const;
    // "Rosa Núñez, Luis Núñez": every guardian's name, in order.
    std::string guardian_names(const std::string& separator = ", ") const;
    // The same for paper: each name a bidi isolate (U+2068 ... U+2069, not
    // printed), so "יצחק כהן, Rivka Cohen" reads in the order typed, each
    // name in its own direction, whatever script comes first.
    std::string guardian_names_for_paper() const;
    // False once every student of the household has left the school: not
    // offered at the door, on RSVP slips or in backpack mail, but kept in the
    // reports of the events it came to. A household without students (a
    // volunteer's, a walk-in's) stays active.
    bool active() const;
};

// Phone when there is a phone number, else e-mail when there is an address,
// else paper (a flyer in the backpack).
ContactMethod default_contact(const Guardian& g);

// "Ana Núñez:2:Ms. Rivera" -> first name(s), last name, grade, homeroom,
// as typed at the door or on the command line.
Student parse_student_spec(const std::string& text);

// What a name badge shows large: the name without the family name when the
// name starts or ends with it ("Rosa" for Rosa Núñez, "Thị Lan" for Trần Thị
// Lan), else the whole name as typed.
std::string given_names(const std::string& full_name, const std::string& family_name);

// A person's badge: their own given name large, the rest small. Taken from
// their own name, never from a child's: "Tesfaye Bekele" is Tesfaye, Bekele.
struct BadgeName {
    std::string large;
    std::string small;
};
BadgeName badge_name(const std::string& person, const Household& household);

void validate(const Guardian&);
void validate(const Student&);
void validate(const Household&);

}  // namespace fn
