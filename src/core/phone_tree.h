#pragma once
// The phone tree for an event's message: the families who prefer a call,
// shared among volunteer callers by the language they speak, each family
// with its number and the call script in its language with the English
// beside it, and boxes to mark how the call went (typed back afterwards in
// the contact log). A sheet for the volunteers; phone numbers are the point
// of it, so it is printed for the coordinator to hand out, never posted.
#include <string>
#include <vector>

#include "core/ids.h"

namespace fn {

struct PhoneTreeCall {
    Id household_id = 0;
    std::string family;    // "Núñez"
    std::string guardian;  // who to ask for
    std::string phone;     // as typed
    std::string language;  // the family's (its message's) language code
    std::string language_name;
    std::string script;          // the message in the family's language
    std::string script_english;  // the same in English, for a caller reading along
};

struct PhoneTreeCaller {
    std::string name;  // "" for families no caller speaks the language of
    std::vector<std::string> languages;
    std::vector<PhoneTreeCall> calls;
};

struct PhoneTree {
    std::string school;
    std::string event;
    std::string date;                      // as staff read it
    std::string message;                   // "reminder"
    std::vector<PhoneTreeCaller> callers;  // one sheet each
};

// A volunteer who can call, with the languages they speak.
struct Caller {
    std::string name;
    std::vector<std::string> languages;
};

// Shares `calls` among `callers`: each call goes to a caller who speaks its
// language, the one with the fewest calls so far (so the work is even), in
// the order given; calls no caller speaks the language of are gathered on a
// last sheet without a name (for an interpreter). Callers left without a
// call get no sheet.
std::vector<PhoneTreeCaller> share_calls(const std::vector<Caller>& callers, const std::vector<PhoneTreeCall>& calls);

}  // namespace fn
