#include "app/rsvp_words.h"

#include <wx/intl.h>

namespace fn::app {

wxString status_word(RsvpStatus s) {
    switch (s) {
        case RsvpStatus::Yes:
            return _("yes");
        case RsvpStatus::No:
            return _("no");
        case RsvpStatus::Maybe:
            return _("maybe");
        case RsvpStatus::Cancelled:
            return _("cancelled");
    }
    return {};
}

wxString source_word(RsvpSource s) {
    switch (s) {
        case RsvpSource::PaperSlip:
            return _("paper slip");
        case RsvpSource::Phone:
            return _("phone call");
        case RsvpSource::Email:
            return _("e-mail");
        case RsvpSource::InPerson:
            return _("in person");
    }
    return {};
}

wxString meal_word(MealNeed n) {
    switch (n) {
        case MealNeed::Vegetarian:
            return _("vegetarian");
        case MealNeed::Halal:
            return _("halal");
        case MealNeed::Kosher:
            return _("kosher");
        case MealNeed::Allergy:
            return _("allergy");
        case MealNeed::None:
            break;
    }
    return {};
}

wxString meal_name(MealNeed need) {
    switch (need) {
        case MealNeed::None:
            return _("no special meal");
        case MealNeed::Vegetarian:
            return _("Vegetarian");
        case MealNeed::Halal:
            return _("Halal");
        case MealNeed::Kosher:
            return _("Kosher");
        case MealNeed::Allergy:
            return _("Allergy");
    }
    return {};
}

}  // namespace fn::app
