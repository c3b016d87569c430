#include "app/timetable_forms.h"

#include <wx/button.h>
#include <wx/stattext.h>
#include <wx/msgdlg.h>
#include <wx/spinctrl.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/number_fields.h"
#include "app/seat_moves.h"
#include "core/errors.h"
#include "ops/event_ops.h"
#include "ops/plan_edit_ops.h"
#include "ops/translation_ops.h"

namespace fn::app {
namespace {

// Add or change: the same form, with Remove only for what exists.
void show_remove_button(wxWindow* form, bool shown, const std::function<void()>& on_click) {
    auto* remove = XRCCTRL(*form, "remove", wxButton);
    remove->Show(shown);
    remove->Bind(wxEVT_BUTTON, [on_click](wxCommandEvent&) { on_click(); });
}

}  // namespace

RoundDialog::RoundDialog(wxWindow* parent, store::Database& db, Id event_id, int number, const wxString& start,
                         const wxString& end)
    : FormDialog(parent, "RoundDialog"), db_(db), round_{0, event_id, number, "", ""} {
    SetTitle(wxString::Format(_("Add round %d"), number));
    set_field("start", start);
    set_field("end", end);
    show_remove_button(this, false, [] {});
    XRCCTRL(*this, "start", wxTextCtrl)->SetFocus();
    Fit();
}

RoundDialog::RoundDialog(wxWindow* parent, store::Database& db, const Round& round)
    : FormDialog(parent, "RoundDialog"), db_(db), round_(round) {
    SetTitle(wxString::Format(_("Round %d"), round.number));
    set_field("start", wxString::FromUTF8(round.start_time));
    set_field("end", wxString::FromUTF8(round.end_time));
    XRCCTRL(*this, "wxID_OK", wxButton)->SetLabel(_("Save changes"));
    show_remove_button(this, true, [this] {
        if (remove()) EndModal(wxID_OK);
    });
    XRCCTRL(*this, "start", wxTextCtrl)->SetFocus();
    Fit();
}

void RoundDialog::do_save() {
    Round r = round_;
    r.start_time = time_field("start");
    r.end_time = time_field("end");
    if (r.id)
        ops::update_round(db_, r);
    else
        ops::add_round(db_, r);
}

bool RoundDialog::remove() {
    return attempt([this] { ops::remove_round(db_, round_.id); });
}

RoomDialog::RoomDialog(wxWindow* parent, store::Database& db, Id event_id)
    : FormDialog(parent, "RoomDialog"), db_(db), room_{0, event_id, "", 0} {
    show_remove_button(this, false, [] {});
    bind_other_languages();
    XRCCTRL(*this, "name", wxTextCtrl)->SetFocus();
    Fit();
}

RoomDialog::RoomDialog(wxWindow* parent, store::Database& db, const Room& room)
    : FormDialog(parent, "RoomDialog"), db_(db), room_(room) {
    SetTitle(wxString::Format(_("Room %s"), wxString::FromUTF8(room.name)));
    set_field("name", wxString::FromUTF8(room.name));
    names_ = ops::room_names(db, room.id);
    bind_other_languages();
    set_seats(room.capacity);
    XRCCTRL(*this, "wxID_OK", wxButton)->SetLabel(_("Save changes"));
    keep_workshops_without_room = [this](const wxString& question) {
        return wxMessageBox(question, _("Remove room"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) == wxYES;
    };
    show_remove_button(this, true, [this] {
        if (remove()) EndModal(wxID_OK);
    });
    XRCCTRL(*this, "name", wxTextCtrl)->SetFocus();
    Fit();
}

void RoomDialog::bind_other_languages() {
    XRCCTRL(*this, "other_languages_summary", wxStaticText)->SetLabel(names_summary(names_));
    XRCCTRL(*this, "other_languages", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        edit_other_languages();
    });
}

void RoomDialog::edit_other_languages() {
    TextsDialog dialog(this, ops::languages_to_translate_into(db_), names_);
    if (show_names(dialog) != wxID_OK) return;
    names_ = dialog.names();
    XRCCTRL(*this, "other_languages_summary", wxStaticText)->SetLabel(names_summary(names_));
    Layout();
}

void RoomDialog::set_seats(int seats) { XRCCTRL(*this, "seats", wxSpinCtrl)->SetValue(seats); }

void RoomDialog::do_save() {
    Room r = room_;
    r.name = field("name");
    r.capacity = read_number(XRCCTRL(*this, "seats", wxSpinCtrl), _("Seats"));
    if (!r.id) {
        ops::add_room(db_, r, names_);
        return;
    }
    try {
        ops::update_room(db_, r, names_);
    } catch (const ops::SeatsWouldMoveError& seats) {
        // The operation names the families; the person at the screen decides.
        if (!confirm_seat_moves(this, seats)) throw;
        tell_seat_moves(this, ops::update_room(db_, r, names_, ops::SeatChange::MoveToWaitlist));
    }
}

bool RoomDialog::remove() {
    std::vector<std::string> inside;
    if (!attempt([&] { inside = ops::workshops_in_room(db_, room_.id); })) return false;
    // Workshops in it: the safe choice keeps them on the timetable, without a room.
    bool keep = false;
    if (!inside.empty()) {
        wxString titles;
        for (const auto& t : inside) titles += "\n    " + wxString::FromUTF8(t);
        if (!keep_workshops_without_room(
                wxString::Format(_("%s has these workshops:%s"), wxString::FromUTF8(room_.name), titles) + "\n\n" +
                _("Remove the room and keep its workshops on the timetable without a room?")))
            return false;  // nothing removed; the form stays open
        keep = true;
    }
    return attempt([&] { ops::remove_room(db_, room_.id, keep); });
}

}  // namespace fn::app
