#include "app/main_frame.h"

#include <wx/listbox.h>
#include <wx/aboutdlg.h>
#include <wx/display.h>
#include <wx/artprov.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/html/htmlwin.h>
#include <wx/textctrl.h>
#include <wx/choicdlg.h>
#include <wx/textdlg.h>
#include <wx/toolbar.h>

#include "app/command_ids.h"
#include "app/connect_dialog.h"
#include "app/counts_dashboard.h"
#include "app/counts_text.h"
#include "app/dialogs.h"
#include "app/app_icons.h"
#include "app/backup_menu.h"
#include "app/door_panel.h"
#include "app/contact_log_dialog.h"
#include "app/evaluation_dialog.h"
#include "app/messages_dialog.h"
#include "app/resources_dialog.h"
#include "app/export_menu.h"
#include "app/families_panel.h"
#include "app/print_menu.h"
#include "app/rollover_dialog.h"
#include "app/rsvp_panel.h"
#include "app/session.h"
#include "app/settings_dialog.h"
#include "app/translations.h"
#include "app/timetable_panel.h"
#include "app/volunteers_panel.h"
#include "core/errors.h"
#include "core/version.h"
#include "ops/retention_ops.h"
#include "ops/clock.h"
#include "ops/counts_ops.h"
#include "ops/event_ops.h"
#include "store/database.h"

namespace fn::app {
namespace {
// The event list's width: narrower on a small screen, so the tabs keep room.
int split_at() { return std::min(340, wxDisplay().GetClientArea().width * 22 / 100); }

wxString status_label(EventStatus status) {
    switch (status) {
        case EventStatus::Draft:
            return _("draft");
        case EventStatus::Published:
            return _("published");
        case EventStatus::Done:
            return _("done");
        case EventStatus::Cancelled:
            return _("cancelled");
    }
    return {};
}
}  // namespace

MainFrame::MainFrame(store::Database& db, const wxString& db_label)
    : wxFrame(nullptr, wxID_ANY, "FamilyNight", wxDefaultPosition, wxSize(1280, 800)), db_(db), db_label_(db_label) {
    SetIcons(app_icons());
    print_menu_ = std::make_unique<PrintMenu>(this, db_, [this] { return current_; });
    export_menu_ = std::make_unique<ExportMenu>(this, db_, [this] { return current_; });
    backup_menu_ = std::make_unique<BackupMenu>(this, db_);
    make_menus();
    make_toolbar();
    CreateStatusBar();
    SetStatusText(db_label);

    auto* split = split_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE);
    event_list_ = new wxListCtrl(split, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    event_list_->AppendColumn(_("Date"), wxLIST_FORMAT_LEFT, 100);
    event_list_->AppendColumn(_("Event"), wxLIST_FORMAT_LEFT, 150);
    event_list_->AppendColumn(_("Status"), wxLIST_FORMAT_LEFT, 80);
    tabs_ = new wxNotebook(split, wxID_ANY);
    counts_ = new wxHtmlWindow(tabs_, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO);
    tabs_->AddPage(counts_, _("Counts"));
    families_ = new FamiliesPanel(tabs_, db_);
    tabs_->AddPage(families_, _("Families"));
    split->SplitVertically(event_list_, tabs_, split_at());
    split->SetMinimumPaneSize(200);

    event_list_->Bind(wxEVT_LIST_ITEM_SELECTED,
                      [this](wxListEvent& e) { select_event(static_cast<std::size_t>(e.GetIndex())); });
    tabs_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& e) {
        if (e.GetSelection() < 0) return;
        wxWindow* page = tabs_->GetPage(static_cast<std::size_t>(e.GetSelection()));
        if (page == families_) families_->ensure_loaded();
        auto stale = std::find(stale_pages_.begin(), stale_pages_.end(), page);
        if (stale != stale_pages_.end()) {
            stale_pages_.erase(stale);
            refresh_page(page);
        }
    });
    load_events();
    fit_to_screen();

    // One source of truth: whatever commits, every view reads again.
    db_.on_commit([this] { schedule_refresh(); });
    seen_version_ = db_.data_version();
    watch_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        long long version = db_.data_version();
        if (version == seen_version_) return;
        seen_version_ = version;
        refresh_views_or_say_why();
    });
    // Twice a second: another station's change shows within a second. The
    // check costs no query on PostgreSQL (notifications already received)
    // and one pragma on SQLite.
    watch_.Start(500);
}

