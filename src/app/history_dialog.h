#pragma once
// A family's history in a window (ops::family_history): when, what kind of
// change, the change itself with the value before and after, and who made
// it where. Read only; newest at the bottom, shown first.
#include <wx/dialog.h>

#include "core/ids.h"

class wxListCtrl;

namespace fn::store {
class Database;
}

namespace fn::app {

class HistoryDialog : public wxDialog {
public:
    HistoryDialog(wxWindow* parent, store::Database& db, Id household_id);

    wxListCtrl* list() const { return list_; }
    wxString row_text(long row) const;  // the row's columns joined by " | "

private:
    wxListCtrl* list_ = nullptr;
};

}  // namespace fn::app
