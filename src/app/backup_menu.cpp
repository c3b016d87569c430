#include "app/backup_menu.h"

#include <wx/filedlg.h>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>

#include <filesystem>

#include "app/command_ids.h"
#include "app/translations.h"
#include "core/errors.h"
#include "ops/database_admin.h"
#include "store/database.h"

namespace fn::app {

namespace {
bool ask_before_restoring(wxFrame* frame, const std::string& question) {
    return wxMessageBox(wxString::FromUTF8(question), _("Restore from a backup"),
                        wxYES_NO | wxNO_DEFAULT | wxICON_WARNING, frame) == wxYES;
}
}  // namespace

BackupMenu::BackupMenu(wxFrame* frame, store::Database& db) : confirm(&ask_before_restoring), frame_(frame), db_(db) {}

void BackupMenu::add_to(wxMenu* file, std::size_t position) {
    file->Insert(position, kBackUpNow, _("Back &up now"),
                 _("A copy of the whole database in its backups folder (one is also made every day)"));
    file->Insert(position + 1, kRestoreBackup, _("Res&tore from a backup..."),
                 _("Replace everything with a backup; what is there now is backed up first"));
    frame_->Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            wxMessageBox(wxString::FromUTF8(back_up_now()), _("Back up now"), wxOK | wxICON_INFORMATION, frame_);
        },
        kBackUpNow);
    frame_->Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { choose_and_restore(); }, kRestoreBackup);
}

std::string BackupMenu::back_up_now() {
    try {
        std::string path = ops::back_up(db_);
        return wxString::Format(_("Backed up to %s"), wxString::FromUTF8(path)).utf8_string();
    } catch (const Error& e) {
        return translated(e).utf8_string();
    }
}

std::string BackupMenu::restore_from(const std::string& backup) {
    try {
        auto done = ops::restore(db_, backup);
        wxString said = wxString::Format(_("Restored %s.\nWhat was there before is kept in %s"),
                                         wxString::FromUTF8(backup), wxString::FromUTF8(done.previous_contents));
        if (!done.ledger.erased_again.empty()) {
            wxString codes;
            for (const auto& code : done.ledger.erased_again)
                codes << (codes.empty() ? "" : ", ") << wxString::FromUTF8(code);
            said << "\n"
                 << wxString::Format(
                        _("Erased again, as the privacy ledger says (erased after this backup was made): %s"), codes);
        }
        return said.utf8_string();
    } catch (const Error& e) {
        return translated(e).utf8_string();
    }
}

void BackupMenu::choose_and_restore() {
    if (db_.backend() == store::ConnectionTarget::Backend::Postgresql) {
        wxMessageBox(wxString::FromUTF8(restore_from("")), _("Restore from a backup"), wxOK | wxICON_INFORMATION,
                     frame_);
        return;
    }
    const std::string folder = ops::backups_folder(db_);
    wxFileDialog dialog(frame_, _("Restore from a backup"), wxString::FromUTF8(folder), "",
                        _("FamilyNight backups (*.db)|*.db|All files|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    const std::string chosen = dialog.GetPath().utf8_string();
    const std::string question =
        wxString::Format(_("Replace everything in %s with the backup %s?\n\nWhat is there now is backed up first."),
                         wxString::FromUTF8(db_.display_name()),
                         wxString::FromUTF8(std::filesystem::path(chosen).filename().string()))
            .utf8_string();
    if (!confirm(frame_, question)) return;
    wxMessageBox(wxString::FromUTF8(restore_from(chosen)), _("Restore from a backup"), wxOK | wxICON_INFORMATION,
                 frame_);
}

}  // namespace fn::app
