#pragma once
// How an RSVP's choices read on screen, in the app's language: one place
// for the slip, the RSVP list and the counts.
#include <wx/string.h>

#include "core/rsvp.h"

namespace fn::app {

wxString status_word(RsvpStatus status);  // "yes", "maybe", ...
wxString source_word(RsvpSource source);  // "paper slip", "phone call", ...
wxString meal_word(MealNeed need);        // "vegetarian", ...; "" for none
wxString meal_name(MealNeed need);        // "Vegetarian", ...: a heading; "no special meal" for none

}  // namespace fn::app
