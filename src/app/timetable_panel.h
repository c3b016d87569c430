#pragma once
// The timetable tab: rounds down, rooms across; each cell shows the workshop,
// its presenter and seats taken of capacity. Double-click a free cell to add
// a workshop there, a taken one to edit or move it; clashes are listed below.
#include <wx/panel.h>

#include <functional>

#include "ops/timetable_view.h"

class wxGrid;
class wxStaticText;

namespace fn::app {

class TimetablePanel : public wxPanel {
public:
    TimetablePanel(wxWindow* parent, store::Database& db, Id event_id);

    void reload();
    // Opens "Run a workshop" for this cell: the workshop there, or a new one
    // (col -1: a new one in that round, first free room).
    void open_cell(int row, int col);
    void add_round();
    void add_room();
    // Double-click on a round's row label / a room's column label.
    void edit_round(int row);
    void edit_room(int col);

    wxGrid* grid() const { return grid_; }
    wxString cell_text(int row, int col) const;
    wxString clash_text() const;

private:
    void changed();

    store::Database& db_;
    Id event_id_;
    ops::TimetableView view_;
    wxGrid* grid_ = nullptr;
    wxStaticText* clashes_ = nullptr;
};

}  // namespace fn::app
