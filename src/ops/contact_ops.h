#pragma once
// The contact log between the nights: record a contact
// with a family, see a family's contacts, a teacher's families with no
// positive contact yet this month (the one waiting longest suggested
// first), the coverage by teacher and by language (never a ranking of
// families), and the lunch invitation draw. Not at the door.
#include <string>
#include <vector>

#include "core/contact_log.h"
#include "core/household.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

// The channel a family prefers (its first guardian's), for a new contact.
ContactChannel suggested_channel(const Household& h);

// Stores the contact. An empty language is the family's; an empty day is
// today. Refused on a door login.
Id record_contact(Database& db, ContactEntry c);
// Newest first.
std::vector<ContactEntry> contacts_of(Database& db, Id household_id);

// A family of a class, for the teacher's view and the lunch draw.
struct ClassFamily {
    Id household_id = 0;
    std::string code;
    std::string family_name;
    std::string students;  // this class's students of the family: "Ana, Leo"
    std::string language;
    ContactChannel channel = ContactChannel::Phone;  // the family's preferred
    std::string last_positive;                       // the day of its latest good-news contact, or ""
};

// The day good news is counted from unless another is given: the 1st of
// this month (each family hears good news once a month).
std::string good_news_since();

// The families with a student in `homeroom` (as written, case and spaces
// ignored) and no good-news contact on or after `since` (empty: the 1st of
// this month), the longest without first: the first is the suggested next
// contact.
std::vector<ClassFamily> families_due(Database& db, const std::string& homeroom, const std::string& since);

struct CoverageLine {
    std::string group;  // a homeroom, or a language code
    int families = 0;
    int reached = 0;  // with a good-news contact on or after `since`
};
struct Coverage {
    std::string since;
    std::vector<CoverageLine> by_teacher;   // by homeroom, in name order
    std::vector<CoverageLine> by_language;  // in code order
};
// `since` empty: from the 1st of this month.
Coverage contact_coverage(Database& db, const std::string& since);

// Draws `count` families of the class at random (seeded by `seed`; 0: from
// the system), none with a lunch invitation on or after `term_start`, and
// records a lunch invitation for each, made by `staff`, in one
// transaction. Fewer when fewer are left.
std::vector<ClassFamily> draw_lunch_invitations(Database& db, const std::string& homeroom, int count,
                                                const std::string& term_start, const std::string& staff,
                                                unsigned seed = 0);

}  // namespace fn::ops
