#pragma once
// What to tell the person who typed a family whose names printed documents
// will not show whole (printing::names_that_will_not_print), in the app's
// language; empty when every name prints.
#include <wx/string.h>

#include "core/household.h"

namespace fn::app {

wxString unprintable_names_message(const Household& h);

}  // namespace fn::app
