#pragma once
// Changing and removing what was planned: rooms, rounds, people, volunteer
// roles, shifts, sign-ups and presenters. Callers own the transaction and
// check what depends on a row before removing it.
#include <optional>
#include <vector>

#include "core/event.h"
#include "core/people.h"

namespace soci {
class session;
}

namespace fn::store {

void update_room(soci::session& sql, const Room& r);
void delete_room(soci::session& sql, Id room_id);
void unassign_room(soci::session& sql, Id room_id);  // its workshops move to "no room yet"
std::optional<Room> find_room(soci::session& sql, Id room_id);

void update_round(soci::session& sql, const Round& r);
void delete_round(soci::session& sql, Id round_id);
std::optional<Round> find_round(soci::session& sql, Id round_id);

void update_person(soci::session& sql, const Person& p);
void delete_person(soci::session& sql, Id person_id);
std::vector<Id> workshops_presented_by(soci::session& sql, Id person_id);
std::vector<Id> shifts_of_person(soci::session& sql, Id person_id);

void update_role(soci::session& sql, const VolunteerRole& r);
void delete_role(soci::session& sql, Id role_id);
void update_shift(soci::session& sql, const Shift& s);
void delete_shift(soci::session& sql, Id shift_id);
std::vector<Id> people_on_shift(soci::session& sql, Id shift_id);
// True when there was such a sign-up (or presenter) to remove.
bool delete_signup(soci::session& sql, Id shift_id, Id person_id);
bool delete_presenter(soci::session& sql, Id workshop_id, Id person_id);

}  // namespace fn::store
