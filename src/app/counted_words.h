#pragma once
// Numbers of people said with each language's plural rules ("1 adult,
// 2 children", "1 caregiver"), for every panel that counts them.
#include <wx/string.h>

namespace fn::app {

wxString adults_and_children(int adults, int children, const wxString& separator = ", ");
wxString children_count(int children);
wxString caregivers_count(int caregivers);

}  // namespace fn::app