bool MainFrame::Destroy() {
    if (!closing_) {
        closing_ = true;
        watch_.Stop();
        db_.on_commit(nullptr);
    }
    return wxFrame::Destroy();
}

MainFrame::~MainFrame() {
    if (!closing_) {
        watch_.Stop();
        db_.on_commit(nullptr);
    }
    detach_session();
}

// The window opens within the screen it is on (a 1366x768 laptop keeps its
// status bar visible; a 1024x600 netbook gets the whole screen).
void MainFrame::fit_to_screen() {
    wxRect area = wxDisplay(this).GetClientArea();
    wxSize wanted(1280, 800);
    SetSize(std::min(wanted.x, area.width), std::min(wanted.y, area.height));
    SetMinSize(wxSize(std::min(800, area.width), std::min(560, area.height)));
    if (area.width <= wanted.x || area.height <= wanted.y)
        Move(area.GetTopLeft());
    else
        CentreOnScreen();
}

void MainFrame::schedule_refresh() {
    if (refresh_pending_) return;  // many commits in one handler: one refresh
    refresh_pending_ = true;
    CallAfter([this] { refresh_views_or_say_why(); });
}

// A shared database's server can go away in the middle of a night (school
// Wi-Fi): the window stays, says so, and the door keeps working from its
// station's copy (DoorPanel::keep_door_list); views read again when told.
void MainFrame::refresh_views_or_say_why() {
    try {
        refresh_views();
        if (!server_problem_.empty()) {
            server_problem_.clear();
            set_access_note(access_note_);
        }
    } catch (const std::exception& e) {
        refresh_pending_ = false;
        server_problem_ = e.what();
        SetStatusText(db_label_ + " - " + _("cannot read the database now: ") + wxString::FromUTF8(e.what()));
    }
}

