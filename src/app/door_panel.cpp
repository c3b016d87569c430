#include "app/door_panel.h"
#include "app/tones.h"
#include "app/counted_words.h"
#include "app/form_loading.h"

#include "ops/clock.h"
#include "ops/door_station.h"
#include "store/database.h"
#include "app/wx_text.h"
#include "app/number_fields.h"

#include <wx/accel.h>
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/display.h>
#include <wx/msgdlg.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/xrc/xmlres.h>

#include <functional>

#include "app/door_forms.h"
#include "app/door_log_dialog.h"
#include "app/family_line.h"
#include "app/fixed_lines.h"
#include "app/name_warnings.h"
#include "app/translations.h"
#include "app/type_size.h"
#include "core/errors.h"
#include "ops/childcare_ops.h"
#include "ops/counts_ops.h"
#include "ops/door_log_ops.h"
#include "ops/door_ops.h"
#include "ops/event_ops.h"
#include "ops/household_ops.h"

namespace fn::app {
namespace {

// Result columns and their widths in normal type (scaled in door mode).
struct ResultColumn {
    const char* title;
    int width;
};
const ResultColumn kResultColumns[] = {{wxTRANSLATE("Family"), 150},
                                       {wxTRANSLATE("Tonight"), 190},
                                       {wxTRANSLATE("Guardians"), 250},
                                       {wxTRANSLATE("Students"), 300},
                                       {wxTRANSLATE("Code"), 90}};

wxString people(int adults, int children, const wxString& separator = ", ") {
    return adults_and_children(adults, children, separator);
}

wxString rsvp_word(RsvpStatus status) {
    switch (status) {
        case RsvpStatus::Yes:
            return _("RSVP yes");
        case RsvpStatus::No:
            return _("said no");
        case RsvpStatus::Maybe:
            return _("said maybe");
        case RsvpStatus::Cancelled:
            return _("RSVP cancelled");
    }
    return {};
}

}  // namespace

DoorPanel::DoorPanel(wxWindow* parent, store::Database& db, Id event_id)
    : db_(db),
      event_id_(event_id),
      event_(ops::load_event_plan(db, event_id).event),
      station_(ops::this_station()),
      desk_(std::make_unique<ops::DoorDesk>(db, event_id, station_)) {
    load_panel(this, parent, "DoorPanel");  // forms/door_panel.xrc
    // Each text region has a fixed number of lines whatever it says.
    event_line_ = FixedLinesLabel(XRCCTRL(*this, "event_name", wxStaticText), 1);
    totals_line_ = FixedLinesLabel(XRCCTRL(*this, "totals", wxStaticText), 1);
    childcare_line_ = FixedLinesLabel(XRCCTRL(*this, "childcare", wxStaticText), 1);
    status_line_ = FixedLinesLabel(XRCCTRL(*this, "status", wxStaticText), 2);
    last_family_line_ = FixedLinesLabel(XRCCTRL(*this, "last_family", wxStaticText), 1);
    show_event_line();
    search_ = XRCCTRL(*this, "search", wxTextCtrl);
    list_ = XRCCTRL(*this, "results", wxListCtrl);
    for (const auto& column : kResultColumns) list_->AppendColumn(wxGetTranslation(column.title));
    adults_ = XRCCTRL(*this, "adults", wxSpinCtrl);
    children_ = XRCCTRL(*this, "children", wxSpinCtrl);
    guard_number_fields(this);
    // Only what this event offers: childcare, and the rally counter for walk-ins.
    for (const char* name : {"childcare", "drop_off", "pick_up"}) FindWindow(XRCID(name))->Show(event_.childcare);
    auto* rally = XRCCTRL(*this, "rally", wxPanel);
    rally->Show(event_.kind == EventKind::WalkIn);
    if (event_.kind == EventKind::WalkIn) {
        rally_label_ = XRCCTRL(*this, "rally_label", wxTextCtrl);
        rally_count_ = XRCCTRL(*this, "rally_count", wxStaticText);
    }

    auto on = [this](const char* name, std::function<void()> action) {
        // The same action for the button and for its key (a menu event with the button's id).
        auto run = [action](wxCommandEvent&) { action(); };
        Bind(wxEVT_BUTTON, run, XRCID(name));
        Bind(wxEVT_MENU, run, XRCID(name));
    };
    on("check_in", [this] { check_in_current(); });
    on("undo", [this] { undo_last(); });
    on("door_log", [this] { show_door_log(); });
    on("walk_in", [this] { register_walk_in(); });
    on("adjust", [this] {
        try {
            adjust_last(read_number(adults_, _("Adults")), read_number(children_, _("Children")));
        } catch (const Error& e) {
            say(translated(e), true);
        }
    });
    on("drop_off", [this] {
        if (event_.childcare) drop_off_children();
    });
    on("pick_up", [this] {
        if (!event_.childcare) return;
        PickupDialog form(this, *desk_);
        enlarge_type(&form, form_type_);
        if (form.ShowModal() == wxID_OK) picked_up(form.saved());
    });
    on("rally_plus", [this] {
        if (rally_count_) rally_add(1);
    });
    on("rally_minus", [this] {
        if (rally_count_) rally_add(-1);
    });
    on("rally_save", [this] {
        if (rally_count_) save_rally_count();
    });
    // One key per action, so the door runs from the keyboard.
    wxAcceleratorEntry keys[] = {
        {wxACCEL_CTRL, 'Z', XRCID("undo")},         {wxACCEL_NORMAL, WXK_F2, XRCID("walk_in")},
        {wxACCEL_NORMAL, WXK_F4, XRCID("adjust")},  {wxACCEL_NORMAL, WXK_F5, XRCID("drop_off")},
        {wxACCEL_NORMAL, WXK_F6, XRCID("pick_up")}, {wxACCEL_NORMAL, WXK_F8, XRCID("rally_plus")},
        {wxACCEL_NORMAL, WXK_F9, XRCID("door_log")}};
    SetAcceleratorTable(wxAcceleratorTable(static_cast<int>(std::size(keys)), keys));
    show_pickup_code = [this](const wxString& code, const wxString& text) {
        wxDialog box(this, wxID_ANY, _("Pickup code"));
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        auto* big = new wxStaticText(&box, wxID_ANY, code);
        big->SetFont(GetFont().Scaled(5.0f).Bold());
        sizer->Add(big, 0, wxALL | wxALIGN_CENTER, 24);
        auto* words = new wxStaticText(&box, wxID_ANY, text);
        words->Wrap(box.FromDIP(420));
        sizer->Add(words, 0, wxLEFT | wxRIGHT | wxALIGN_CENTER, 24);
        sizer->Add(box.CreateStdDialogButtonSizer(wxOK), 0, wxALL | wxALIGN_CENTER, 16);
        box.SetSizerAndFit(sizer);
        box.ShowModal();
    };
    confirm = [this](const wxString& question) {
        return wxMessageBox(question, _("Check in"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) == wxYES;
    };
    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        picked_.reset();  // new words: the volunteer has not chosen among them yet
        choice_asked_ = false;
        on_search_changed();
    });
    search_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { check_in_current(); });
    // The arrow keys move the highlight from the search box. A row's number
    // picks it only once Enter has asked for a choice: before that, digits
    // are typed (a family code such as "39PNHY" starts with one).
    search_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        int key = e.GetKeyCode();
        if ((key == WXK_DOWN || key == WXK_UP) && !results_.empty()) {
            long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
            row =
                row < 0 ? 0 : std::clamp(row + (key == WXK_DOWN ? 1 : -1), 0L, static_cast<long>(results_.size()) - 1);
            pick_row(static_cast<std::size_t>(row));
            return;
        }
        e.Skip();
    });
    search_->Bind(wxEVT_CHAR, [this](wxKeyEvent& e) {
        int key = e.GetUnicodeKey();
        if (choice_asked_ && key >= '1' && key <= '9' && static_cast<std::size_t>(key - '1') < results_.size() &&
            !e.HasAnyModifiers()) {
            pick_row(static_cast<std::size_t>(key - '1'));
            check_in_current();
            return;
        }
        e.Skip();
    });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) {
        if (!selecting_) picked_ = results_.at(static_cast<std::size_t>(e.GetIndex())).household.id;
    });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) {
        picked_ = results_.at(static_cast<std::size_t>(e.GetIndex())).household.id;
        check_in_current();
    });
    list_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        fit_columns();
        e.Skip();
    });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        if (e.GetSize().x != fitted_at_) {
            fitted_at_ = e.GetSize().x;
            CallAfter([this] { refit_texts(); });
        }
        e.Skip();
    });

    set_large(false);
    refresh_totals();
    search_->SetFocus();
}

