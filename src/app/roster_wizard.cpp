#include "app/roster_wizard.h"

#include "app/language_choice.h"
#include "app/wx_text.h"
#include "app/translations.h"
#include "print/name_check.h"

#include <algorithm>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/app.h>
#include <wx/filepicker.h>
#include <wx/gauge.h>
#include <wx/grid.h>
#include <wx/listbox.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "core/errors.h"
#include "store/database.h"

namespace fn::app {
namespace {

enum Column { kHeader, kExample, kField };

wxString not_used() { return _("(not used)"); }

wxArrayString field_choices() {
    wxArrayString names;
    names.Add(not_used());
    for (int f = 0; f < static_cast<int>(io::RosterField::Ignore); ++f)
        names.Add(wxString::FromUTF8(io::field_name(static_cast<io::RosterField>(f))));
    return names;
}

}  // namespace

RosterWizard::RosterWizard(wxWindow* parent, store::Database& db) : db_(db) {
    wxXmlResource::Get()->LoadObject(this, parent, "RosterWizard", "wxWizard");
    columns_ = XRCCTRL(*this, "columns", wxGrid);
    columns_->CreateGrid(0, 3);
    columns_->SetColLabelValue(kHeader, _("Column in the file"));
    columns_->SetColLabelValue(kExample, _("First row"));
    columns_->SetColLabelValue(kField, _("Fills in"));
    columns_->SetColSize(kHeader, 200);
    columns_->SetColSize(kExample, 220);
    columns_->SetColSize(kField, 170);
    columns_->SetRowLabelSize(40);
    auto* preset = XRCCTRL(*this, "preset", wxChoice);
    preset->Append(_("(recognised from its headings)"));
    for (const auto& name : io::preset_names()) preset->Append(u(name));
    preset->SetSelection(0);
    // Chosen after the file: its columns are read again as that system writes them.
    preset->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        if (!path_.empty()) choose_file(path_);
    });
    first_page_ = XRCCTRL(*this, "file_page", wxWizardPageSimple);
    GetPageAreaSizer()->Add(first_page_);

    auto* file_page = first_page_;
    auto* columns_page = XRCCTRL(*this, "columns_page", wxWizardPageSimple);
    auto* check_page = XRCCTRL(*this, "check_page", wxWizardPageSimple);
    auto* import_page = XRCCTRL(*this, "import_page", wxWizardPageSimple);
    Bind(wxEVT_WIZARD_PAGE_CHANGING, [=, this](wxWizardEvent& e) {
        if (busy()) {  // a check or the import is running: wait for it
            e.Veto();
            return;
        }
        if (!e.GetDirection()) {
            if (e.GetPage() == import_page && imported_) e.Veto();  // done: only Finish is left
            return;
        }
        if (e.GetPage() == file_page) {
            if (!choose_file(XRCCTRL(*this, "file", wxFilePickerCtrl)->GetPath().utf8_string())) e.Veto();
        } else if (e.GetPage() == columns_page) {
            auto* problem = XRCCTRL(*this, "columns_problem", wxStaticText);
            columns_->SaveEditControlValue();
            try {
                io::plan_columns(preview_.headers, mapping(), path_, chosen_preset());  // the import's own check
                problem->SetLabel("");
            } catch (const Error& err) {
                problem->SetLabel(translated(err));
                problem->Wrap(600);
                e.Veto();
            }
        } else if (e.GetPage() == check_page && !check_passed_) {
            e.Veto();
        }
    });
    Bind(wxEVT_WIZARD_PAGE_CHANGED, [=, this](wxWizardEvent& e) {
        if (e.GetPage() == check_page && e.GetDirection()) start_check();
        if (e.GetPage() == import_page && e.GetDirection() && !imported_) start_import();
    });
    Bind(wxEVT_WIZARD_CANCEL, [this](wxWizardEvent& e) {
        // The import is one transaction: it finishes or changes nothing, but
        // the window waits for it so nobody thinks it was stopped half-way.
        if (importing_ && busy()) e.Veto();
    });
}

RosterWizard::~RosterWizard() {
    if (worker_.joinable()) worker_.join();
}

bool RosterWizard::run() {
    RunWizard(first_page_);
    return imported_;
}