void MainFrame::refresh_views() {
    refresh_pending_ = false;
    if (closing_) return;
    seen_version_ = db_.data_version();
    if (door_mode_ && door_ && door_->keeps_door_list()) {
        // The door at a station reads its own copy, kept in step by its link:
        // another station's change costs this window no round trip. The
        // other pages read again when door mode ends.
        stale_pages_.clear();
        for (wxWindow* page : std::initializer_list<wxWindow*>{counts_, timetable_, volunteers_, rsvps_, families_})
            if (page) stale_pages_.push_back(page);
        left_door_stale_ = true;
        return;
    }
    // The event list first: a new, renamed or removed event shows at once.
    std::string today = ops::clock_date();
    auto events = ops::list_events_upcoming_first(db_, today);
    bool same_events = events.size() == events_.size() &&
                       std::equal(events.begin(), events.end(), events_.begin(), [](const Event& a, const Event& b) {
                           return a.id == b.id && a.title() == b.title() && a.date == b.date && a.status == b.status;
                       });
    if (!same_events) {
        Id keep = current_;
        load_events();
        bool still_there = std::any_of(events_.begin(), events_.end(), [keep](const Event& e) { return e.id == keep; });
        if (still_there) {
            for (std::size_t i = 0; i < events_.size(); ++i)
                if (events_[i].id == keep)
                    event_list_->SetItemState(static_cast<long>(i), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
        }
    }
    stale_pages_.clear();
    wxWindow* shown = tabs_->GetCurrentPage();
    for (wxWindow* page :
         std::initializer_list<wxWindow*>{counts_, timetable_, volunteers_, rsvps_, door_, families_}) {
        if (!page) continue;
        if (page == shown)
            refresh_page(page);
        else
            stale_pages_.push_back(page);
    }
}

void MainFrame::refresh_page(wxWindow* page) {
    try {
        if (page == counts_)
            show_counts();
        else if (page == timetable_)
            timetable_->reload();
        else if (page == volunteers_)
            volunteers_->reload();
        else if (page == rsvps_)
            rsvps_->refresh();
        else if (page == door_)
            door_->refresh();
        else if (page == families_)
            families_->reload(families_->selected_household());
    } catch (const Error& e) {
        SetStatusText(translated(e));
    }
}

void MainFrame::detach_session() {
    if (session_ && recent_menu_) session_->history().RemoveMenu(recent_menu_);
    session_ = nullptr;
}

void MainFrame::attach_session(Session& session) {
    session_ = &session;
    file_menu_->Insert(0, kNewDatabase, _("&New database...\tCtrl+Shift+N"),
                       _("Start an empty database file (for another school or a try-out)"));
    file_menu_->Insert(1, kOpenDatabase, _("&Open database...\tCtrl+O"));
    recent_menu_ = new wxMenu;
    file_menu_->Insert(2, kConnectDatabase, _("&Connect to a shared database..."),
                       _("A PostgreSQL database that several stations and people share"));
    file_menu_->Insert(3, wxID_ANY, _("Open &recent"), recent_menu_);
    file_menu_->InsertSeparator(4);
    session.history().UseMenu(recent_menu_);
    session.history().AddFilesToMenu(recent_menu_);
    auto choose = [this](bool create) {
        wxFileDialog dialog(this, create ? _("New database") : _("Open database"), "",
                            create ? "school.familynight" : "",
                            _("FamilyNight databases (*.familynight;*.db)|*.familynight;*.db|All files|*"),
                            create ? wxFD_SAVE | wxFD_OVERWRITE_PROMPT : wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (dialog.ShowModal() != wxID_OK) return;
        if (create && wxFileExists(dialog.GetPath())) {
            // Replacing means starting empty; never write into someone's file half-way.
            wxMessageBox(_("That file already exists. Choose a new name, or open it with File > Open."), "FamilyNight",
                         wxOK | wxICON_INFORMATION, this);
            return;
        }
        session_->open(dialog.GetPath().utf8_string());
    };
    Bind(
        wxEVT_MENU, [choose](wxCommandEvent&) { choose(true); }, kNewDatabase);
    Bind(
        wxEVT_MENU, [choose](wxCommandEvent&) { choose(false); }, kOpenDatabase);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            std::unique_ptr<store::Database> connected;
            std::string path;
            ConnectDialog form(this,
                               [&](const std::string& connection) { connected = session_->connect(connection, path); });
            // This window is replaced only once the form (its child) has closed.
            if (form.ShowModal() == wxID_OK && connected) session_->show(std::move(connected), path);
        },
        kConnectDatabase);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent& e) {
            session_->open(
                session_->history().GetHistoryFile(static_cast<std::size_t>(e.GetId() - wxID_FILE1)).utf8_string());
        },
        wxID_FILE1, wxID_FILE9);
}