void DoorPanel::set_large(bool large) {
    large_ = large;
    if (large) keep_door_list();
    // Readable from a step back at the registration table, as far as the
    // screen leaves room for enough rows of families: the family rows keep
    // their size longest; headings shrink first on a 600-pixel netbook.
    int screen_height = wxDisplay(this).GetClientArea().height;
    bool short_screen = screen_height < 700;
    // A 1366x768 laptop keeps ten rows of families in view (1024x600: five).
    float base = !large                  ? 1.0f
                 : screen_height >= 1000 ? 1.5f
                 : screen_height >= 790  ? 1.3f
                 : screen_height >= 760  ? 1.1f
                                         : 1.0f;
    float heading = short_screen ? 0.75f : screen_height < 900 ? 0.85f : 1.0f;
    // The forms the door opens grow with it, less than the rows: they
    // must still fit the screen whole.
    form_type_ = std::min(base, 1.3f);
    wxFont normal = GetParent()->GetFont();
    event_line_.label()->SetFont(normal.Scaled(1.1f * base * heading).Bold());
    totals_line_.label()->SetFont(normal.Scaled(1.6f * base * heading).Bold());
    childcare_line_.label()->SetFont(normal.Scaled(1.2f * base * heading));
    search_->SetFont(normal.Scaled(1.8f * base * heading));
    status_line_.label()->SetFont(normal.Scaled(1.3f * base * heading));
    list_->SetFont(normal.Scaled((short_screen ? 1.15f : screen_height < 900 ? 1.2f : 1.3f) * base));
    // The search box must grow with its font or the typed text is clipped.
    search_->SetMinSize(wxSize(-1, search_->GetTextExtent(wxString::FromUTF8("ÁÑgjy")).y + 16));
    refit_texts();
    fit_columns();
}

