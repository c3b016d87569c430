#include "app/history_dialog.h"
#include "app/tones.h"
#include "app/form_loading.h"
#include "core/languages.h"

#include <algorithm>
#include <filesystem>

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/translations.h"
#include "core/errors.h"
#include "ops/audit_ops.h"
#include "ops/household_ops.h"
#include "ops/retention_ops.h"
#include "print/family_export.h"

namespace fn::app {

namespace {

bool ask_before_erasing(wxWindow* parent, const wxString& question) {
    return wxMessageBox(question, _("Erase this family"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING, parent) == wxYES;
}

std::string ask_pdf_path(wxWindow* parent, const std::string& suggested) {
    wxFileDialog dialog(parent, _("Export everything stored about the family"), "", wxString::FromUTF8(suggested),
                        _("PDF files (*.pdf)|*.pdf"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    return dialog.ShowModal() == wxID_OK ? dialog.GetPath().utf8_string() : std::string();
}

}  // namespace

HistoryDialog::HistoryDialog(wxWindow* parent, store::Database& db, Id household_id)
    : confirm(&ask_before_erasing), choose_pdf(&ask_pdf_path), db_(db), household_id_(household_id) {
    load_dialog(this, parent, "HistoryDialog");  // forms/history_dialog.xrc
    list_ = XRCCTRL(*this, "lines", wxListCtrl);
    message_ = XRCCTRL(*this, "message", wxStaticText);
    const auto h = ops::load_household(db, household_id);
    code_ = h.code;
    family_ = h.family_name() + " (" + h.code + ")";
    XRCCTRL(*this, "export_family", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const auto path = choose_pdf(this, "family-" + code_ + ".pdf");
        if (!path.empty()) export_to(path);
    });
    XRCCTRL(*this, "erase_family", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (erase()) EndModal(wxID_OK);
    });
    const auto lines = ops::family_history(db, household_id);  // throws on a door login: the caller says so
    SetTitle(
        wxString::Format(_("History of %s (%s)"), wxString::FromUTF8(h.family_name()), wxString::FromUTF8(h.code)));
    XRCCTRL(*this, "heading", wxStaticText)
        ->SetLabel(wxString::Format(wxPLURAL("%zu change, oldest first.", "%zu changes, oldest first.", lines.size()),
                                    lines.size()));
    list_->AppendColumn(_("When"), wxLIST_FORMAT_LEFT, FromDIP(130));
    list_->AppendColumn(_("What"), wxLIST_FORMAT_LEFT, FromDIP(140));
    list_->AppendColumn(_("Change"), wxLIST_FORMAT_LEFT, FromDIP(380));
    list_->AppendColumn(_("Who"), wxLIST_FORMAT_LEFT, FromDIP(140));
    auto* detail = XRCCTRL(*this, "detail", wxTextCtrl);
    // The chosen line in full: a change is often longer than its column.
    auto show_in_full = [this, detail](long row) {
        detail->ChangeValue(list_->GetItemText(row, 0) + "  " + list_->GetItemText(row, 1) + "  (" +
                            list_->GetItemText(row, 3) + ")\n" + list_->GetItemText(row, 2));
    };
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [show_in_full](wxListEvent& e) { show_in_full(e.GetIndex()); });
    // The change takes whatever width the other columns leave.
    list_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        const int others = list_->GetColumnWidth(0) + list_->GetColumnWidth(1) + list_->GetColumnWidth(3);
        list_->SetColumnWidth(2, std::max(FromDIP(200), list_->GetClientSize().x - others));
    });
    for (const auto& line : lines) {
        long row = list_->InsertItem(list_->GetItemCount(), wxString::FromUTF8(line.at.substr(0, 16)));
        list_->SetItem(row, 1, translated(line.operation));
        list_->SetItem(row, 2, translated(line.what));
        const std::string who = line.who.empty() ? line.station : line.who + " @ " + line.station;
        list_->SetItem(row, 3, wxString::FromUTF8(who));
    }
    // The newest change is usually what someone came to check.
    if (list_->GetItemCount() > 0) {
        const long last = list_->GetItemCount() - 1;
        list_->SetItemState(last, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                            wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        list_->EnsureVisible(last);
        show_in_full(last);
    }
    // Fits the screen it opens on (a 1024x600 laptop included).
    SetSize(FromDIP(wxSize(860, 440)));
    SetMinSize(FromDIP(wxSize(480, 300)));
    CentreOnParent();
    list_->SetFocus();
}

void HistoryDialog::show_message(const wxString& text, bool problem) {
    if (problem)
        show_tone(message_, Tone::Problem);
    else
        message_->SetForegroundColour(GetForegroundColour());
    message_->SetLabel(text);
    message_->Wrap(list_->GetSize().x);
    Layout();
}

wxString HistoryDialog::message_text() const { return message_->GetLabel(); }

bool HistoryDialog::export_to(const std::string& pdf_path) {
    std::filesystem::path json = pdf_path;
    json.replace_extension(".json");
    try {
        auto out = printing::export_family(db_, household_id_, json.string(), pdf_path);
        wxString said =
            wxString::Format(_("Wrote %s and %s (readable by you only). Give them to the family in person or "
                               "by a way they chose."),
                             wxString::FromUTF8(pdf_path), wxString::FromUTF8(json.string()));
        if (out.in_english_instead())
            said +=
                "\n" + translated(tr("The PDF is in English: FamilyNight has no words for a family's record in {0} yet",
                                     {language_name(out.family_language)}));
        show_message(said, false);
        return true;
    } catch (const Error& e) {
        show_message(translated(e.text()), true);
        return false;
    }
}

bool HistoryDialog::erase() {
    const wxString question = wxString::Format(
        _("Erase the personal data of %s?\n\nNames, phone numbers, e-mail, address, notes and this history are removed for "
          "good. Its RSVPs, check-ins and students' grades stay without names, so past events' counts do not change.\n\n"
          "If the family asked for a copy, export it first."),
        wxString::FromUTF8(family_));
    if (!confirm(this, question)) return false;
    try {
        ops::erase_family(db_, household_id_);
        return true;
    } catch (const Error& e) {
        show_message(translated(e.text()), true);
        return false;
    }
}

wxString HistoryDialog::row_text(long row) const {
    wxString out;
    for (int c = 0; c < list_->GetColumnCount(); ++c) out += (c ? " | " : "") + list_->GetItemText(row, c);
    return out;
}

}  // namespace fn::app