bool RosterWizard::choose_file(const std::string& path) {
    auto* problem = XRCCTRL(*this, "file_problem", wxStaticText);
    try {
        if (path.empty()) throw ValidationError(tr("roster"), tr("choose a CSV file first"));
        preview_ = ops::preview_roster(path, {}, 5, chosen_preset());
        path_ = path;
    } catch (const Error& e) {
        problem->SetLabel(translated(e));
        problem->Wrap(560);
        return false;
    }
    problem->SetLabel("");
    auto choices = field_choices();
    if (columns_->GetNumberRows() > 0) columns_->DeleteRows(0, columns_->GetNumberRows());
    columns_->AppendRows(static_cast<int>(preview_.headers.size()));
    for (std::size_t c = 0; c < preview_.headers.size(); ++c) {
        int r = static_cast<int>(c);
        columns_->SetCellValue(r, kHeader, u(preview_.headers[c]));
        columns_->SetReadOnly(r, kHeader);
        if (!preview_.samples.empty() && c < preview_.samples.front().size())
            columns_->SetCellValue(r, kExample, u(preview_.samples.front()[c]));
        columns_->SetReadOnly(r, kExample);
        columns_->SetCellEditor(r, kField, new wxGridCellChoiceEditor(choices));
        columns_->SetCellValue(r, kField, preview_.fields[c] ? u(io::field_name(*preview_.fields[c])) : not_used());
    }
    wxString intro = wxString::Format(wxPLURAL("%d student in %s. Each column and what it fills in; change a field if "
                                               "it is wrong (a student number column is needed).",
                                               "%d students in %s. Each column and what it fills in; change a field if "
                                               "it is wrong (a student number column is needed).",
                                               preview_.rows),
                                      preview_.rows, u(path));
    // Said apart: a system the person chose is not one the file was recognised as.
    if (!chosen_preset().empty())
        intro = wxString::Format(_("Read as a %s student export, as chosen"), u(preview_.preset)) + ". " + intro;
    else if (!preview_.preset.empty())
        intro = wxString::Format(_("Recognised as a %s student export"), u(preview_.preset)) + ". " + intro;
    XRCCTRL(*this, "columns_intro", wxStaticText)->SetLabel(intro);
    XRCCTRL(*this, "columns_intro", wxStaticText)->Wrap(600);
    // Columns matched by a weak guess ("ID", "Name") are named: the person
    // checks them here, where they can change them, before anything is read.
    wxString note = translated(preview_.problem);
    if (preview_.problem.empty() && !preview_.guessed.empty()) {
        wxString which;
        for (const auto& g : preview_.guessed) which << (which.empty() ? "" : ", ") << u(g);
        note = wxString::Format(_("Read by a guess, check them: %s"), which);
    }
    XRCCTRL(*this, "columns_problem", wxStaticText)->SetLabel(note);
    XRCCTRL(*this, "columns_problem", wxStaticText)->Wrap(600);
    // The wrapped lines take their room (a longer intro, in Spanish, three lines).
    XRCCTRL(*this, "columns_page", wxWizardPageSimple)->Layout();
    check_passed_ = false;
    return true;
}

void RosterWizard::set_column_field(int column, const wxString& field_name) {
    columns_->SetCellValue(column, kField, field_name);
    check_passed_ = false;
}

std::string RosterWizard::chosen_preset() const {
    const int chosen = XRCCTRL(*this, "preset", wxChoice)->GetSelection();
    return chosen <= 0 ? std::string() : io::preset_names().at(static_cast<std::size_t>(chosen - 1));
}

bool RosterWizard::choose_preset(const std::string& name) {
    auto* preset = XRCCTRL(*this, "preset", wxChoice);
    const auto names = io::preset_names();
    int index = 0;
    if (!name.empty()) {
        auto it = std::find(names.begin(), names.end(), name);
        if (it == names.end()) return false;
        index = static_cast<int>(it - names.begin()) + 1;
    }
    preset->SetSelection(index);
    wxCommandEvent chosen(wxEVT_CHOICE, preset->GetId());
    chosen.SetEventObject(preset);
    chosen.SetInt(index);
    preset->GetEventHandler()->ProcessEvent(chosen);  // as a person's choice would
    return true;
}

io::ColumnMapping RosterWizard::mapping() const {
    // Every column explicitly, so the import reads exactly what was shown.
    io::ColumnMapping map;
    for (int r = 0; r < columns_->GetNumberRows(); ++r) {
        wxString field = columns_->GetCellValue(r, kField);
        auto parsed = field == not_used() ? std::optional<io::RosterField>(io::RosterField::Ignore)
                                          : io::field_from_name(field.utf8_string());
        map[io::normalize_header(preview_.headers[static_cast<std::size_t>(r)])] =
            parsed.value_or(io::RosterField::Ignore);
    }
    return map;
}