void MainFrame::make_menus() {
    auto* file = file_menu_ = new wxMenu;
    file->Append(kSchoolSettings, _("&School settings...\tCtrl+,"),
                 _("Name, logo, paper, flyer languages, dinner buffer, childcare ratios, printed labels"));
    file->Append(kLanguage, _("&Language..."), _("The language of FamilyNight's windows"));
    file->Append(kNewSchoolYear, _("Start a new school &year..."),
                 _("Every student moves up a grade, the top grade leaves, homerooms are cleared; after a backup"));
    file->Append(kPurgeExpired, _("Erase old &personal data..."),
                 _("Families who left longer ago than the school keeps them, and old meal notes; listed first"));
    file->AppendSeparator();
    backup_menu_->add_to(file, file->GetMenuItemCount());
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
    auto* event_menu = new wxMenu;
    event_menu->Append(wxID_NEW, _("&New event...\tCtrl+N"));
    event_menu->Append(kEditEvent, _("&Edit details...\tCtrl+E"));
    event_menu->Append(kCopyEvent, _("&Copy to a new date...\tCtrl+D"));
    event_menu->AppendSubMenu(export_menu_->make_menu(), _("E&xport"));
    event_menu->Append(kSendMessages, _("Send or export &messages...\tCtrl+M"),
                       _("An invitation, the reminder, a place opened or we missed you, to each family its own way"));
    event_menu->Append(kEvaluationForms, _("Type e&valuation forms...\tCtrl+Shift+E"),
                       _("Type the evaluation forms and barrier slips families sent back, one per Enter"));
    event_menu->AppendSeparator();
    // In the order of fn::EventStatus: the id says which.
    event_menu->Append(kStatusFirst + 0, _("Back to &draft"));
    event_menu->Append(kStatusFirst + 1, _("&Publish (invitations go out)"));
    event_menu->Append(kStatusFirst + 2, _("Mark as &done (counts teach the next dinner order)"));
    event_menu->Append(kStatusFirst + 3, _("Ca&ncel the event"));
    auto* view = new wxMenu;
    view->Append(kShowTimetable, _("&Timetable\tCtrl+1"));
    view->Append(kShowVolunteers, _("&Volunteers\tCtrl+2"));
    view->Append(kShowRsvps, _("&RSVP slips\tCtrl+3"));
    view->Append(kShowDoor, _("At the &door\tCtrl+4"));
    view->Append(kShowFamilies, _("&Families\tCtrl+5"));
    view->Append(kContactLog, _("&Contact log...\tCtrl+L"),
                 _("A class's families with no good news yet this month, and the coverage by class and language"));
    view->Append(kResources, _("Commu&nity resources..."), _("The directory of places families can be pointed to"));
    view->AppendSeparator();
    view->AppendCheckItem(kDoorMode, _("Door mode, full window\tF11"));
    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, _("&About FamilyNight"));
    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(event_menu, _("&Event"));
    bar->Append(view, _("&View"));
    bar->Append(print_menu_->make_menu(), _("&Print"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);

    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { choose_language(); }, kLanguage);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { start_school_year(); }, kNewSchoolYear);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { purge_expired(); }, kPurgeExpired);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { type_evaluation_forms(); }, kEvaluationForms);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            try {
                ContactLogDialog dialog(this, db_);
                dialog.ShowModal();
            } catch (const Error& e) {  // a door login: the log is for staff and teachers
                wxMessageBox(translated(e), _("Contact log"), wxOK | wxICON_WARNING, this);
            }
        },
        kContactLog);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (!current_) {
                wxMessageBox(_("Choose an event in the list first."), _("Send or export messages"), wxOK, this);
                return;
            }
            MessagesDialog dialog(this, db_, current_);
            dialog.ShowModal();
        },
        kSendMessages);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            ResourcesDialog dialog(this, db_);
            dialog.ShowModal();
        },
        kResources);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            SettingsDialog dialog(this, db_);
            if (dialog.ShowModal() == wxID_OK) show_counts();  // the dinner buffer and ratios may have changed
        },
        kSchoolSettings);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (auto id = show_event_dialog(this, db_)) show_event(*id);
        },
        wxID_NEW);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (current_)
                if (auto id = show_event_dialog(this, db_, current_)) show_event(*id);
        },
        kEditEvent);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent& e) { set_status(static_cast<EventStatus>(e.GetId() - kStatusFirst)); },
        kStatusFirst, kStatusFirst + 3);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { copy_current_event(); }, kCopyEvent);
    auto show_page = [this](wxWindow* page) {
        int index = page ? tabs_->FindPage(page) : wxNOT_FOUND;
        if (index != wxNOT_FOUND) tabs_->SetSelection(static_cast<std::size_t>(index));
    };
    Bind(
        wxEVT_MENU, [this, show_page](wxCommandEvent&) { show_page(timetable_); }, kShowTimetable);
    Bind(
        wxEVT_MENU, [this, show_page](wxCommandEvent&) { show_page(volunteers_); }, kShowVolunteers);
    Bind(
        wxEVT_MENU, [this, show_page](wxCommandEvent&) { show_page(rsvps_); }, kShowRsvps);
    Bind(
        wxEVT_MENU, [this, show_page](wxCommandEvent&) { show_page(door_); }, kShowDoor);
    Bind(
        wxEVT_MENU, [this, show_page](wxCommandEvent&) { show_page(families_); }, kShowFamilies);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { set_door_mode(!door_mode_); }, kDoorMode);
    Bind(
        wxEVT_MENU,
        [](wxCommandEvent&) {
            wxAboutDialogInfo info;
            info.SetName("FamilyNight");
            info.SetVersion(fn::kVersion);
            info.SetDescription(_("Plan family nights and run them at the door."));
            wxAboutBox(info);
        },
        wxID_ABOUT);
}

