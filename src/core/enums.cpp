// The stable words for every enum, as stored and as typed on the CLI.
#include "core/attendance.h"
#include "core/door_log.h"
#include "core/door_outbox.h"
#include "core/enum_names.h"
#include "core/event.h"
#include "core/household.h"
#include "core/people.h"
#include "core/rsvp.h"

namespace fn {
namespace {

constexpr EnumNames<EventKind, 7> kEventKinds{{{EventKind::LiteracyNight, "literacy-night"},
                                               {EventKind::MathNight, "math-night"},
                                               {EventKind::FamilyNight, "family-night"},
                                               {EventKind::WalkIn, "walk-in"},
                                               {EventKind::ParentWorkshop, "parent-workshop"},
                                               {EventKind::NewFamilyOrientation, "new-family-orientation"},
                                               {EventKind::Other, "other"}}};
constexpr EnumNames<EventStatus, 4> kEventStatuses{{{EventStatus::Draft, "draft"},
                                                    {EventStatus::Published, "published"},
                                                    {EventStatus::Done, "done"},
                                                    {EventStatus::Cancelled, "cancelled"}}};
constexpr EnumNames<Subject, 3> kSubjects{
    {{Subject::Literacy, "literacy"}, {Subject::Math, "math"}, {Subject::Other, "other"}}};
constexpr EnumNames<PersonRole, 5> kPersonRoles{{{PersonRole::Teacher, "teacher"},
                                                 {PersonRole::Staff, "staff"},
                                                 {PersonRole::Parent, "parent"},
                                                 {PersonRole::CommunityPartner, "community-partner"},
                                                 {PersonRole::Student, "student"}}};
constexpr EnumNames<VolunteerRoleKind, 7> kRoleKinds{{{VolunteerRoleKind::Childcare, "childcare"},
                                                      {VolunteerRoleKind::DinnerService, "dinner"},
                                                      {VolunteerRoleKind::Greeter, "greeter"},
                                                      {VolunteerRoleKind::Interpreter, "interpreter"},
                                                      {VolunteerRoleKind::SetUp, "set-up"},
                                                      {VolunteerRoleKind::CleanUp, "clean-up"},
                                                      {VolunteerRoleKind::Other, "other"}}};
constexpr EnumNames<ContactMethod, 4> kContacts{{{ContactMethod::Phone, "phone"},
                                                 {ContactMethod::Text, "text"},
                                                 {ContactMethod::Email, "email"},
                                                 {ContactMethod::Paper, "paper"}}};
constexpr EnumNames<RsvpStatus, 4> kRsvpStatuses{{{RsvpStatus::Yes, "yes"},
                                                  {RsvpStatus::No, "no"},
                                                  {RsvpStatus::Maybe, "maybe"},
                                                  {RsvpStatus::Cancelled, "cancelled"}}};
constexpr EnumNames<MealNeed, 5> kMealNeeds{{{MealNeed::None, "none"},
                                             {MealNeed::Vegetarian, "vegetarian"},
                                             {MealNeed::Halal, "halal"},
                                             {MealNeed::Kosher, "kosher"},
                                             {MealNeed::Allergy, "allergy"}}};
constexpr EnumNames<RsvpSource, 4> kSources{{{RsvpSource::PaperSlip, "paper"},
                                             {RsvpSource::Phone, "phone"},
                                             {RsvpSource::Email, "email"},
                                             {RsvpSource::InPerson, "in-person"}}};
constexpr EnumNames<HeadcountCategory, 3> kHeadcounts{{{HeadcountCategory::MeetingPoint, "meeting-point"},
                                                       {HeadcountCategory::Grade, "grade"},
                                                       {HeadcountCategory::Role, "role"}}};
constexpr EnumNames<DoorAction, 7> kDoorActions{{{DoorAction::CheckIn, "check-in"},
                                                 {DoorAction::WalkIn, "walk-in"},
                                                 {DoorAction::Adjust, "adjust"},
                                                 {DoorAction::DropOff, "drop-off"},
                                                 {DoorAction::PickUp, "pickup"},
                                                 {DoorAction::Revert, "revert"},
                                                 {DoorAction::AlsoCheckedIn, "also-checked-in"}}};

constexpr EnumNames<OutboxState, 4> kOutboxStates{{{OutboxState::Waiting, "waiting"},
                                                   {OutboxState::Sent, "sent"},
                                                   {OutboxState::NeedsPerson, "needs-person"},
                                                   {OutboxState::SetAside, "set-aside"}}};

}  // namespace

std::string to_string(OutboxState v) { return enum_to_string(kOutboxStates, v); }
OutboxState parse_outbox_state(const std::string& s) { return enum_from_string(kOutboxStates, s, "outbox state"); }
std::string to_string(EventKind v) { return enum_to_string(kEventKinds, v); }
std::string to_string(EventStatus v) { return enum_to_string(kEventStatuses, v); }
std::string to_string(Subject v) { return enum_to_string(kSubjects, v); }
std::string to_string(PersonRole v) { return enum_to_string(kPersonRoles, v); }
std::string to_string(VolunteerRoleKind v) { return enum_to_string(kRoleKinds, v); }
std::string to_string(ContactMethod v) { return enum_to_string(kContacts, v); }
std::string to_string(RsvpStatus v) { return enum_to_string(kRsvpStatuses, v); }
std::string to_string(MealNeed v) { return enum_to_string(kMealNeeds, v); }
std::string to_string(RsvpSource v) { return enum_to_string(kSources, v); }
std::string to_string(HeadcountCategory v) { return enum_to_string(kHeadcounts, v); }

EventKind parse_event_kind(const std::string& s) { return enum_from_string(kEventKinds, s, "event kind"); }
EventStatus parse_event_status(const std::string& s) { return enum_from_string(kEventStatuses, s, "event status"); }
Subject parse_subject(const std::string& s) { return enum_from_string(kSubjects, s, "subject"); }
PersonRole parse_person_role(const std::string& s) { return enum_from_string(kPersonRoles, s, "person role"); }
VolunteerRoleKind parse_volunteer_role_kind(const std::string& s) {
    return enum_from_string(kRoleKinds, s, "volunteer role");
}
ContactMethod parse_contact_method(const std::string& s) { return enum_from_string(kContacts, s, "preferred contact"); }
RsvpStatus parse_rsvp_status(const std::string& s) { return enum_from_string(kRsvpStatuses, s, "RSVP status"); }
MealNeed parse_meal_need(const std::string& s) { return enum_from_string(kMealNeeds, s, "meal need"); }
RsvpSource parse_rsvp_source(const std::string& s) { return enum_from_string(kSources, s, "RSVP source"); }
HeadcountCategory parse_headcount_category(const std::string& s) {
    return enum_from_string(kHeadcounts, s, "headcount category");
}
std::string to_string(DoorAction v) { return enum_to_string(kDoorActions, v); }
DoorAction parse_door_action(const std::string& s) { return enum_from_string(kDoorActions, s, "door action"); }

}  // namespace fn