void RosterWizard::start_check() {
    check_passed_ = false;
    XRCCTRL(*this, "check_summary", wxStaticText)->SetLabel(_("Checking every row (nothing is changed yet)..."));
    XRCCTRL(*this, "check_problems", wxListBox)->Clear();
    XRCCTRL(*this, "mark_left", wxCheckBox)->Hide();
    run_on_worker(true);
}

void RosterWizard::start_import() {
    importing_ = true;
    XRCCTRL(*this, "import_status", wxStaticText)->SetLabel(_("Importing... the window stays usable; please wait."));
    XRCCTRL(*this, "progress", wxGauge)->SetValue(0);
    auto* mark = XRCCTRL(*this, "mark_left", wxCheckBox);
    run_on_worker(false, mark->IsShown() && mark->GetValue());
}

void RosterWizard::set_mark_left(bool mark) { XRCCTRL(*this, "mark_left", wxCheckBox)->SetValue(mark); }

void RosterWizard::run_on_worker(bool dry_run, bool mark_left) {
    if (worker_.joinable()) worker_.join();
    finished_ = false;
    std::string location = db_.location(), path = path_, preset = chosen_preset();
    io::ColumnMapping map = mapping();
    worker_ = std::thread([this, location, path, preset, map, dry_run, mark_left] {
        try {
            // Its own connection: SQLite (in WAL mode) lets the window keep reading.
            auto db = store::Database::open(location);
            ops::ImportProgress progress;
            if (!dry_run)
                progress = [this](int done, int total) {
                    CallAfter([this, done, total] {
                        XRCCTRL(*this, "progress", wxGauge)->SetValue(total ? done * 100 / total : 100);
                    });
                };
            auto roster = io::read_roster(path, map, preset);  // read once, here: the window never waits for the file
            ops::RosterImportOptions options;
            options.mark_left = mark_left;
            // Ticked after the wizard said how many of the school that is.
            options.confirm_many_left = mark_left;
            // Every column is mapped explicitly from the columns page, where
            // the guessed ones were named: nothing is left to a guess.
            options.confirm_guessed_columns = true;
            auto summary = ops::import_roster_rows(db, roster, dry_run, progress, options);
            auto unprintable = dry_run ? printing::roster_names_that_will_not_print(roster)
                                       : std::vector<printing::UnprintableRosterName>{};
            CallAfter([this, summary, unprintable] { show_summary(summary, unprintable); });
        } catch (const io::RosterError& e) {
            CallAfter([this, message = e.text(), problems = e.problems()] { show_failure(message, problems); });
        } catch (const Error& e) {
            CallAfter([this, message = e.text()] { show_failure(message, {}); });
        } catch (const std::exception& e) {
            CallAfter([this, message = Text(std::string(e.what()))] { show_failure(message, {}); });
        }
        finished_ = true;
        wxWakeUpIdle();
    });
}

void RosterWizard::wait_for_worker() {
    if (worker_.joinable()) worker_.join();
    // wx handles one queued event per call: deliver progress, then the result.
    for (int i = 0; i < 100000 && wxTheApp->HasPendingEvents(); ++i) wxTheApp->ProcessPendingEvents();
}