void MainFrame::start_school_year() {
    RolloverDialog form(this, db_);
    if (form.ShowModal() != wxID_OK) return;
    wxMessageBox(wxString::FromUTF8(form.done_message()), _("Start a new school year"), wxOK | wxICON_INFORMATION,
                 this);
}

void MainFrame::type_evaluation_forms() {
    if (!current_) {
        wxMessageBox(_("Choose the event the forms are from in the list first."), _("Evaluation forms"),
                     wxOK | wxICON_INFORMATION, this);
        return;
    }
    try {
        EvaluationDialog dialog(this, db_, current_);
        dialog.ShowModal();
    } catch (const Error& e) {  // a door or teacher login: the coordinator's papers
        wxMessageBox(translated(e), _("Evaluation forms"), wxOK | wxICON_WARNING, this);
    }
}

void MainFrame::purge_expired() {
    const wxString title = _("Erase old personal data");
    try {
        auto s = ops::purge_expired(db_, true);
        const auto families = static_cast<int>(s.families.size());
        if (families == 0 && s.meal_notes == 0 && s.contact_notes == 0) {
            wxMessageBox(wxString::Format(_("Nothing to erase. No family's students all left on or before %s (families "
                                            "are kept %d months after the last one left), and no meal notes remain on "
                                            "RSVPs to events before %s."),
                                          s.families_left_by, s.keep_families_months, s.notes_before),
                         title, wxOK | wxICON_INFORMATION, this);
            return;
        }
        wxString list;
        for (int i = 0; i < std::min(families, 20); ++i) {
            const auto& h = s.families[static_cast<std::size_t>(i)];
            list += wxString::Format(_("  %s (%s), left %s\n"), wxString::FromUTF8(h.family_name), h.code, h.left_on);
        }
        if (families > 20) list += wxString::Format(_("  and %d more\n"), families - 20);
        const wxString question = wxString::Format(
            _("Families whose students all left on or before %s (kept %d months): %d\n%s\nMeal notes on RSVPs to "
              "events before %s: %d\nContact log notes from before %s: %d\n\nErase them? Names, contacts and "
              "histories are removed for good; past events' counts stay as they are."),
            s.families_left_by, s.keep_families_months, families, list, s.notes_before, s.meal_notes,
            s.contact_notes_before, s.contact_notes);
        if (wxMessageBox(question, title, wxYES_NO | wxNO_DEFAULT | wxICON_WARNING, this) != wxYES) return;
        auto done = ops::purge_expired(db_, false);
        const int erased = static_cast<int>(done.families.size());
        wxMessageBox(
            wxString::Format(wxPLURAL("Erased %d family.", "Erased %d families.", erased), erased) + " " +
                wxString::Format(wxPLURAL("Cleared %d meal note.", "Cleared %d meal notes.", done.meal_notes),
                                 done.meal_notes) +
                " " +
                wxString::Format(wxPLURAL("Cleared %d contact note.", "Cleared %d contact notes.", done.contact_notes),
                                 done.contact_notes) +
                " " + _("Backups made before now still hold them until they are replaced (the last 7 are kept)."),
            title, wxOK | wxICON_INFORMATION, this);
    } catch (const Error& e) {
        wxMessageBox(translated(e.text()), title, wxOK | wxICON_WARNING, this);
    }
}

