#include "app/name_warnings.h"

#include <wx/intl.h>

#include "print/name_check.h"

namespace fn::app {

wxString unprintable_names_message(const Household& h) {
    wxString text;
    for (const auto& n : printing::names_that_will_not_print(h))
        text << (text.empty() ? "" : "\n")
             << wxString::Format(_("Printed sheets will show '%s' with [?] for %s (no font on this computer draws it): "
                                   "write it in by hand, or spell it another way."),
                                 wxString::FromUTF8(n.name), wxString::FromUTF8(n.characters));
    return text;
}

}  // namespace fn::app
