#include "app/counted_words.h"

#include <wx/intl.h>

namespace fn::app {

wxString adults_and_children(int adults, int children, const wxString& separator) {
    return wxString::Format(wxPLURAL("%d adult", "%d adults", adults), adults) + separator + children_count(children);
}

wxString children_count(int children) {
    return wxString::Format(wxPLURAL("%d child", "%d children", children), children);
}

wxString caregivers_count(int caregivers) {
    return wxString::Format(wxPLURAL("%d caregiver", "%d caregivers", caregivers), caregivers);
}

}  // namespace fn::app
