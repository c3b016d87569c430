#include "app/workshop_dialog.h"
#include "app/number_fields.h"
#include "app/seat_moves.h"
#include "app/translations.h"

#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/stattext.h>
#include <wx/msgdlg.h>
#include <wx/choice.h>
#include <wx/spinctrl.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>

#include "core/errors.h"
#include "ops/household_ops.h"
#include "ops/translation_ops.h"
#include "ops/timetable_view.h"
#include "ops/volunteer_edit_ops.h"
#include "ops/volunteer_ops.h"
#include "core/text_list.h"

namespace fn::app {
WorkshopDialog::WorkshopDialog(wxWindow* parent, store::Database& db, Id event_id, Id round_id, Id room_id,
                               Id workshop_id)
    : FormDialog(parent, "WorkshopDialog"),
      db_(db),
      plan_(ops::load_event_plan(db, event_id)),
      people_(ops::list_people(db)) {
    round_ = XRCCTRL(*this, "round", wxChoice);
    room_ = XRCCTRL(*this, "room", wxChoice);
    presenter_ = XRCCTRL(*this, "presenter", wxChoice);

    editing_.event_id = event_id;
    editing_.round_id = round_id;
    editing_.room_id = room_id;
    for (const auto& w : plan_.workshops)
        if (w.id == workshop_id) editing_ = w;
    if (editing_.id) {
        SetTitle(wxString::Format(_("Edit workshop: %s"), wxString::FromUTF8(editing_.title())));
        set_field("title",
                  wxString::FromUTF8(editing_.texts.count("en") ? editing_.texts.at("en").title : editing_.title()));
        if (editing_.texts.count("es")) set_field("title_es", wxString::FromUTF8(editing_.texts.at("es").title));
        if (editing_.texts.count("en"))
            set_field("description", wxString::FromUTF8(editing_.texts.at("en").description));
        XRCCTRL(*this, "subject", wxChoice)->SetSelection(static_cast<int>(editing_.subject));  // items in enum order
        set_field("grade_band", wxString::FromUTF8(editing_.grade_band));
        XRCCTRL(*this, "capacity", wxSpinCtrl)->SetValue(editing_.capacity);
        set_field("materials", wxString::FromUTF8(editing_.materials));
        set_field("language", wxString::FromUTF8(join_words(editing_.languages)));
    }

    for (const auto& r : plan_.rounds) {
        round_->Append(wxString::Format(_("Round %d (%s-%s)"), r.number, wxString::FromUTF8(r.start_time),
                                        wxString::FromUTF8(r.end_time)));
        if (r.id == editing_.round_id) round_->SetSelection(static_cast<int>(round_->GetCount()) - 1);
    }
    if (round_->GetSelection() == wxNOT_FOUND && !plan_.rounds.empty()) round_->SetSelection(0);
    fill_rooms(editing_.room_id);
    round_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fill_rooms(0); });

    // A new workshop names its presenter; an existing one shows who presents
    // it now and adds another here (saving never drops anyone: a teacher is
    // taken off only by "Drop a presenter").
    presenter_->Append(editing_.id ? _("(nobody more)") : _("(nobody yet)"));
    for (const auto& p : people_) presenter_->Append(wxString::FromUTF8(p.name));
    presenter_->SetSelection(0);
    if (editing_.id) XRCCTRL(*this, "presenter_label", wxStaticText)->SetLabel(_("Add a presenter"));
    XRCCTRL(*this, "presenting_label", wxStaticText)->Show(editing_.id != 0);
    XRCCTRL(*this, "presenting", wxStaticText)->Show(editing_.id != 0);
    XRCCTRL(*this, "drop_presenter", wxButton)->Show(editing_.id != 0);
    show_presenters();
    XRCCTRL(*this, "drop_presenter", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { drop_presenter(); });
    choose_presenter_to_drop = [this](const wxString& title, const wxArrayString& names) {
        if (names.size() > 1)
            return wxGetSingleChoiceIndex(wxString::Format(_("Who no longer presents '%s'?"), title),
                                          _("Drop a presenter"), names, 0, this);
        return wxMessageBox(
                   wxString::Format(_("Take %s off '%s'? The workshop stays on the timetable with no presenter."),
                                    names[0], title),
                   _("Drop a presenter"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) == wxYES
                   ? 0
                   : wxNOT_FOUND;
    };

    auto* remove = XRCCTRL(*this, "remove", wxButton);
    remove->Show(editing_.id != 0);
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (wxMessageBox(_("Take this workshop off the timetable? Families who picked it lose that pick; "
                           "you will see who to tell."),
                         _("Remove workshop"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) != wxYES)
            return;
        try {
            auto removed = remove_workshop();
            wxString who;
            for (Id id : removed.households_to_tell) {
                auto h = ops::load_household(db_, id);
                who << "\n" << wxString::FromUTF8(h.family_name() + " (" + h.guardian_names() + ")");
            }
            wxMessageBox(
                removed.households_to_tell.empty()
                    ? wxString::Format(_("'%s' was removed. Nobody had picked it."), wxString::FromUTF8(removed.title))
                    : wxString::Format(_("'%s' was removed. Tell these families:%s"), wxString::FromUTF8(removed.title),
                                       who),
                _("Remove workshop"), wxOK | wxICON_INFORMATION, this);
            EndModal(wxID_OK);
        } catch (const Error& e) {
            wxMessageBox(translated(e), _("Remove workshop"), wxOK | wxICON_WARNING, this);
        }
    });
    XRCCTRL(*this, "other_languages", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        edit_other_languages();
    });
    XRCCTRL(*this, "other_languages_summary", wxStaticText)->SetLabel(texts_summary(read().texts));
    XRCCTRL(*this, "title", wxTextCtrl)->SetFocus();
    Fit();
}

