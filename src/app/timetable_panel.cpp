#include "app/timetable_panel.h"
#include "app/form_loading.h"

#include <wx/button.h>
#include <wx/grid.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "app/timetable_forms.h"
#include "app/workshop_dialog.h"
#include "app/translations.h"
#include "core/calendar.h"
#include "core/errors.h"
#include "ops/event_ops.h"

namespace fn::app {
namespace {

const wxColour kClash(255, 214, 214);
const wxColour kFree(246, 246, 246);
const wxColour kFull(255, 240, 200);

wxString slot_text(const ops::TimetableSlot& s) {
    wxString text = wxString::FromUTF8(s.title);
    text << "\n" << (s.presenters.empty() ? _("no presenter yet") : wxString::FromUTF8(s.presenters)) << "\n";
    if (s.capacity > 0)
        text << wxString::Format(_("%d/%d seats"), s.seats_taken, s.capacity);
    else
        text << wxString::Format(_("%d seats taken"), s.seats_taken);
    if (s.waiting > 0) text << wxString::Format(_(", %d waiting"), s.waiting);
    // Said only when it is not English, the timetable's usual case.
    if (s.languages != std::vector<std::string>{"en"}) {
        wxString codes;
        for (const auto& l : s.languages) codes << (codes.empty() ? "" : "/") << wxString::FromUTF8(l).Upper();
        text << L" \u00B7 " << codes;
    }
    return text;
}

}  // namespace

TimetablePanel::TimetablePanel(wxWindow* parent, store::Database& db, Id event_id) : db_(db), event_id_(event_id) {
    load_panel(this, parent, "TimetablePanel");  // forms/planning_panels.xrc
    grid_ = XRCCTRL(*this, "grid", wxGrid);
    grid_->CreateGrid(0, 0);
    grid_->EnableEditing(false);
    grid_->SetDefaultCellOverflow(false);
    grid_->SetRowLabelSize(150);
    grid_->SetColLabelSize(40);
    grid_->SetDefaultRenderer(new wxGridCellAutoWrapStringRenderer);
    clashes_ = XRCCTRL(*this, "clashes", wxStaticText);
    auto* add_workshop = XRCCTRL(*this, "run_workshop", wxButton);
    auto* add_round_button = XRCCTRL(*this, "add_round", wxButton);
    auto* add_room_button = XRCCTRL(*this, "add_room", wxButton);

    // A new workshop in the round under the cursor, first free room.
    add_workshop->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { open_cell(grid_->GetGridCursorRow(), -1); });
    add_round_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_round(); });
    add_room_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_room(); });
    grid_->Bind(wxEVT_GRID_CELL_LEFT_DCLICK, [this](wxGridEvent& e) { open_cell(e.GetRow(), e.GetCol()); });
    // A round's or a room's label opens it to change or remove.
    grid_->Bind(wxEVT_GRID_LABEL_LEFT_DCLICK, [this](wxGridEvent& e) {
        if (e.GetRow() >= 0)
            edit_round(e.GetRow());
        else if (e.GetCol() >= 0)
            edit_room(e.GetCol());
    });
    grid_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        if (e.GetKeyCode() == WXK_RETURN || e.GetKeyCode() == WXK_NUMPAD_ENTER)
            open_cell(grid_->GetGridCursorRow(), grid_->GetGridCursorCol());
        else
            e.Skip();
    });
    reload();
}

