#pragma once
// The families directory: every household in a virtual list (fast with ten
// thousand), narrowed as you type, with the chosen household's card beside it.
#include <wx/panel.h>

#include <vector>

#include "core/household.h"

class wxTextCtrl;
class wxListEvent;

namespace fn::store {
class Database;
}

namespace fn::app {

class HouseholdList;

class FamiliesPanel : public wxPanel {
public:
    FamiliesPanel(wxWindow* parent, store::Database& db);

    // Reads the directory the first time the tab is shown, not at start-up.
    void ensure_loaded();

    wxTextCtrl* search_box() const { return search_; }
    std::size_t shown() const;
    wxString card_text() const;
    void show_card(std::size_t row);
    // Reads the directory again (after an edit or an import) and shows this household.
    void reload(Id show_household = 0);
    // The household in the chosen row, or 0.
    Id selected_household() const;
    void edit_household(Id id);  // 0: a new family
    void import_roster();
    void show_history(Id id);  // the household's history window (modal)

private:
    void filter();

    store::Database& db_;
    std::vector<Household> all_;  // the directory, by family name
    bool loaded_ = false;
    wxTextCtrl* search_ = nullptr;
    HouseholdList* list_ = nullptr;
    wxTextCtrl* card_ = nullptr;
};

}  // namespace fn::app