void WorkshopDialog::edit_other_languages() {
    TextsDialog dialog(this, ops::languages_to_translate_into(db_), read().texts, nullptr);  // as typed so far
    if (show_texts(dialog) != wxID_OK) return;
    editing_.texts = dialog.texts();
    set_field("title_es", editing_.texts.count("es") ? wxString::FromUTF8(editing_.texts.at("es").title) : wxString());
    XRCCTRL(*this, "other_languages_summary", wxStaticText)->SetLabel(texts_summary(read().texts));
    Layout();
}

wxString WorkshopDialog::person_name(Id id) const {
    for (const auto& p : people_)
        if (p.id == id) return wxString::FromUTF8(p.name);
    return wxString::Format("#%lld", static_cast<long long>(id));
}

void WorkshopDialog::show_presenters() {
    wxString names;
    for (Id id : editing_.presenter_ids) names << (names.empty() ? "" : ", ") << person_name(id);
    XRCCTRL(*this, "presenting", wxStaticText)->SetLabel(names.empty() ? _("nobody") : names);
    XRCCTRL(*this, "drop_presenter", wxButton)->Enable(!editing_.presenter_ids.empty());
}

void WorkshopDialog::drop_presenter() {
    const auto& ids = editing_.presenter_ids;
    if (ids.empty()) return;
    wxArrayString names;
    for (Id id : ids) names.Add(person_name(id));
    int pick = choose_presenter_to_drop(wxString::FromUTF8(editing_.title()), names);
    if (pick < 0 || pick >= static_cast<int>(ids.size())) return;
    Id chosen = ids[static_cast<std::size_t>(pick)];
    // The new "Presenting now" line is the confirmation; a refusal (a
    // finished event) shows in the form's error line.
    if (attempt([&] { ops::remove_presenter(db_, editing_.id, chosen); })) {
        std::erase(editing_.presenter_ids, chosen);
        show_presenters();
    }
}

void WorkshopDialog::fill_rooms(Id selected_room) {
    room_->Clear();
    room_ids_.clear();
    int round = round_->GetSelection();
    if (round == wxNOT_FOUND) return;
    for (const auto& room : ops::free_rooms(plan_, plan_.rounds[static_cast<std::size_t>(round)].id, editing_.id)) {
        room_->Append(wxString::Format(_("%s (%d seats)"), wxString::FromUTF8(room.name), room.capacity));
        room_ids_.push_back(room.id);
    }
    room_->Append(_("No room yet"));
    room_ids_.push_back(0);
    // A new workshop without a chosen room gets the first free one; an
    // existing workshop without a room stays on "No room yet".
    auto it = std::find(room_ids_.begin(), room_ids_.end(), selected_room);
    bool first_free = it == room_ids_.end() || (selected_room == 0 && editing_.id == 0);
    room_->SetSelection(first_free ? 0 : static_cast<int>(it - room_ids_.begin()));
}

bool WorkshopDialog::choose_room(const wxString& name) {
    for (unsigned i = 0; i < room_->GetCount(); ++i)
        if (room_->GetString(i) == name || room_->GetString(i).StartsWith(name + " (")) {
            room_->SetSelection(static_cast<int>(i));
            return true;
        }
    return false;
}

Workshop WorkshopDialog::read() const {
    Workshop w = editing_;
    int round = round_->GetSelection();
    w.round_id = round == wxNOT_FOUND ? 0 : plan_.rounds[static_cast<std::size_t>(round)].id;
    int room = room_->GetSelection();
    w.room_id = room == wxNOT_FOUND ? 0 : room_ids_[static_cast<std::size_t>(room)];
    // Every language's texts as last edited (Texts in other languages...); English and the Spanish title from their
    // fields.
    w.texts.erase("es");
    w.texts["en"] = {field("title"), field("description")};
    std::string es_description = editing_.texts.count("es") ? editing_.texts.at("es").description : "";
    if (auto es = field("title_es"); !es.empty() || !es_description.empty()) w.texts["es"] = {es, es_description};
    w.subject = static_cast<Subject>(XRCCTRL(*this, "subject", wxChoice)->GetSelection());
    w.grade_band = field("grade_band");
    w.capacity = read_number(XRCCTRL(*this, "capacity", wxSpinCtrl), _("Seats"));
    w.materials = field("materials");
    w.languages = split_words(field("language"));
    int presenter = presenter_->GetSelection();
    w.presenter_ids.clear();
    if (presenter > 0) w.presenter_ids.push_back(people_[static_cast<std::size_t>(presenter - 1)].id);
    return w;
}

ops::RemovedWorkshop WorkshopDialog::remove_workshop() {
    auto removed = ops::remove_workshop(db_, editing_.id);
    saved_ = 0;
    return removed;
}

void WorkshopDialog::do_save() {
    if (plan_.rounds.empty()) throw ValidationError(tr("round"), tr("this event has no rounds yet; add a round first"));
    Workshop w = read();
    if (!w.id) {
        w.id = ops::add_workshop(db_, w);
    } else {
        try {
            ops::update_workshop(db_, w);
        } catch (const ops::SeatsWouldMoveError& seats) {
            if (!confirm_seat_moves(this, seats)) throw;
            tell_seat_moves(this, ops::update_workshop(db_, w, ops::SeatChange::MoveToWaitlist));
        }
    }
    saved_ = w.id;
}

}  // namespace fn::app
