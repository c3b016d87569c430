#pragma once
// Correcting people, volunteer roles, shifts, sign-ups and presenters.
// Removing someone or something others depend on says what depends on it.
#include <string>
#include <vector>

#include "core/people.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

Person load_person(Database& db, Id person_id);  // throws NotFoundError
Shift load_shift(Database& db, Id shift_id);     // throws NotFoundError

void update_person(Database& db, Person p);
// Refused while the person presents a workshop or has a shift (named).
void remove_person(Database& db, Id person_id);

VolunteerRole load_role(Database& db, Id role_id);  // throws NotFoundError
void update_role(Database& db, VolunteerRole r);
// Refused while the role has shifts.
void remove_role(Database& db, Id role_id);

// Times and how many are needed; refused when a new time would give someone
// signed up two shifts at once.
void update_shift(Database& db, Shift s);
// Removes the shift and its sign-ups; returns the people to tell.
std::vector<Person> remove_shift(Database& db, Id shift_id);

// Who is signed up for the shift, by name.
std::vector<Person> people_on_shift(Database& db, Id shift_id);
void cancel_volunteer_signup(Database& db, Id shift_id, Id person_id);
void remove_presenter(Database& db, Id workshop_id, Id person_id);

}  // namespace fn::ops
