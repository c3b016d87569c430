#pragma once
#include <string>
#include <vector>

#include "core/ids.h"

namespace fn {

enum class RsvpStatus { Yes, No, Maybe, Cancelled };
enum class MealNeed { None, Vegetarian, Halal, Kosher, Allergy };
enum class RsvpSource { PaperSlip, Phone, Email, InPerson };

std::string to_string(RsvpStatus);
std::string to_string(MealNeed);
std::string to_string(RsvpSource);
RsvpStatus parse_rsvp_status(const std::string&);
MealNeed parse_meal_need(const std::string&);
RsvpSource parse_rsvp_source(const std::string&);

struct MealLine {
    MealNeed need = MealNeed::None;
    int count = 0;
    std::string note;  // the allergy, when need is Allergy
};

struct WorkshopPick {
    Id round_id = 0;
    Id workshop_id = 0;
    // Place in the first-come queue across all picks; set by the store.
    long long requested_seq = 0;
};

struct Rsvp {
    Id id = 0;
    Id event_id = 0;
    Id household_id = 0;
    RsvpStatus status = RsvpStatus::Yes;
    int adults = 1;
    std::vector<int> child_ages;      // one entry per child coming
    std::vector<int> childcare_ages;  // ages of the children who need childcare
    std::vector<WorkshopPick> picks;
    std::vector<MealLine> meals;       // empty: everyone eats, no special need
    std::string interpreter_language;  // empty: none needed
    RsvpSource source = RsvpSource::PaperSlip;
    std::string recorded_at;  // ISO timestamp, set by the store

    int people() const { return adults + static_cast<int>(child_ages.size()); }
    // Meals by need; when `meals` is empty, one plain meal per person.
    std::vector<MealLine> meal_lines() const;
};

// The parts of an RSVP a coordinator can change, for saying what a new slip
// changed in a stored one.
enum class RsvpField { Status, Adults, ChildAges, ChildcareAges, Picks, Meals, Interpreter, Source };
// Which fields differ (the order of children's ages, picks and meals aside),
// in the order above; empty when the new slip says what is stored.
std::vector<RsvpField> changed_fields(const Rsvp& before, const Rsvp& after);

// Throws ValidationError when counts are negative, ages implausible, or the
// meal lines / childcare children exceed the people coming.
void validate(const Rsvp&);

}  // namespace fn