void TimetablePanel::reload() {
    view_ = ops::load_timetable(db_, event_id_);
    int rows = static_cast<int>(view_.rounds.size());
    int cols = static_cast<int>(view_.rooms.size()) + (view_.has_roomless() ? 1 : 0);
    grid_->BeginBatch();
    if (grid_->GetNumberRows() > 0) grid_->DeleteRows(0, grid_->GetNumberRows());
    if (grid_->GetNumberCols() > 0) grid_->DeleteCols(0, grid_->GetNumberCols());
    grid_->AppendRows(rows);
    grid_->AppendCols(cols);
    for (int c = 0; c < cols; ++c) {
        auto i = static_cast<std::size_t>(c);
        grid_->SetColLabelValue(c, i < view_.rooms.size()
                                       ? wxString::Format(_("%s\n%d seats"), wxString::FromUTF8(view_.rooms[i].name),
                                                          view_.rooms[i].capacity)
                                       : _("No room yet"));
        grid_->SetColSize(c, 190);
    }
    for (int r = 0; r < rows; ++r) {
        const auto& round = view_.rounds[static_cast<std::size_t>(r)];
        grid_->SetRowLabelValue(
            r, wxString::Format(_("Round %d\n%s-%s"), round.number, wxString::FromUTF8(round.start_time),
                                wxString::FromUTF8(round.end_time)));
        grid_->SetRowSize(r, 72);
        for (int c = 0; c < cols; ++c) {
            const auto& slots = view_.cells[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
            wxString text;
            bool clash = false, full = false;
            for (const auto& s : slots) {
                text << (text.empty() ? "" : "\n") << slot_text(s);
                clash = clash || s.clash;
                full = full || (s.capacity > 0 && s.seats_taken >= s.capacity);
            }
            grid_->SetCellValue(r, c, text.empty() ? _("(free)") : text);
            grid_->SetCellTextColour(r, c, text.empty() ? wxColour(120, 120, 120) : *wxBLACK);
            grid_->SetCellBackgroundColour(r, c, clash ? kClash : full ? kFull : text.empty() ? kFree : *wxWHITE);
        }
        // Tall enough for every wrapped line (long titles, two workshops in one cell).
        grid_->AutoSizeRow(r, false);
        grid_->SetRowSize(r, std::max(grid_->GetRowSize(r) + 6, 72));
    }
    grid_->EndBatch();
    wxString clashes;
    for (const auto& c : view_.clashes) clashes << _("Clash: ") << translated(c) << "\n";
    if (view_.rounds.empty()) clashes = _("This event has no rounds yet: add a round, then rooms, then workshops.");
    clashes_->SetLabel(clashes.Trim());
    Layout();
}

wxString TimetablePanel::cell_text(int row, int col) const { return grid_->GetCellValue(row, col); }
wxString TimetablePanel::clash_text() const { return clashes_->GetLabel(); }

void TimetablePanel::open_cell(int row, int col) {
    if (view_.rounds.empty()) {
        add_round();
        return;
    }
    if (row < 0 || row >= static_cast<int>(view_.rounds.size())) row = 0;
    Id round = view_.rounds[static_cast<std::size_t>(row)].id;
    Id room =
        col >= 0 && col < static_cast<int>(view_.rooms.size()) ? view_.rooms[static_cast<std::size_t>(col)].id : 0;
    Id workshop = 0;
    if (col >= 0 && col <= static_cast<int>(view_.rooms.size())) {
        const auto& slots = view_.cells[static_cast<std::size_t>(row)][static_cast<std::size_t>(col)];
        if (!slots.empty()) workshop = slots.front().workshop_id;
    }
    try {
        WorkshopDialog dialog(this, db_, event_id_, round, room, workshop);
        if (dialog.ShowModal() == wxID_OK) changed();
    } catch (const Error& e) {
        wxMessageBox(translated(e), "FamilyNight", wxOK | wxICON_WARNING, this);
    }
}

void TimetablePanel::add_round() {
    int number = view_.rounds.empty() ? 1 : view_.rounds.back().number + 1;
    // Offer the half hour after the last round (or from the event's start).
    auto plan = ops::load_event_plan(db_, event_id_);
    int from = view_.rounds.empty() ? minutes_of_day(plan.event.start_time)
                                    : minutes_of_day(view_.rounds.back().end_time) + 10;
    auto hhmm = [](int m) { return wxString::Format("%02d:%02d", m / 60 % 24, m % 60); };
    RoundDialog form(this, db_, event_id_, number, hhmm(from), hhmm(from + 30));
    if (form.ShowModal() == wxID_OK) changed();
}

void TimetablePanel::edit_round(int row) {
    if (row < 0 || static_cast<std::size_t>(row) >= view_.rounds.size()) return;
    RoundDialog form(this, db_, view_.rounds[static_cast<std::size_t>(row)]);
    if (form.ShowModal() == wxID_OK) changed();
}

void TimetablePanel::edit_room(int col) {
    if (col < 0 || static_cast<std::size_t>(col) >= view_.rooms.size()) return;  // "no room yet" is not a room
    RoomDialog form(this, db_, view_.rooms[static_cast<std::size_t>(col)]);
    if (form.ShowModal() == wxID_OK) changed();
}

void TimetablePanel::add_room() {
    RoomDialog form(this, db_, event_id_);
    if (form.ShowModal() == wxID_OK) changed();
}

void TimetablePanel::changed() { reload(); }

}  // namespace fn::app
