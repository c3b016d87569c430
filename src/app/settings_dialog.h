#pragma once
// School settings (forms/settings_dialog.xrc): name, address, logo, flyer
// languages, paper, walk-in dinner buffer, childcare ratios, and the
// school's wording of every printed label per language. Saved in one
// transaction through ops::save_settings.
#include "app/form_dialog.h"
#include "core/school.h"

class wxGrid;

namespace fn::store {
class Database;
}

namespace fn::app {

class SettingsDialog : public FormDialog {
public:
    SettingsDialog(wxWindow* parent, store::Database& db);
    // Shows the labels of this language (keeping what was typed for the last one).
    void show_labels(const std::string& language);
    wxGrid* labels() const { return labels_; }
    wxString labels_help() const;

private:
    void do_save() override;
    void keep_typed_labels();

    store::Database& db_;
    SchoolSettings settings_;
    std::string label_language_;
    wxGrid* labels_ = nullptr;
};

}  // namespace fn::app
