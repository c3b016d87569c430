#include "app/timetable_forms.h"
#include "app/number_fields.h"

#include <wx/spinctrl.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "ops/event_ops.h"

namespace fn::app {

RoundDialog::RoundDialog(wxWindow* parent, store::Database& db, Id event_id, int number, const wxString& start,
                         const wxString& end)
    : FormDialog(parent, "RoundDialog"), db_(db), event_id_(event_id), number_(number) {
    SetTitle(wxString::Format(_("Add round %d"), number));
    set_field("start", start);
    set_field("end", end);
    XRCCTRL(*this, "start", wxTextCtrl)->SetFocus();
    Fit();
}

void RoundDialog::do_save() { ops::add_round(db_, {0, event_id_, number_, field("start"), field("end")}); }

RoomDialog::RoomDialog(wxWindow* parent, store::Database& db, Id event_id)
    : FormDialog(parent, "RoomDialog"), db_(db), event_id_(event_id) {
    XRCCTRL(*this, "name", wxTextCtrl)->SetFocus();
    Fit();
}

void RoomDialog::set_seats(int seats) { XRCCTRL(*this, "seats", wxSpinCtrl)->SetValue(seats); }

void RoomDialog::do_save() {
    ops::add_room(db_, {0, event_id_, field("name"), read_number(XRCCTRL(*this, "seats", wxSpinCtrl), _("Seats"))});
}

}  // namespace fn::app
