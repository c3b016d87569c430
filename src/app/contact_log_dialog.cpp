#include "app/contact_log_dialog.h"
#include "app/tones.h"
#include "app/form_loading.h"
#include "app/wx_text.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/language_choice.h"
#include "app/translations.h"
#include "core/errors.h"
#include "ops/home_visit_ops.h"

namespace fn::app {
namespace {

// In the order the choices list them.
const ContactKind kKinds[] = {ContactKind::GoodNews, ContactKind::Invitation, ContactKind::FollowUp,
                              ContactKind::Conference, ContactKind::LunchInvitation};
const ContactChannel kChannels[] = {ContactChannel::Phone, ContactChannel::Text, ContactChannel::Email,
                                    ContactChannel::Note, ContactChannel::InPerson};

wxString channel_name(ContactChannel c) {
    switch (c) {
        case ContactChannel::Phone:
            return _("phone call");
        case ContactChannel::Text:
            return _("text message");
        case ContactChannel::Email:
            return _("e-mail");
        case ContactChannel::Note:
            return _("note home");
        case ContactChannel::InPerson:
            return _("in person");
    }
    return {};
}

}  // namespace

ContactLogDialog::ContactLogDialog(wxWindow* parent, store::Database& db) : db_(db) {
    load_dialog(this, parent, "ContactLogDialog");  // forms/contact_log_dialog.xrc
    homeroom_ = XRCCTRL(*this, "homeroom", wxChoice);
    kind_ = XRCCTRL(*this, "kind", wxChoice);
    channel_ = XRCCTRL(*this, "channel", wxChoice);
    due_ = XRCCTRL(*this, "due", wxListCtrl);
    coverage_ = XRCCTRL(*this, "coverage", wxListCtrl);
    message_ = XRCCTRL(*this, "message", wxStaticText);
    for (const auto& name : {_("Good news"), _("Invitation"), _("Follow-up"), _("Conference"), _("Lunch invitation")})
        kind_->Append(name);
    kind_->SetSelection(0);
    for (auto c : kChannels) channel_->Append(channel_name(c));
    channel_->SetSelection(0);
    field("since")->ChangeValue(ops::good_news_since());
    due_->AppendColumn(_("Family"), wxLIST_FORMAT_LEFT, FromDIP(170));
    due_->AppendColumn(_("Students"), wxLIST_FORMAT_LEFT, FromDIP(130));
    due_->AppendColumn(_("Language"), wxLIST_FORMAT_LEFT, FromDIP(110));
    due_->AppendColumn(_("Prefers"), wxLIST_FORMAT_LEFT, FromDIP(100));
    due_->AppendColumn(_("Last good news"), wxLIST_FORMAT_LEFT, FromDIP(110));
    coverage_->AppendColumn(_("Class or language"), wxLIST_FORMAT_LEFT, FromDIP(220));
    coverage_->AppendColumn(_("Families"), wxLIST_FORMAT_RIGHT, FromDIP(90));
    coverage_->AppendColumn(_("With good news"), wxLIST_FORMAT_RIGHT, FromDIP(130));

    show_coverage();  // fills the classes too
    homeroom_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { show_class(); });
    field("since")->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        show_class();
        show_coverage();
    });
    due_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { choose_family(e.GetIndex()); });
    for (const char* name : {"by", "interpreter", "note"})
        field(name)->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { record(); });
    XRCCTRL(*this, "record", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { record(); });
    XRCCTRL(*this, "offer_visits", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { offer_visits(); });
    if (homeroom_->GetCount() > 0) {
        homeroom_->SetSelection(0);
        show_class();
    }
    Fit();
    SetMinSize(GetSize());
}

wxTextCtrl* ContactLogDialog::field(const char* name) const { return XRCCTRL(*this, name, wxTextCtrl); }
wxString ContactLogDialog::next_text() const { return XRCCTRL(*this, "next", wxStaticText)->GetLabel(); }
wxString ContactLogDialog::message_text() const { return message_->GetLabel(); }
wxString ContactLogDialog::visits_text() const { return XRCCTRL(*this, "visits", wxStaticText)->GetLabel(); }

void ContactLogDialog::show_visits() {
    auto* label = XRCCTRL(*this, "visits", wxStaticText);
    const wxString room = homeroom_->GetStringSelection();
    label->SetLabel("");
    if (room.empty()) return;
    try {
        for (const auto& line : ops::home_visit_coverage(db_, ""))
            if (u(line.homeroom) == room)
                label->SetLabel(
                    line.offered == line.families
                        ? wxString::Format(
                              wxPLURAL("Home visits this school year: offered to the %d family; %d made.",
                                       "Home visits this school year: offered to all %d families; %d made.",
                                       line.families),
                              line.families, line.made)
                        : wxString::Format(_("Home visits this school year: offered to %d of %d families; %d made."),
                                           line.offered, line.families, line.made));
    } catch (const Error& e) {
        label->SetLabel(translated(e));
    }
}

bool ContactLogDialog::offer_visits() {
    const auto room = homeroom_->GetStringSelection().utf8_string();
    try {
        int n = ops::offer_home_visits(db_, room, field("by")->GetValue().Trim().Trim(false).utf8_string(), "");
        say(n == 0 ? wxString::Format(_("Every family of %s was offered a visit this school year already."), u(room))
                   : wxString::Format(wxPLURAL("Offered a home visit to %d family of %s.",
                                               "Offered a home visit to %d families of %s.", n),
                                      n, u(room)),
            false);
        show_visits();
        return true;
    } catch (const ValidationError& e) {
        say(translated(e), true);
        if (e.field() == "offered by") field("by")->SetFocus();
    } catch (const Error& e) {
        say(translated(e), true);
    }
    return false;
}
std::string ContactLogDialog::since() const { return field("since")->GetValue().Trim().Trim(false).utf8_string(); }

