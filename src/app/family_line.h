#pragma once
// How a family is named wherever a volunteer must tell it from another of
// the same name: its guardians, its children with grade and homeroom, and
// its code ("Carter — Ann Carter; Kid Carter (2, Ms. Park) · Y7KAMF").
#include <wx/string.h>

#include "core/household.h"

namespace fn::app {

// "Ana Núñez (2, Ms. Rivera); Luis Núñez (K)": same-name families differ by their children.
wxString students_text(const Household& h);
// Guardians, children and code: "Ann Carter; Kid Carter (2, Ms. Park) · Y7KAMF".
wxString family_details(const Household& h);
// Family name, then its details: "Carter — Ann Carter; Kid Carter (2, Ms. Park) · Y7KAMF".
wxString family_line(const Household& h);

}  // namespace fn::app
