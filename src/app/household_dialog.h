#pragma once
// The household editor (forms/household_dialog.xrc): language, address,
// notes, guardians and students in two small grids. Saves through
// ops::add_household / ops::update_household in one transaction.
#include "app/form_dialog.h"
#include "core/household.h"

class wxGrid;

namespace fn::store {
class Database;
}

namespace fn::app {

class HouseholdDialog : public FormDialog {
public:
    // household_id 0: a new family.
    HouseholdDialog(wxWindow* parent, store::Database& db, Id household_id = 0);
    Id saved_id() const { return saved_; }
    wxGrid* guardians() const { return guardians_; }
    wxGrid* students() const { return students_; }
    bool choose_language(const std::string& code);

private:
    void do_save() override;
    Household read() const;

    store::Database& db_;
    Household original_;
    wxGrid* guardians_ = nullptr;
    wxGrid* students_ = nullptr;
    Id saved_ = 0;
};

}  // namespace fn::app
