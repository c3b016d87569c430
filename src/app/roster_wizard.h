#pragma once
// The roster import wizard (forms/roster_wizard.xrc): pick the file, check
// the column mapping on the first rows, a dry run that lists every bad row by
// line, then the import with a progress bar. The dry run and the import run
// on a worker thread with their own database connection, so the window
// stays responsive; the import is one transaction (all or nothing).
#include <wx/wizard.h>

#include <atomic>
#include <optional>
#include <string>
#include <thread>

#include "ops/roster_ops.h"
#include "print/name_check.h"

class wxGrid;

namespace fn::store {
class Database;
}

namespace fn::app {

class RosterWizard : public wxWizard {
public:
    RosterWizard(wxWindow* parent, store::Database& db);
    ~RosterWizard() override;

    // Runs the wizard; true when households were imported.
    bool run();

    // The steps, as the pages call them (tests call them directly).
    bool choose_file(const std::string& path);  // reads the preview; false with the reason shown
    // Reads the file as this system's export (a name from io::preset_names(),
    // or "" to recognise it from its headings) from now on; false for a name
    // it does not know. The preview is read again.
    bool choose_preset(const std::string& name);
    std::string chosen_preset() const;
    void set_column_field(int column, const wxString& field_name);  // "(not used)" or e.g. "grade"
    io::ColumnMapping mapping() const;
    void start_check();   // dry run on the worker
    void start_import();  // the real import on the worker (marking departures when the box is ticked)
    // Ticks "Mark the students not in this roster as left" (shown after a
    // check that found some).
    void set_mark_left(bool mark);
    void wait_for_worker();  // joins the worker and delivers its result
    bool busy() const { return worker_.joinable() && !finished_; }

    wxGrid* columns() const { return columns_; }
    wxString check_text() const;
    wxArrayString problems() const;
    wxString import_text() const;
    bool check_passed() const { return check_passed_; }
    bool imported() const { return imported_; }

private:
    void run_on_worker(bool dry_run, bool mark_left = false);
    // The dry run's or the import's result; `unprintable`: names the sheets cannot show whole.
    void show_summary(const ops::RosterImportSummary& summary,
                      const std::vector<printing::UnprintableRosterName>& unprintable);
    void show_failure(const Text& message, const std::vector<io::RowProblem>& problems);
    void relayout_pages();

    store::Database& db_;
    std::string path_;
    ops::RosterPreview preview_;
    wxGrid* columns_ = nullptr;
    wxWizardPage* first_page_ = nullptr;
    std::thread worker_;
    std::atomic<bool> finished_{false};
    bool check_passed_ = false;
    bool imported_ = false;
    bool importing_ = false;
};

// Opens the wizard; true when households were imported.
bool run_roster_import_wizard(wxWindow* parent, store::Database& db);

}  // namespace fn::app
