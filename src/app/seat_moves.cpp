#include "app/seat_moves.h"

#include <wx/msgdlg.h>

#include "app/translations.h"

namespace fn::app {

bool confirm_seat_moves(wxWindow* parent, const ops::SeatsWouldMoveError& seats) {
    return wxMessageBox(translated(seats), _("Families would lose their seats"),
                        wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, parent) == wxYES;
}

void tell_seat_moves(wxWindow* parent, const std::vector<ops::SeatMoved>& moved) {
    if (moved.empty()) return;
    wxString names;
    for (const auto& m : moved)
        names << "\n" << wxString::FromUTF8(m.family) << " (" << wxString::FromUTF8(m.workshop) << ")";
    wxMessageBox(_("Moved to the waitlist. Tell these families (a call, a note home):") + names, _("Families to tell"),
                 wxOK | wxICON_INFORMATION, parent);
}

}  // namespace fn::app
