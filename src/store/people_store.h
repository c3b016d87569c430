#pragma once
// Staff and volunteers, volunteer roles, shifts and sign-ups.
#include <optional>
#include <string>
#include <vector>

#include "core/people.h"

namespace soci {
class session;
}

namespace fn::store {

Id insert_person(soci::session& sql, const Person& p);
std::optional<Person> find_person(soci::session& sql, Id id);
std::vector<Person> list_people(soci::session& sql);
// Exact name match, case-sensitive as stored.
std::optional<Person> find_person_by_name(soci::session& sql, const std::string& name);

// The person whose login this connection uses (a teacher's), if any; a
// SQLite file has no logins.
std::optional<Person> person_of_this_login(soci::session& sql);

Id insert_role(soci::session& sql, const VolunteerRole& r);
std::vector<VolunteerRole> roles_of(soci::session& sql, Id event_id);
std::optional<VolunteerRole> find_role(soci::session& sql, Id id);

Id insert_shift(soci::session& sql, const Shift& s);
std::optional<Shift> find_shift(soci::session& sql, Id id);
std::vector<Shift> shifts_of_event(soci::session& sql, Id event_id);

// Returns false when the person already had that shift.
bool insert_signup(soci::session& sql, const ShiftSignup& s);
std::vector<ShiftSignup> signups_of_event(soci::session& sql, Id event_id);

// The person's shifts on a date (any event), for clash checks.
struct PersonShift {
    Id shift_id = 0;
    std::string date, start_time, end_time;
};
std::vector<PersonShift> shifts_of_person_on(soci::session& sql, Id person_id, const std::string& date);

}  // namespace fn::store
