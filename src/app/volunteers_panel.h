#pragma once
// The volunteers tab: every shift of every role with needed / signed up and
// who, shortfalls highlighted; sign people up, add people, add shifts.
#include <wx/panel.h>

#include <functional>
#include <vector>

#include "core/ids.h"

class wxListCtrl;
class wxStaticText;

namespace fn::store {
class Database;
}

namespace fn::app {

class VolunteersPanel : public wxPanel {
public:
    VolunteersPanel(wxWindow* parent, store::Database& db, Id event_id);

    void reload();
    wxListCtrl* list() const { return list_; }
    wxString row_text(long row) const;  // the row's columns joined by " | "
    wxString summary_text() const;

private:
    void run(class FormDialog& dialog);
    // Why an action did nothing, in the summary's place until the next reload.
    void say_problem(const wxString& text);

    store::Database& db_;
    Id event_id_;
    std::vector<Id> shift_ids_;  // parallel to the list rows
    wxListCtrl* list_ = nullptr;
    wxStaticText* summary_ = nullptr;
};

}  // namespace fn::app
