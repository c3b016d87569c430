#pragma once
#include <string>
#include <vector>

#include "core/ids.h"

namespace fn {

enum class PersonRole { Teacher, Staff, Parent, CommunityPartner, Student };
enum class VolunteerRoleKind { Childcare, DinnerService, Greeter, Interpreter, SetUp, CleanUp, Other };

std::string to_string(PersonRole);
std::string to_string(VolunteerRoleKind);
PersonRole parse_person_role(const std::string&);
VolunteerRoleKind parse_volunteer_role_kind(const std::string&);

// Staff member or volunteer who presents workshops or takes shifts.
struct Person {
    Id id = 0;
    std::string name;
    PersonRole role = PersonRole::Teacher;
    std::string phone;
    std::string email;
    std::vector<std::string> languages;  // language codes spoken
};

struct VolunteerRole {
    Id id = 0;
    Id event_id = 0;
    VolunteerRoleKind kind = VolunteerRoleKind::Other;
    std::string name;  // shown name, e.g. "Childcare (gym)"
};

struct Shift {
    Id id = 0;
    Id role_id = 0;
    std::string start_time;  // HH:MM on the event's date
    std::string end_time;
    int needed = 1;
};

struct ShiftSignup {
    Id shift_id = 0;
    Id person_id = 0;
};

void validate(const Person&);
void validate(const VolunteerRole&);
void validate(const Shift&);

}  // namespace fn
