#include "app/export_menu.h"

#include <wx/filedlg.h>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>

#include "app/background_work.h"
#include "app/command_ids.h"
#include "app/translations.h"
#include "core/errors.h"
#include "ops/export_ops.h"
#include "store/database.h"

namespace fn::app {

ExportMenu::ExportMenu(wxFrame* frame, store::Database& db, std::function<Id()> current_event)
    : frame_(frame), db_(db), current_event_(std::move(current_event)) {}

wxMenu* ExportMenu::make_menu() {
    auto* menu = new wxMenu;
    menu->Append(kFirstExportId + static_cast<int>(ExportKind::Rsvps), _("RSVPs (Excel or CSV)..."));
    menu->Append(kFirstExportId + static_cast<int>(ExportKind::Attendance), _("Attendance (Excel or CSV)..."));
    menu->Append(kFirstExportId + static_cast<int>(ExportKind::Volunteers), _("Volunteers (Excel or CSV)..."));
    menu->Append(kFirstExportId + static_cast<int>(ExportKind::Directory), _("Family directory (Excel or CSV)..."));
    menu->Append(kFirstExportId + static_cast<int>(ExportKind::Calendar), _("Calendar of events (iCalendar)..."));
    frame_->Bind(
        wxEVT_MENU, [this](wxCommandEvent& e) { ask_and_export(static_cast<ExportKind>(e.GetId() - kFirstExportId)); },
        kFirstExportId, kFirstExportId + static_cast<int>(ExportKind::Calendar));
    return menu;
}

void ExportMenu::ask_and_export(ExportKind kind) {
    bool calendar = kind == ExportKind::Calendar;
    // The file's name says the format (io/table_writer.h): a workbook the
    // office opens by default, CSV when its name ends in .csv.
    wxFileDialog dialog(
        frame_, _("Export to"), "", calendar ? "events.ics" : "export.xlsx",
        calendar ? _("iCalendar files (*.ics)|*.ics") : _("Excel workbooks (*.xlsx)|*.xlsx|CSV files (*.csv)|*.csv"),
        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK) export_to(kind, dialog.GetPath().utf8_string());
}

int ExportMenu::export_to(ExportKind kind, const std::string& path) {
    Id event = current_event_();
    if (!event && kind != ExportKind::Calendar && kind != ExportKind::Directory) {
        wxMessageBox(_("Choose an event in the list first."), "FamilyNight", wxOK | wxICON_INFORMATION, frame_);
        return -1;
    }
    int rows = 0;
    try {
        run_in_background(frame_, db_.location(), _("Exporting..."), [&](store::Database& db) {
            switch (kind) {
                case ExportKind::Rsvps:
                    rows = ops::export_rsvps(db, event, path);
                    break;
                case ExportKind::Attendance:
                    rows = ops::export_attendance(db, event, path);
                    break;
                case ExportKind::Volunteers:
                    rows = ops::export_volunteers(db, event, path);
                    break;
                case ExportKind::Directory:
                    rows = ops::export_directory(db, path);
                    break;
                case ExportKind::Calendar:
                    rows = ops::export_events_ics(db, 0, path);
                    break;
            }
        });
    } catch (const Error& e) {
        wxMessageBox(translated(e), _("Nothing was exported"), wxOK | wxICON_WARNING, frame_);
        return -1;
    }
    frame_->SetStatusText(
        wxString::Format(wxPLURAL("Wrote %d row to %s", "Wrote %d rows to %s", rows), rows, wxString::FromUTF8(path)));
    return rows;
}

}  // namespace fn::app