// Every column stays visible whatever the width (a 1024-pixel laptop in door
// mode included): the columns share the list's width in fixed proportions.
void DoorPanel::fit_columns() {
    int total = 0;
    for (const auto& column : kResultColumns) total += column.width;
    int width = list_->GetClientSize().x - 4;
    if (width < 200) width = total;
    for (int c = 0; c < list_->GetColumnCount(); ++c) list_->SetColumnWidth(c, width * kResultColumns[c].width / total);
}

wxString DoorPanel::totals_text() const { return totals_line_.text(); }
wxString DoorPanel::status_text() const { return status_line_.text(); }
wxString DoorPanel::childcare_text() const { return childcare_line_.text(); }
wxString DoorPanel::rally_text() const { return rally_count_ ? rally_count_->GetLabel() : wxString(); }

// After the width or the type size changed: each text region fits its
// lines again; their heights are fixed by their fonts alone.
void DoorPanel::refit_texts() {
    Layout();
    for (auto* line : {&event_line_, &totals_line_, &childcare_line_, &status_line_, &last_family_line_}) line->refit();
    Layout();
}

DoorPanel::~DoorPanel() = default;

void DoorPanel::keep_door_list() {
    if (link_ || db_.backend() != store::ConnectionTarget::Backend::Postgresql) return;
    try {
        ops::forget_finished_stations(ops::clock_date());  // past nights' lists go
        std::string path = ops::station_file_path(station_, db_.location(), event_id_);
        kept_ =
            std::make_unique<ops::DoorStation>(ops::DoorStation::open(path, db_.location(), event_id_, station_, true));
    } catch (const Error& e) {
        say(translated(e), true);  // the door keeps working on the server itself
        return;
    }
    desk_ = std::make_unique<ops::DoorDesk>(*kept_);
    link_ = std::make_unique<StationLink>(kept_->path(), db_.location(), event_id_, station_,
                                          [this](const StationNews& news) {
                                              // On the link's thread: handed to the window's.
                                              CallAfter([this, news] { on_station_news(news); });
                                          });
    desk_->acted = [this] { link_->wake(); };
    station_news_.emplace();  // until the link says more: copying the door list
    show_event_line();
}

void DoorPanel::on_station_news(const StationNews& news) {
    station_news_ = news;
    show_event_line();
    if (news.refreshed) refresh();
}

