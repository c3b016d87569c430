#pragma once
#include <optional>
// Use cases for staff and volunteers: people, roles, shifts and sign-ups.
#include <vector>

#include "core/errors.h"
#include "core/people.h"
#include "core/rules/volunteers.h"

namespace fn::store {
class Database;
}

namespace fn::ops {

using store::Database;

Id add_person(Database& db, Person p);
std::vector<Person> list_people(Database& db);  // by name
std::optional<Person> find_person(Database& db, Id id);
std::optional<Person> find_person_by_name(Database& db, const std::string& name);
Id add_volunteer_role(Database& db, VolunteerRole r);
Id add_shift(Database& db, Shift s);
// Adds the shift to the event's role with this name (accents and case
// ignored), creating the role first when there is none; one transaction.
Id add_shift_for_role(Database& db, VolunteerRole role, Shift s);
// Whether a sign-up may go past what the shift needs (asked first).
enum class ShiftNeed { UpToNeed, BeyondNeed };
// A shift that already has everyone it needs is refused
// (ShiftAlreadyFullError) unless `need` says one more is wanted; counted
// then as "over". Refuses a shift that overlaps one the person already has
// that day.
void sign_up_volunteer(Database& db, Id shift_id, Id person_id, ShiftNeed need = ShiftNeed::UpToNeed);
class ShiftAlreadyFullError : public ConflictError {
public:
    using ConflictError::ConflictError;
};

struct VolunteerBoard {
    std::vector<VolunteerRole> roles;
    std::vector<Shift> shifts;
    std::vector<ShiftSignup> signups;
    std::vector<ShiftCoverage> shift_coverage;
    std::vector<RoleCoverage> role_coverage;
};
VolunteerBoard load_volunteer_board(Database& db, Id event_id);

}  // namespace fn::ops