void RosterWizard::show_summary(const ops::RosterImportSummary& s,
                                const std::vector<printing::UnprintableRosterName>& unprintable) {
    wxString text = wxString::Format(
        _("%d rows: %d new families, %d updated, %d unchanged; %d students added, %d updated; %d guardians added"),
        s.rows, s.households_created, s.households_updated, s.households_unchanged, s.students_added,
        s.students_updated, s.guardians_added);
    if (s.dry_run) {
        check_passed_ = true;
        XRCCTRL(*this, "check_summary", wxStaticText)
            ->SetLabel(wxString::Format(
                _("Every row is fine. Importing will make these changes:\n%s\nPress Next to import."), text));
        auto* list = XRCCTRL(*this, "check_problems", wxListBox);
        if (!s.preset.empty()) list->Append(wxString::Format(_("Recognised as a %s student export"), u(s.preset)));
        // What a person should look at first, before the long lists.
        const bool most_gone = s.departed.size() * 4 > static_cast<std::size_t>(s.students_at_school);
        if (!s.departed.empty() && most_gone)
            list->Append(wxString::Format(_("%d of the %d students at the school are not in this roster: is it this "
                                            "year's full roster?"),
                                          static_cast<int>(s.departed.size()), s.students_at_school));
        for (const auto& l : s.languages_to_confirm)
            list->Append(wxString::Format(_("line %d: %s: language \"%s\" not read; papers in %s until confirmed"),
                                          l.line, u(l.student), u(l.as_written), language_label(l.language)));
        for (const auto& n : s.not_enrolled)
            list->Append(n.left_on.empty()
                             ? wxString::Format(_("line %d: %s is not enrolled (status %s): not imported"), n.line,
                                                u(n.student), u(n.status))
                             : wxString::Format(_("line %d: %s left the school on %s: not imported"), n.line,
                                                u(n.student), u(n.left_on)));
        // Students at the school the roster no longer lists: shown, and
        // marked as left only when the coordinator ticks the box.
        for (const auto& d : s.departed)
            list->Append(wxString::Format(_("Not in this roster: #%s %s (%s)"), u(d.student_number), u(d.name),
                                          u(d.homeroom.empty() ? d.grade : d.grade + ", " + d.homeroom)));
        auto* mark = XRCCTRL(*this, "mark_left", wxCheckBox);
        mark->SetLabel(wxString::Format(
            wxPLURAL("&Mark the %d student not in this roster as left",
                     "&Mark the %d students not in this roster as left", static_cast<int>(s.departed.size())),
            static_cast<int>(s.departed.size())));
        if (most_gone)  // the question is the first line of the list
            mark->SetLabel(
                mark->GetLabel() + " " +
                wxString::Format(_("(%d%% of the school)"),
                                 static_cast<int>(100 * s.departed.size() /
                                                  static_cast<std::size_t>(std::max(1, s.students_at_school)))));
        mark->SetValue(false);
        mark->Show(!s.departed.empty());
        for (const auto& column : s.unused_columns) list->Append(wxString::Format(_("Column not used: %s"), u(column)));
        // Names the sheets cannot show whole, found now rather than at the door.
        for (const auto& name : unprintable)
            list->Append(wxString::Format(_("line %d: printed sheets will show '%s' with [?] for %s"), name.line,
                                          u(name.name.name), u(name.name.characters)));
    } else {
        imported_ = true;
        importing_ = false;
        XRCCTRL(*this, "progress", wxGauge)->SetValue(100);
        if (s.departures_marked)
            text += "\n" + wxString::Format(wxPLURAL("%d student marked as left.", "%d students marked as left.",
                                                     static_cast<int>(s.departed.size())),
                                            static_cast<int>(s.departed.size()));
        XRCCTRL(*this, "import_status", wxStaticText)->SetLabel(wxString::Format(_("Imported. %s"), text));
    }
    relayout_pages();
}

void RosterWizard::show_failure(const Text& message, const std::vector<io::RowProblem>& problems) {
    if (importing_) {
        importing_ = false;
        XRCCTRL(*this, "import_status", wxStaticText)
            ->SetLabel(wxString::Format(_("Nothing was imported: %s"), translated(message)));
        relayout_pages();
        return;
    }
    check_passed_ = false;
    XRCCTRL(*this, "check_summary", wxStaticText)
        ->SetLabel(problems.empty() ? translated(message)
                                    : wxString::Format(_("%zu problems; nothing will be imported until they are fixed "
                                                         "in the file (then go Back and Next to check again):"),
                                                       problems.size()));
    auto* list = XRCCTRL(*this, "check_problems", wxListBox);
    for (const auto& p : problems)
        list->Append(p.column
                         ? wxString::Format(_("line %d, column %s: %s"), p.line, u(p.column_name), translated(p.reason))
                         : wxString::Format(_("line %d: %s"), p.line, translated(p.reason)));
    relayout_pages();
}

// Labels changed length: wrap them and lay out their page (not the wizard,
// whose buttons would move).
void RosterWizard::relayout_pages() {
    for (const char* label : {"check_summary", "import_status"}) XRCCTRL(*this, label, wxStaticText)->Wrap(620);
    for (const char* page : {"check_page", "import_page"}) XRCCTRL(*this, page, wxWizardPageSimple)->Layout();
}

wxString RosterWizard::check_text() const { return XRCCTRL(*this, "check_summary", wxStaticText)->GetLabel(); }
wxArrayString RosterWizard::problems() const { return XRCCTRL(*this, "check_problems", wxListBox)->GetStrings(); }
wxString RosterWizard::import_text() const { return XRCCTRL(*this, "import_status", wxStaticText)->GetLabel(); }

bool run_roster_import_wizard(wxWindow* parent, store::Database& db) {
    RosterWizard wizard(parent, db);
    return wizard.run();
}

}  // namespace fn::app
