#include "app/main_frame.h"

#include <wx/aboutdlg.h>
#include <wx/msgdlg.h>
#include <wx/textdlg.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/textctrl.h>

#include <algorithm>

#include "app/counts_text.h"
#include "app/dialogs.h"
#include "app/door_panel.h"
#include "app/families_panel.h"
#include "app/rsvp_panel.h"
#include "core/errors.h"
#include "ops/clock.h"
#include "ops/counts_ops.h"
#include "ops/event_ops.h"

namespace fn::app {
namespace {
const int kCopyEvent = wxID_HIGHEST + 1;
}  // namespace

MainFrame::MainFrame(store::Database& db, const wxString& db_label)
    : wxFrame(nullptr, wxID_ANY, "FamilyNight", wxDefaultPosition, wxSize(1280, 800)), db_(db) {
    auto* file = new wxMenu;
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
    auto* event_menu = new wxMenu;
    event_menu->Append(wxID_NEW, _("&New event...\tCtrl+N"));
    event_menu->Append(kCopyEvent, _("&Copy to a new date...\tCtrl+D"));
    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, _("&About FamilyNight"));
    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(event_menu, _("&Event"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);
    CreateStatusBar();
    SetStatusText(db_label);

    auto* split = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE);
    event_list_ = new wxListCtrl(split, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    event_list_->AppendColumn(_("Date"), wxLIST_FORMAT_LEFT, 100);
    event_list_->AppendColumn(_("Event"), wxLIST_FORMAT_LEFT, 220);
    event_list_->AppendColumn(_("Status"), wxLIST_FORMAT_LEFT, 90);
    tabs_ = new wxNotebook(split, wxID_ANY);
    counts_ = new wxTextCtrl(tabs_, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_MULTILINE | wxTE_READONLY);
    counts_->SetFont(wxFontInfo(11).Family(wxFONTFAMILY_TELETYPE));
    tabs_->AddPage(counts_, _("Counts"));
    families_ = new FamiliesPanel(tabs_, db_);
    tabs_->AddPage(families_, _("Families"));
    split->SplitVertically(event_list_, tabs_, 430);
    split->SetMinimumPaneSize(200);

    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (auto id = show_new_event_dialog(this, db_)) show_event(*id);
    }, wxID_NEW);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { copy_current_event(); }, kCopyEvent);
    Bind(wxEVT_MENU, [](wxCommandEvent&) {
        wxAboutDialogInfo info;
        info.SetName("FamilyNight");
        info.SetVersion("0.1.0");
        info.SetDescription(_("Plan family nights and run them at the door."));
        wxAboutBox(info);
    }, wxID_ABOUT);
    event_list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { select_event(static_cast<std::size_t>(e.GetIndex())); });
    tabs_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& e) {
        if (tabs_->GetPage(static_cast<std::size_t>(e.GetSelection())) == families_) families_->ensure_loaded();
        show_counts();
    });
    load_events();
}

void MainFrame::load_events() {
    events_ = ops::list_events(db_);
    // Upcoming first (soonest at the top), then past events, most recent first.
    std::string today = ops::now_timestamp().substr(0, 10);
    std::stable_sort(events_.begin(), events_.end(), [&](const Event& a, const Event& b) {
        bool pa = a.date < today, pb = b.date < today;
        if (pa != pb) return !pa;
        return pa ? a.date > b.date : a.date < b.date;
    });
    event_list_->DeleteAllItems();
    for (std::size_t i = 0; i < events_.size(); ++i) {
        const auto& e = events_[i];
        long row = event_list_->InsertItem(static_cast<long>(i), e.date);
        event_list_->SetItem(row, 1, wxString::FromUTF8(e.title()));
        event_list_->SetItem(row, 2, wxString::FromUTF8(to_string(e.status)));
        if (e.date < today) event_list_->SetItemTextColour(row, wxColour(128, 128, 128));  // past events greyed
    }
    if (!events_.empty()) event_list_->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
}

void MainFrame::show_event(Id id) {
    load_events();
    for (std::size_t i = 0; i < events_.size(); ++i)
        if (events_[i].id == id) {
            event_list_->SetItemState(static_cast<long>(i), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
            event_list_->EnsureVisible(static_cast<long>(i));
            select_event(i);
        }
}

void MainFrame::copy_current_event() {
    if (!current_) return;
    wxString date = wxGetTextFromUser(_("Copy this event's rounds, rooms, workshops and volunteer shifts to (YYYY-MM-DD):"),
                                      _("Copy event"), "", this);
    if (date.empty()) return;
    try {
        show_event(ops::copy_event(db_, current_, date.Trim().Trim(false).utf8_string()));
    } catch (const Error& e) {
        wxMessageBox(wxString::FromUTF8(e.what()), "FamilyNight", wxOK | wxICON_WARNING, this);
    }
}

void MainFrame::select_event(std::size_t index) {
    if (index >= events_.size()) return;
    current_ = events_[index].id;
    if (rsvps_) tabs_->DeletePage(static_cast<std::size_t>(tabs_->FindPage(rsvps_)));
    if (door_) tabs_->DeletePage(static_cast<std::size_t>(tabs_->FindPage(door_)));
    rsvps_ = new RsvpPanel(tabs_, db_, current_);
    tabs_->AddPage(rsvps_, _("RSVP slips"));
    door_ = new DoorPanel(tabs_, db_, current_);
    tabs_->AddPage(door_, _("At the door"));
    show_counts();
}

void MainFrame::show_counts() {
    if (!current_) return;
    counts_->ChangeValue(wxString::FromUTF8(counts_summary(ops::compute_counts(db_, current_))));
}

wxString MainFrame::counts_text() const { return counts_->GetValue(); }

}  // namespace fn::app