void DoorPanel::show_event_line() {
    wxString event =
        wxString::Format(_("Checking in to: %s, %s %s"), u(event_.title()), u(event_.date), u(event_.start_time));
    wxColour colour = GetForegroundColour();
    wxString line = event;
    if (station_news_) {
        const StationNews& n = *station_news_;
        if (kept_ && kept_->prepared_at().empty()) {
            line =
                (n.problem.empty() ? _("Copying tonight's door list to this station...")
                                   : _("The shared database cannot be reached and this station has no door list yet")) +
                "  |  " + event;
            colour = tone_colour(Tone::Problem, event_line_.label());
        } else if (!n.reached) {
            line = wxString::Format(wxPLURAL("Working offline: %d door action waiting to be sent",
                                             "Working offline: %d door actions waiting to be sent", n.waiting),
                                    n.waiting) +
                   "  |  " + event;
            colour = tone_colour(Tone::Problem, event_line_.label());
        } else if (n.needs_person > 0) {
            line = wxString::Format(wxPLURAL("%d door action needs a person: see the door log (F9)",
                                             "%d door actions need a person: see the door log (F9)", n.needs_person),
                                    n.needs_person) +
                   "  |  " + event;
            colour = tone_colour(Tone::Warning, event_line_.label());
        }
        event_line_.label()->SetToolTip(u(n.problem));
    }
    event_line_.label()->SetForegroundColour(colour);
    event_line_.set(line);
}

wxString DoorPanel::event_text() const { return event_line_.label()->GetLabel(); }

void DoorPanel::say(const wxString& text, bool problem) {
    show_tone(status_line_.label(), problem ? Tone::Problem : Tone::Good);
    status_line_.set(text);
    showing_problem_ = problem;
}

void DoorPanel::refresh_totals() {
    auto c = ops::compute_counts(desk_->reads(), event_id_);
    int families = c.turnout.attended_households + c.turnout.walk_in_households;
    const wxString bar = "  |  ";
    totals_line_.set(wxString::Format(wxPLURAL("%d family here", "%d families here", families), families) + bar +
                     people(c.turnout.actual_adults, c.turnout.actual_children, bar) + bar +
                     wxString::Format(wxPLURAL("%d walk-in", "%d walk-ins", c.turnout.walk_in_households),
                                      c.turnout.walk_in_households) +
                     bar +
                     wxString::Format(wxPLURAL("%d of %d RSVP", "%d of %d RSVPs", c.rsvps.yes),
                                      c.turnout.attended_households, c.rsvps.yes));
    if (event_.childcare) {
        auto room = ops::load_childcare_room(desk_->reads(), event_id_);
        childcare_line_.set(wxString::Format(_("Childcare: %d children of %d families in care, %d picked up"),
                                             room.children_in_care, room.families_in_care, room.children_picked_up));
    }
    if (rally_count_)
        rally_count_->SetLabel(
            wxString::Format(_("now %d here (saved so far: %d)"), rally_pending_, c.headcount_total));
}

void DoorPanel::refresh() {
    refresh_totals();
    if (search_->IsEmpty()) return;
    on_search_changed();  // the chosen family (picked_) stays chosen
}

void DoorPanel::on_search_changed() {
    std::string text = search_->GetValue().utf8_string();
    // A refusal was about the last family: the next one starts clean.
    if (showing_problem_ && !text.empty()) say("", false);
    try {
        results_ = ops::door_search(desk_->reads(), event_id_, text, 30);
    } catch (const Error& e) {
        results_.clear();
        say(translated(e), true);
    }
    show_results();
}

std::optional<std::size_t> DoorPanel::picked_row() const {
    if (picked_)
        for (std::size_t i = 0; i < results_.size(); ++i)
            if (results_[i].household.id == *picked_) return i;
    return std::nullopt;
}

void DoorPanel::pick_row(std::size_t row) {
    picked_ = results_.at(row).household.id;
    highlight(row);
}