void MainFrame::choose_language() {
    // Each language named in itself, so anyone can find theirs.
    const wxString codes[] = {"", "en", "es"};
    wxString names[] = {_("The computer's language"), "English", wxString::FromUTF8("Español")};
    wxSingleChoiceDialog dialog(this, _("Language of FamilyNight's windows:"), _("Language"), 3, names);
    for (int i = 0; i < 3; ++i)
        if (codes[i] == configured_language()) dialog.SetSelection(i);
    // GTK sizes the list for fewer rows than it has ("Español" was cut):
    // room for every language and a little more.
    for (wxWindow* child : dialog.GetChildren())
        if (auto* list = dynamic_cast<wxListBox*>(child)) {
            int row = list->GetCharHeight() * 3 / 2 + 4;
            list->SetMinSize(wxSize(std::max(list->GetBestSize().x, dialog.FromDIP(220)), row * (3 + 1)));
        }
    dialog.Fit();
    if (dialog.ShowModal() != wxID_OK) return;
    configure_language(codes[dialog.GetSelection()]);
    use_language(codes[dialog.GetSelection()]);
    // Reopening the same database rebuilds every window in the new language.
    if (session_) session_->open(db_label_.utf8_string());
}

void MainFrame::make_toolbar() {
    // Icons only on a short screen (a 600-pixel netbook): the rows of families matter more.
    bool short_screen = wxDisplay().GetClientArea().height < 700;
    auto* bar = CreateToolBar(wxTB_HORIZONTAL | wxTB_FLAT | (short_screen ? 0 : wxTB_TEXT));
    auto icon = [](const wxArtID& id) { return wxArtProvider::GetBitmapBundle(id, wxART_TOOLBAR); };
    bar->AddTool(wxID_NEW, _("New event"), icon(wxART_NEW), _("Create an event (Ctrl+N)"));
    bar->AddTool(kCopyEvent, _("Copy event"), icon(wxART_COPY), _("Copy the chosen event to a new date (Ctrl+D)"));
    bar->AddSeparator();
    const auto& catalog = printing::document_catalog();
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        auto kind = catalog[i].kind;
        // The three documents printed for every event get a button.
        if (kind == printing::DocumentKind::Flyer || kind == printing::DocumentKind::SignInSheet ||
            kind == printing::DocumentKind::HeadcountSheet)
            bar->AddTool(kFirstPrintId + static_cast<int>(i), wxGetTranslation(catalog[i].title), icon(wxART_PRINT),
                         wxGetTranslation(catalog[i].help));
    }
    bar->AddSeparator();
    bar->AddTool(kShowDoor, _("At the door"), icon(wxART_GO_FORWARD), _("Check families in (Ctrl+4)"));
    bar->AddTool(kDoorMode, _("Door mode"), icon(wxART_FULL_SCREEN),
                 _("Full window, large type, for the registration table (F11)"));
    bar->Realize();
}

