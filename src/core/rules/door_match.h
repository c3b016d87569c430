#pragma once
// Which family the door volunteer most likely means. A search at the door
// returns every household whose names start with the typed words; this rule
// orders them so that Enter on the first row is the right family: a scanned
// family code first, then families expected tonight (a yes RSVP), then
// those whose guardian's name was typed before those matched by a
// student's name, then by family name.
#include <optional>
#include <string>
#include <vector>

#include "core/household.h"
#include "core/rsvp.h"

namespace fn {

// How the typed words matched, best last.
enum class NameMatch { Mixed, Student, Guardian, Code };

// Every typed (folded) word must start some word of one guardian's name for
// Guardian, of one student's name for Student; Code when the text is the
// family code; Mixed when the words are spread over several people.
NameMatch match_quality(const Household& h, const std::vector<std::string>& typed_words, const std::string& typed_code);

// A walk-in typed at the door is probably a family already in the directory
// when a guardian's or student's name is the same once accents, case and
// word order are set aside ("Juan Gomez" and "Gómez, Juan"), or a phone
// number has the same digits (seven or more).
bool likely_same_family(const Household& existing, const Household& typed);

// A row at the door: the family, what it said, and whether it is here.
struct DoorCandidate {
    // What the row shows of the family: id, code, family name, guardians'
    // names, students' names, grades and homerooms; nothing else is read
    // at the door (load the household for the rest).
    Household household;
    NameMatch match = NameMatch::Mixed;
    std::optional<RsvpStatus> rsvp;  // none: no RSVP for this event
    int expected_adults = 0;
    int expected_children = 0;
    std::optional<std::string> arrived_at;  // ISO timestamp of the check-in
    int adults_here = 0;
    int children_here = 0;
    bool walk_in = false;  // checked in without a yes RSVP

    bool expected() const { return rsvp == RsvpStatus::Yes; }
};

// Orders candidates as described at the top of this file (stable).
void rank_door_candidates(std::vector<DoorCandidate>& candidates);

// What Enter does with the ranked rows. A row the volunteer picked (arrow
// keys, its number, a click) is taken. Otherwise a scanned or typed family
// code is taken at once; one family expected tonight and not yet here is
// taken; when several expected families match ("carter" and three Carter
// families RSVP'd), nobody is taken and the volunteer must choose, since
// the first of them is the wrong family as often as not. With no expected
// family waiting, the first row is taken (and the front end asks before a
// walk-in).
struct DoorEnter {
    enum class Kind { Nothing, TakeRow, Choose };
    Kind kind = Kind::Nothing;
    std::size_t row = 0;       // TakeRow: which
    int expected_waiting = 0;  // Choose: how many expected families match
};
DoorEnter decide_door_enter(const std::vector<DoorCandidate>& ranked, std::optional<std::size_t> picked_row);

}  // namespace fn