bool ContactLogDialog::choose_class(const std::string& homeroom) {
    int at = homeroom_->FindString(u(homeroom));
    if (at == wxNOT_FOUND) return false;
    homeroom_->SetSelection(at);
    show_class();
    return true;
}

void ContactLogDialog::show_class() {
    due_->DeleteAllItems();
    due_families_.clear();
    auto* next = XRCCTRL(*this, "next", wxStaticText);
    if (homeroom_->GetSelection() == wxNOT_FOUND) {
        next->SetLabel(_("No class has families at the school yet."));
        return;
    }
    try {
        due_families_ = ops::families_due(db_, homeroom_->GetStringSelection().utf8_string(), since());
    } catch (const Error& e) {
        say(translated(e), true);
        return;
    }
    for (const auto& f : due_families_) {
        long row = due_->InsertItem(due_->GetItemCount(), u(f.family_name + " (" + f.code + ")"));
        due_->SetItem(row, 1, u(f.students));
        due_->SetItem(row, 2, language_label(f.language));
        due_->SetItem(row, 3, channel_name(f.channel));
        due_->SetItem(row, 4, f.last_positive.empty() ? _("none yet") : u(f.last_positive));
    }
    if (due_families_.empty()) {
        next->SetLabel(wxString::Format(_("Every family of %s has had good news since %s."),
                                        homeroom_->GetStringSelection(), u(since())));
    } else {
        const auto& f = due_families_.front();
        next->SetLabel(
            wxString::Format(wxPLURAL("%d family without good news since %s. Suggested next: %s, by %s, in %s.",
                                      "%d families without good news since %s. Suggested next: %s, by %s, in %s.",
                                      static_cast<int>(due_families_.size())),
                             static_cast<int>(due_families_.size()), u(since()), u(f.family_name),
                             channel_name(f.channel), language_label(f.language)));
        due_->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                           wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        choose_family(0);
    }
    next->Wrap(due_->GetSize().x);
    show_visits();
    Layout();
}

void ContactLogDialog::choose_family(long row) {
    if (row < 0 || row >= static_cast<long>(due_families_.size())) return;
    // The family's preferred channel, unless the teacher picks another.
    const auto channel = due_families_[static_cast<std::size_t>(row)].channel;
    for (std::size_t i = 0; i < std::size(kChannels); ++i)
        if (kChannels[i] == channel) channel_->SetSelection(static_cast<int>(i));
}

void ContactLogDialog::show_coverage() {
    coverage_->DeleteAllItems();
    const wxString chosen = homeroom_->GetStringSelection();
    ops::Coverage c;
    try {
        c = ops::contact_coverage(db_, since());
    } catch (const Error& e) {
        say(translated(e), true);
        return;
    }
    homeroom_->Clear();
    for (const auto& line : c.by_teacher) homeroom_->Append(u(line.group));
    if (!chosen.empty()) homeroom_->SetStringSelection(chosen);
    XRCCTRL(*this, "coverage_heading", wxStaticText)
        ->SetLabel(wxString::Format(_("Families with good news since %s, by class and by language (counts only):"),
                                    u(c.since)));
    auto add = [this](const wxString& group, const ops::CoverageLine& line) {
        long row = coverage_->InsertItem(coverage_->GetItemCount(), group);
        coverage_->SetItem(row, 1, wxString::Format("%d", line.families));
        coverage_->SetItem(row, 2, wxString::Format("%d", line.reached));
    };
    for (const auto& line : c.by_teacher) add(u(line.group), line);
    for (const auto& line : c.by_language) add(language_label(line.group), line);
}

bool ContactLogDialog::record() {
    long row = due_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || row >= static_cast<long>(due_families_.size())) {
        say(_("Choose the family in the list first."), true);
        return false;
    }
    const auto& family = due_families_[static_cast<std::size_t>(row)];
    ContactEntry c;
    c.household_id = family.household_id;
    c.kind = kKinds[std::max(0, kind_->GetSelection())];
    c.channel = kChannels[std::max(0, channel_->GetSelection())];
    c.staff = field("by")->GetValue().Trim().Trim(false).utf8_string();
    c.interpreter = field("interpreter")->GetValue().Trim().Trim(false).utf8_string();
    c.note = field("note")->GetValue().utf8_string();
    try {
        ops::record_contact(db_, c);
    } catch (const ValidationError& e) {
        say(translated(e), true);  // what was typed stays, to correct
        if (e.field() == "made by") field("by")->SetFocus();
        return false;
    } catch (const Error& e) {
        say(translated(e), true);
        return false;
    }
    say(wxString::Format(_("Recorded: %s with the %s family, by %s."), kind_->GetStringSelection(),
                         u(family.family_name), channel_name(c.channel)),
        false);
    // The one who made it stays for the next contact; the rest is cleared.
    field("interpreter")->ChangeValue("");
    field("note")->ChangeValue("");
    show_coverage();
    show_class();
    // The next family is chosen in the list: arrows pick another, the
    // fields keep who made the contact.
    due_->SetFocus();
    return true;
}

void ContactLogDialog::say(const wxString& text, bool problem) {
    show_tone(message_, problem ? Tone::Problem : Tone::Good);
    message_->SetLabel(text);
    message_->Wrap(due_->GetSize().x);
    Layout();
}

}  // namespace fn::app