void MainFrame::load_events() {
    std::string today = ops::clock_date();
    events_ = ops::list_events_upcoming_first(db_, today);
    event_list_->DeleteAllItems();
    for (std::size_t i = 0; i < events_.size(); ++i) {
        const auto& e = events_[i];
        long row = event_list_->InsertItem(static_cast<long>(i), e.date);
        event_list_->SetItem(row, 1, wxString::FromUTF8(e.title()));
        event_list_->SetItem(row, 2, status_label(e.status));
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

void MainFrame::set_status(EventStatus status) {
    if (!current_) return;
    if (status == EventStatus::Cancelled &&
        wxMessageBox(_("Cancel this event? Its RSVPs stay, but nothing more can be planned for it."), "FamilyNight",
                     wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) != wxYES)
        return;
    try {
        ops::set_event_status(db_, current_, status);
        show_event(current_);
    } catch (const Error& e) {
        wxMessageBox(translated(e), "FamilyNight", wxOK | wxICON_WARNING, this);
    }
}

void MainFrame::copy_current_event() {
    if (!current_) return;
    wxString date =
        wxGetTextFromUser(_("Copy this event's rounds, rooms, workshops and volunteer shifts to (YYYY-MM-DD):"),
                          _("Copy event"), "", this);
    if (date.empty()) return;
    try {
        show_event(ops::copy_event(db_, current_, date.Trim().Trim(false).utf8_string()));
    } catch (const Error& e) {
        wxMessageBox(translated(e), "FamilyNight", wxOK | wxICON_WARNING, this);
    }
}

void MainFrame::select_event(std::size_t index) {
    if (index >= events_.size()) return;
    current_ = events_[index].id;
    SetTitle(wxString::Format("FamilyNight - %s %s", wxString::FromUTF8(events_[index].title()),
                              wxString::FromUTF8(events_[index].date)));
    replace_event_pages();
    show_counts();
}

// The event's own tabs sit between Counts and Families; the same tab stays
// chosen when another event is picked.
void MainFrame::replace_event_pages() {
    int chosen = tabs_->GetSelection();
    for (wxWindow* page : std::initializer_list<wxWindow*>{timetable_, volunteers_, rsvps_, door_})
        if (page) tabs_->DeletePage(static_cast<std::size_t>(tabs_->FindPage(page)));
    timetable_ = new TimetablePanel(tabs_, db_, current_);
    volunteers_ = new VolunteersPanel(tabs_, db_, current_);
    rsvps_ = new RsvpPanel(tabs_, db_, current_);
    door_ = new DoorPanel(tabs_, db_, current_);
    tabs_->InsertPage(1, timetable_, _("Timetable"));
    tabs_->InsertPage(2, volunteers_, _("Volunteers"));
    tabs_->InsertPage(3, rsvps_, _("RSVP slips"));
    tabs_->InsertPage(4, door_, _("At the door"));
    if (chosen >= 0 && static_cast<std::size_t>(chosen) < tabs_->GetPageCount())
        tabs_->SetSelection(static_cast<std::size_t>(chosen));
    door_->set_large(door_mode_);
}

void MainFrame::set_access_note(const wxString& note) {
    access_note_ = note;
    SetStatusText(access_note_.empty() ? db_label_ : db_label_ + " - " + access_note_);
}

void MainFrame::set_door_mode(bool on) {
    door_mode_ = on;
    GetMenuBar()->Check(kDoorMode, on);
    if (on) {
        if (split_->IsSplit()) split_->Unsplit(event_list_);
        if (door_) tabs_->SetSelection(static_cast<std::size_t>(tabs_->FindPage(door_)));
        SetStatusText(access_note_.empty() ? _("Door mode: F11 to leave")
                                           : _("Door mode: F11 to leave") + " - " + access_note_);
    } else {
        if (!split_->IsSplit()) split_->SplitVertically(event_list_, tabs_, split_at());
        SetStatusText(access_note_.empty() ? db_label_ : db_label_ + " - " + access_note_);
        if (left_door_stale_) {
            left_door_stale_ = false;
            schedule_refresh();  // what changed while the door read its own copy
        }
    }
    // The menu bar stays so F11 (and the Ctrl shortcuts) keep working.
    ShowFullScreen(on, wxFULLSCREEN_NOTOOLBAR | wxFULLSCREEN_NOBORDER | wxFULLSCREEN_NOCAPTION);
    if (door_) {
        door_->set_large(on);
        door_->search_box()->SetFocus();
    }
}

void MainFrame::show_counts() {
    if (!current_) return;
    auto counts = ops::compute_counts(db_, current_);
    counts_plain_ = counts_summary(counts);
    counts_->SetPage(counts_dashboard_html(counts));
}

wxString MainFrame::counts_text() const { return counts_plain_; }

}  // namespace fn::app
