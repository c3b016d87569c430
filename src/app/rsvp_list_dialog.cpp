#include "app/rsvp_list_dialog.h"
#include "app/tones.h"
#include "app/form_loading.h"
#include "app/wx_text.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>

#include "app/rsvp_words.h"
#include "app/translations.h"
#include "core/text.h"
#include "ops/household_ops.h"

namespace fn::app {
namespace {

wxString ages(const std::vector<int>& list) {
    wxString out;
    for (int a : list) out += (out.empty() ? "" : ", ") + wxString::Format("%d", a);
    return out;
}

enum Column { kFamily, kComing, kAdults, kChildren, kChildcare, kInterpreter, kSource, kEntered, kColumns };

}  // namespace

RsvpListDialog::RsvpListDialog(wxWindow* parent, store::Database& db, Id event_id) : db_(db), event_id_(event_id) {
    load_dialog(this, parent, "RsvpListDialog");  // forms/rsvp_list_dialog.xrc
    search_ = XRCCTRL(*this, "search", wxTextCtrl);
    list_ = XRCCTRL(*this, "rsvps", wxListCtrl);
    message_ = XRCCTRL(*this, "error", wxStaticText);
    const std::pair<wxString, int> columns[kColumns] = {
        {_("Family"), 200},   {_("Coming?"), 70},     {_("Adults"), 60},      {_("Children's ages"), 110},
        {_("Childcare"), 80}, {_("Interpreter"), 80}, {_("Came in by"), 100}, {_("Entered"), 130}};
    for (const auto& [title, width] : columns) list_->AppendColumn(title, wxLIST_FORMAT_LEFT, FromDIP(width));
    confirm = [this](const wxString& question) {
        return wxMessageBox(question, _("Cancel RSVP"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) == wxYES;
    };
    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { reload(); });
    list_->Bind(wxEVT_LIST_COL_CLICK, [this](wxListEvent& e) { sort_by(e.GetColumn()); });
    auto open = [this] {
        long row = selected();
        if (row < 0) return;
        chosen_ = rows_[static_cast<std::size_t>(row)].rsvp.household_id;
        EndModal(wxID_OK);
    };
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [open](wxListEvent&) { open(); });
    // Type, Up/Down, Enter: the keyboard never leaves the search box.
    search_->Bind(wxEVT_TEXT_ENTER, [open](wxCommandEvent&) { open(); });
    search_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        int key = e.GetKeyCode();
        if ((key != WXK_DOWN && key != WXK_UP) || rows_.empty()) return e.Skip();
        long row = std::clamp(selected() + (key == WXK_DOWN ? 1 : -1), 0L, static_cast<long>(rows_.size()) - 1);
        select(static_cast<std::size_t>(row));
    });
    XRCCTRL(*this, "open", wxButton)->Bind(wxEVT_BUTTON, [open](wxCommandEvent&) { open(); });
    XRCCTRL(*this, "cancel_rsvp", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { cancel_selected(); });
    reload();
    SetSize(FromDIP(wxSize(880, 480)));
    SetMinSize(FromDIP(wxSize(480, 300)));
    CentreOnParent();
    search_->SetFocus();
}

void RsvpListDialog::reload() {
    rows_ = ops::rsvp_list(db_, event_id_, search_->GetValue().utf8_string());
    show();
}

void RsvpListDialog::sort_by(int column) {
    descending_ = column == sort_column_ ? !descending_ : false;
    sort_column_ = column;
    show();
}

void RsvpListDialog::show() {
    auto key = [this](const ops::RsvpLine& l) -> std::string {
        const Rsvp& r = l.rsvp;
        char number[32];
        switch (sort_column_) {
            case kComing:
                return std::to_string(static_cast<int>(r.status));
            case kAdults:
                std::snprintf(number, sizeof number, "%06d", r.adults);
                return number;
            case kChildren:
                std::snprintf(number, sizeof number, "%06zu", r.child_ages.size());
                return number;
            case kChildcare:
                std::snprintf(number, sizeof number, "%06zu", r.childcare_ages.size());
                return number;
            case kInterpreter:
                return r.interpreter_language;
            case kSource:
                return std::to_string(static_cast<int>(r.source));
            case kEntered:
                return r.recorded_at;
            default:
                return fold_for_search(l.family);
        }
    };
    std::stable_sort(rows_.begin(), rows_.end(), [&](const ops::RsvpLine& a, const ops::RsvpLine& b) {
        return descending_ ? key(b) < key(a) : key(a) < key(b);
    });
    list_->Freeze();
    list_->DeleteAllItems();
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const auto& l = rows_[i];
        const Rsvp& r = l.rsvp;
        long row = list_->InsertItem(static_cast<long>(i), u(l.family + " (" + l.guardians + ")"));
        list_->SetItem(row, kComing, status_word(r.status));
        list_->SetItem(row, kAdults, wxString::Format("%d", r.adults));
        list_->SetItem(row, kChildren, ages(r.child_ages));
        list_->SetItem(row, kChildcare, ages(r.childcare_ages));
        list_->SetItem(row, kInterpreter, u(r.interpreter_language));
        list_->SetItem(row, kSource, source_word(r.source));
        list_->SetItem(row, kEntered, u(r.recorded_at.substr(0, 16)));
        if (r.status == RsvpStatus::Cancelled) list_->SetItemTextColour(row, wxColour(120, 120, 120));
    }
    list_->Thaw();
    if (!rows_.empty()) select(0);
}

wxString RsvpListDialog::row_text(std::size_t row) const {
    wxString out;
    for (int c = 0; c < list_->GetColumnCount(); ++c)
        out += (c ? " | " : "") + list_->GetItemText(static_cast<long>(row), c);
    return out;
}

void RsvpListDialog::select(std::size_t row) {
    list_->SetItemState(static_cast<long>(row), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                        wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    list_->EnsureVisible(static_cast<long>(row));
}

long RsvpListDialog::selected() const { return list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); }

wxString RsvpListDialog::message_text() const { return message_->GetLabel(); }

bool RsvpListDialog::cancel_selected() {
    long row = selected();
    if (row < 0) return false;
    const auto line = rows_[static_cast<std::size_t>(row)];
    if (!confirm(
            wxString::Format(_("Cancel the RSVP of the %s family? Their seats go to the waitlist."), u(line.family))))
        return false;
    try {
        auto promoted = ops::cancel_rsvp(db_, event_id_, line.rsvp.household_id);
        wxString text = wxString::Format(_("The %s family's RSVP is cancelled."), u(line.family));
        for (const auto& p : promoted)
            text += " " + wxString::Format(_("%s moved up from a waitlist: let them know."),
                                           u(ops::load_household(db_, p.household_id).family_name()));
        show_tone(message_, Tone::Good);
        message_->SetLabel(text);
    } catch (const Error& e) {
        show_tone(message_, Tone::Problem);
        message_->SetLabel(translated(e));
        Layout();
        return false;
    }
    message_->Wrap(GetClientSize().x - 24);
    reload();
    Layout();
    return true;
}

}  // namespace fn::app