void DoorPanel::highlight(std::optional<std::size_t> row) {
    selecting_ = true;
    long current = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (current >= 0 && (!row || static_cast<long>(*row) != current))
        list_->SetItemState(current, 0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    if (row) {
        list_->SetItemState(static_cast<long>(*row), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                            wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        list_->EnsureVisible(static_cast<long>(*row));
    }
    selecting_ = false;
}

int DoorPanel::visible_rows() const { return list_->GetCountPerPage(); }

wxString DoorPanel::result_status(std::size_t row) const {
    const DoorCandidate& c = results_.at(row);
    if (c.arrived_at)
        return wxString::Format(_("here since %s (%d+%d)"), hhmm(*c.arrived_at), c.adults_here, c.children_here);
    if (!c.rsvp) return _("no RSVP");
    if (c.expected()) return wxString::Format(_("RSVP yes: %d+%d"), c.expected_adults, c.expected_children);
    return rsvp_word(*c.rsvp);
}

void DoorPanel::show_results() {
    list_->Freeze();
    list_->DeleteAllItems();
    auto enter = decide_door_enter(results_, picked_row());
    choosing_ = enter.kind == DoorEnter::Kind::Choose;
    for (std::size_t i = 0; i < results_.size(); ++i) {
        const auto& c = results_[i];
        const Household& h = c.household;
        // Once a choice is asked for, each row carries the number that picks it.
        wxString name = choice_asked_ && choosing_ && i < 9 ? wxString::Format("%zu  ", i + 1) + u(h.family_name())
                                                            : u(h.family_name());
        long row = list_->InsertItem(static_cast<long>(i), name);
        list_->SetItem(row, 1, result_status(i));
        list_->SetItem(row, 2, u(h.guardian_names()));
        list_->SetItem(row, 3, students_text(h));
        list_->SetItem(row, 4, u(h.code));
        // Grey: already here; amber: not expected tonight.
        if (c.arrived_at)
            list_->SetItemTextColour(row, tone_colour(Tone::Quiet, list_));
        else if (!c.expected())
            list_->SetItemTextColour(row, tone_colour(Tone::Warning, list_));
    }
    // The highlighted row is the one Enter takes; none while a choice is due.
    highlight(enter.kind == DoorEnter::Kind::TakeRow ? std::optional<std::size_t>(enter.row) : std::nullopt);
    list_->Thaw();
    if (choosing_) say(choose_message(enter.expected_waiting), choice_asked_);
}

wxString DoorPanel::choose_message(int expected_waiting) const {
    const wxString family = u(results_.front().household.family_name());
    if (choice_asked_)
        return wxString::Format(wxPLURAL("%d %s family is expected tonight: press the number of the one at the table, "
                                         "or choose it with the arrow keys and Enter",
                                         "%d %s families are expected tonight: press the number of the one at the "
                                         "table, or choose it with the arrow keys and Enter",
                                         expected_waiting),
                                expected_waiting, family);
    return wxString::Format(
        wxPLURAL("%d %s family is expected tonight: choose one with the arrow keys, then Enter",
                 "%d %s families are expected tonight: choose one with the arrow keys, then Enter", expected_waiting),
        expected_waiting, family);
}

void DoorPanel::show_last_family(int adults, int children) {
    last_family_line_.set(last_checked_in_ ? wxString::Format(_("Last family: %s"), family_line(*last_checked_in_))
                                           : _("Last family: none yet"));
    adults_->SetValue(adults);
    children_->SetValue(children);
}

void DoorPanel::check_in_current() {
    auto enter = decide_door_enter(results_, picked_row());
    if (enter.kind == DoorEnter::Kind::Nothing) {
        say(_("No family selected: type part of a name, or register a walk-in."), true);
        return;
    }
    if (enter.kind == DoorEnter::Kind::Choose) {
        choice_asked_ = true;
        show_results();  // the rows get their numbers, and the message says so
        search_->SetFocus();
        return;
    }
    const DoorCandidate candidate = results_.at(enter.row);
    const Household& h = candidate.household;
    if (candidate.arrived_at) {
        // Already here: choose the family for a correction instead of refusing blankly.
        last_checked_in_ = h;
        show_last_family(candidate.adults_here, candidate.children_here);
        say(wxString::Format(_("The %s family is already here (since %s, %s). F4 corrects the numbers."),
                             u(h.family_name()), hhmm(*candidate.arrived_at),
                             people(candidate.adults_here, candidate.children_here)),
            true);
        search_->SetFocus();
        return;
    }
    if (!candidate.expected()) {
        wxString why = candidate.rsvp
                           ? wxString::Format(_("The %s family (%s) answered \"%s\" for this event."),
                                              u(h.family_name()), family_details(h), rsvp_word(*candidate.rsvp))
                           : wxString::Format(_("The %s family (%s) has no RSVP for this event."), u(h.family_name()),
                                              family_details(h));
        if (!confirm(why + "\n\n" + _("Check them in as a walk-in?"))) {
            say(_("Not checked in. Choose another row with the arrow keys, or press F2 for a new walk-in."), true);
            search_->SetFocus();
            return;
        }
    }
    try {
        auto c = desk_->check_in(h.id, -1, -1, ops::new_operation_id());
        last_checked_in_ = h;
        say(wxString::Format(
            c.walk_in ? _("Welcome, %s family! %s checked in as a walk-in") : _("Welcome, %s family! %s checked in"),
            u(h.family_name()), people(c.adults, c.children)));
        show_last_family(c.adults, c.children);
        search_->ChangeValue("");
        picked_.reset();
        choice_asked_ = false;
        results_.clear();
        show_results();
        refresh_totals();
    } catch (const Error& e) {
        say(translated(e), true);
    }
    search_->SetFocus();
}

void DoorPanel::adjust_last(int adults, int children) {
    if (!last_checked_in_) {
        say(_("Check a family in first; then correct its numbers here."), true);
        return;
    }
    try {
        desk_->adjust(last_checked_in_->id, adults, children, ops::new_operation_id());
        show_last_family(adults, children);
        say(wxString::Format(_("%s family now counted as %s."), u(last_checked_in_->family_name()),
                             people(adults, children, _(" and "))));
        refresh_totals();
    } catch (const Error& e) {
        say(translated(e), true);
    }
    search_->SetFocus();
}

void DoorPanel::undo_last() {
    if (!last_checked_in_) {
        say(_("Nothing to undo."), true);
        return;
    }
    try {
        desk_->undo(last_checked_in_->id);
        say(wxString::Format(_("Check-in of the %s family undone."), u(last_checked_in_->family_name())));
        last_checked_in_.reset();
        show_last_family(0, 0);
        refresh_totals();
    } catch (const Error& e) {
        say(translated(e), true);
    }
    search_->SetFocus();
}

void DoorPanel::show_door_log() {
    DoorLogDialog log(this, *desk_);
    enlarge_type(&log, form_type_);
    log.ShowModal();
    refresh();  // a revert changes the totals and the rows
    search_->SetFocus();
}

void DoorPanel::register_walk_in() {
    WalkInDialog form(this, *desk_);
    enlarge_type(&form, form_type_);
    if (form.ShowModal() == wxID_OK) welcome_walk_in(form.saved(), form.took_existing());
    search_->SetFocus();
}

void DoorPanel::welcome_walk_in(const ops::WalkIn& walk_in, bool existing_family) {
    last_checked_in_ = ops::load_household(desk_->reads(), walk_in.household_id);
    say(existing_family ? wxString::Format(_("Welcome, %s family! Checked in (already in the directory, code %s)"),
                                           u(last_checked_in_->family_name()), u(walk_in.family_code))
                        : wxString::Format(_("Welcome, %s family! New family registered with code %s"),
                                           u(last_checked_in_->family_name()), u(walk_in.family_code)));
    show_last_family(walk_in.check_in.adults, walk_in.check_in.children);
    refresh_totals();
    if (auto note = unprintable_names_message(*last_checked_in_); !note.empty()) say(status_text() + "\n" + note);
}

void DoorPanel::drop_off_children() {
    if (!last_checked_in_) {
        say(_("Check the family in first, then hand the children to childcare."), true);
        return;
    }
    ChildcareDialog form(this, *desk_, *last_checked_in_, children_->GetValue());
    enlarge_type(&form, form_type_);
    if (form.ShowModal() == wxID_OK) dropped_off(form.saved());
    search_->SetFocus();
}

void DoorPanel::dropped_off(const ChildcareDropOff& d) {
    wxString text = wxString::Format(_("Pickup code %s: give the guardian the stub (%d children in care)"),
                                     u(d.pickup_code), d.children);
    say(text);
    refresh_totals();
    // Large and kept until dismissed: the volunteer copies it onto the stub.
    show_pickup_code(u(d.pickup_code), text);
}

void DoorPanel::pick_up(const wxString& code) {
    try {
        picked_up(desk_->pick_up(code.utf8_string()));
    } catch (const Error& e) {
        say(translated(e), true);
    }
    search_->SetFocus();
}

void DoorPanel::picked_up(const ChildcareDropOff& d) {
    auto h = ops::load_household(desk_->reads(), d.household_id);
    say(wxString::Format(_("%d children of the %s family go home with %s."), d.children, u(h.family_name()),
                         u(h.guardian_names(" or "))));
    refresh_totals();
}

void DoorPanel::rally_add(int delta) {
    rally_pending_ = std::max(0, rally_pending_ + delta);
    refresh_totals();
}

void DoorPanel::save_rally_count() {
    if (rally_pending_ == 0) {
        say(_("Count people with +1 first, then save the count."), true);
        return;
    }
    try {
        Headcount h;
        h.event_id = event_id_;
        h.label = rally_label_->GetValue().Trim().Trim(false).utf8_string();
        h.count = rally_pending_;
        ops::record_headcount(db_, h);
        say(wxString::Format(_("Saved: %d people at %s."), rally_pending_, rally_label_->GetValue()));
        rally_pending_ = 0;
        refresh_totals();
    } catch (const Error& e) {
        say(translated(e), true);
    }
}

}  // namespace fn::app
