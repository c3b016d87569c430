#pragma once
// The contact log: positive, asset-based contact with families
// between the nights, by each family's preferred channel and language. One
// entry per contact: who reached which family, when, how, in which language
// or with which interpreter, what kind of contact, and a short note. Notes
// are private (never printed for families or shown at the door) and cleared
// after the school's retention period; the entries stay for the counts.
#include <string>

#include "core/ids.h"

namespace fn {

// A lunch invitation is the seeds' draw (ops::draw_lunch_invitations): a
// few families of a class each time, none twice in a term.
enum class ContactKind { GoodNews, Invitation, LunchInvitation, FollowUp, Conference };
std::string to_string(ContactKind);
ContactKind parse_contact_kind(const std::string&);
// Good news is the positive contact a month's coverage counts.
inline bool is_positive(ContactKind k) { return k == ContactKind::GoodNews; }

enum class ContactChannel { Phone, Text, Email, Note, InPerson };
std::string to_string(ContactChannel);
ContactChannel parse_contact_channel(const std::string&);

struct ContactEntry {
    Id id = 0;
    Id household_id = 0;
    std::string on;     // YYYY-MM-DD, the day of the contact
    std::string staff;  // who made it ("Ms. Rivera")
    ContactChannel channel = ContactChannel::Phone;
    std::string language;     // the language spoken or written ("" when recording: the family's)
    std::string interpreter;  // who interpreted, if anyone
    ContactKind kind = ContactKind::GoodNews;
    std::string note;  // short, private; cleared after the retention period
    std::string recorded_at;
};

// Throws ValidationError naming the field: a real date, someone who made
// it, a language code, short texts.
void validate(const ContactEntry& c);

}  // namespace fn
