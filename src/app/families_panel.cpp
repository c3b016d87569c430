#include "app/name_warnings.h"
#include "app/form_loading.h"
#include "app/families_panel.h"

#include <wx/msgdlg.h>
#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/history_dialog.h"
#include "app/translations.h"
#include "app/household_dialog.h"
#include "app/roster_wizard.h"
#include "core/errors.h"
#include "ops/household_ops.h"

namespace fn::app {

// A virtual list: rows are drawn on demand from `rows`, so showing ten
// thousand households costs no more than showing ten. Created by XRC
// (subclass="HouseholdList" in forms/families_panel.xrc).
class HouseholdList : public wxListCtrl {
public:
    HouseholdList() = default;
    void add_columns() {
        AppendColumn(_("Family"), wxLIST_FORMAT_LEFT, 120);
        AppendColumn(_("Guardians"), wxLIST_FORMAT_LEFT, 210);
        AppendColumn(_("Students"), wxLIST_FORMAT_LEFT, 190);
        AppendColumn(_("Language"), wxLIST_FORMAT_LEFT, 70);
        AppendColumn(_("Code"), wxLIST_FORMAT_LEFT, 80);
    }
    void show(std::vector<const Household*> rows) {
        rows_ = std::move(rows);
        SetItemCount(static_cast<long>(rows_.size()));
        Refresh();
    }
    const std::vector<const Household*>& rows() const { return rows_; }

protected:
    wxString OnGetItemText(long item, long column) const override {
        const Household& h = *rows_[static_cast<std::size_t>(item)];
        std::string text;
        switch (column) {
            case 0:
                text = h.family_name();
                break;
            case 1:
                text = h.guardian_names();
                break;
            case 2:
                for (const auto& s : h.students) {
                    text += (text.empty() ? "" : ", ") + s.first_name + " (" + s.grade;
                    if (!s.left_on.empty()) text += ", " + _("left").utf8_string();
                    text += ")";
                }
                break;
            case 3:
                text = h.language;
                break;
            default:
                text = h.code;
        }
        return wxString::FromUTF8(text);
    }
    // Grey: no student at the school any more (kept with its history).
    wxItemAttr* OnGetItemAttr(long item) const override {
        if (rows_[static_cast<std::size_t>(item)]->active()) return nullptr;
        static wxItemAttr inactive(wxColour(110, 110, 110), wxNullColour, wxNullFont);
        return &inactive;
    }

private:
    std::vector<const Household*> rows_;
    wxDECLARE_DYNAMIC_CLASS(HouseholdList);
};

}  // namespace fn::app

// XRC finds subclasses by their plain class name.
using HouseholdList = fn::app::HouseholdList;
wxIMPLEMENT_DYNAMIC_CLASS(HouseholdList, wxListCtrl);

namespace fn::app {

FamiliesPanel::FamiliesPanel(wxWindow* parent, store::Database& db) : db_(db) {
    load_panel(this, parent, "FamiliesPanel");  // forms/families_panel.xrc
    search_ = XRCCTRL(*this, "search", wxTextCtrl);
    list_ = XRCCTRL(*this, "list", HouseholdList);
    list_->add_columns();
    card_ = XRCCTRL(*this, "card", wxTextCtrl);
    auto* add = XRCCTRL(*this, "new_family", wxButton);
    auto* edit = XRCCTRL(*this, "edit_family", wxButton);
    auto* import = XRCCTRL(*this, "import_roster", wxButton);
    auto* history = XRCCTRL(*this, "family_history", wxButton);

    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { filter(); });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED,
                [this](wxListEvent& e) { show_card(static_cast<std::size_t>(e.GetIndex())); });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { edit_household(selected_household()); });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { edit_household(0); });
    edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (Id id = selected_household()) edit_household(id);
    });
    import->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { import_roster();
});
history->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (Id id = selected_household()) show_history(id);
});
}  // namespace fn::app

Id FamiliesPanel::selected_household() const {
    long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    return row < 0 ? 0 : list_->rows()[static_cast<std::size_t>(row)]->id;
}

void FamiliesPanel::edit_household(Id id) {
    HouseholdDialog form(this, db_, id);
    if (form.ShowModal() != wxID_OK) return;
    reload(form.saved_id());
    if (auto note = unprintable_names_message(ops::load_household(db_, form.saved_id())); !note.empty())
        wxMessageBox(note, _("Saved"), wxOK | wxICON_INFORMATION, this);
}

void FamiliesPanel::show_history(Id id) {
    try {
        HistoryDialog history(this, db_, id);
        if (history.ShowModal() == wxID_OK) reload();  // the family was erased
    } catch (const Error& e) {
        wxMessageBox(translated(e.text()), _("History"), wxOK | wxICON_WARNING, this);
    }
}

void FamiliesPanel::import_roster() {
    if (run_roster_import_wizard(this, db_)) reload();
}

void FamiliesPanel::reload(Id show_household) {
    all_ = ops::list_households(db_);
    loaded_ = true;
    filter();
    for (std::size_t i = 0; i < list_->rows().size(); ++i)
        if (list_->rows()[i]->id == show_household) {
            list_->SetItemState(static_cast<long>(i), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
            list_->EnsureVisible(static_cast<long>(i));
            show_card(i);
        }
}

void FamiliesPanel::ensure_loaded() {
    if (loaded_) return;
    loaded_ = true;
    all_ = ops::list_households(db_);
    filter();
}

std::size_t FamiliesPanel::shown() const { return list_->rows().size(); }
wxString FamiliesPanel::card_text() const { return card_->GetValue(); }

void FamiliesPanel::filter() {
    ensure_loaded();
    std::string text = search_->GetValue().utf8_string();
    std::vector<const Household*> rows;
    if (text.empty()) {
        for (const auto& h : all_) rows.push_back(&h);
    } else {
        std::vector<Household> found;
        try {
            found = ops::search_households(db_, text, 200);
        } catch (const Error&) {}
        for (const auto& f : found)  // show the directory's own copies, already loaded
            for (const auto& h : all_)
                if (h.id == f.id) {
                    rows.push_back(&h);
                    break;
                }
    }
    list_->show(std::move(rows));
}

void FamiliesPanel::show_card(std::size_t row) {
    if (row >= list_->rows().size()) return;
    const Household& h = *list_->rows()[row];
    std::string t = h.family_name() + "  (" + h.code + ")\n" + _("Language").utf8_string() + ": " + h.language + "\n";
    if (!h.address.empty()) t += h.address + "\n";
    t += "\n";
    for (const auto& g : h.guardians)
        t += g.name + (g.phone.empty() ? "" : "  " + g.phone) + (g.email.empty() ? "" : "  " + g.email) + "  [" +
             to_string(g.preferred_contact) + "]\n";
    t += "\n";
    for (const auto& s : h.students) {
        t += s.first_name + " " + s.last_name + "  " + s.grade + "  " + s.homeroom;
        if (!s.left_on.empty())
            t += "  " + wxString::Format(_("(left the school %s)"), wxString::FromUTF8(s.left_on)).utf8_string();
        t += "\n";
    }
    if (!h.active())
        t += _("No student at the school any more: not offered at the door, on RSVP slips or in backpack mail.")
                 .utf8_string() +
             "\n";
    if (!h.notes.empty()) t += "\n" + h.notes + "\n";
    card_->ChangeValue(wxString::FromUTF8(t));
}

}  // namespace fn::app
