#include "app/messages_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/choicdlg.h>
#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/xrc/xmlres.h>

#include "app/background_work.h"
#include "app/form_loading.h"
#include "app/tones.h"
#include "app/translations.h"
#include "app/wx_text.h"
#include "core/errors.h"
#include "ops/message_ops.h"
#include "ops/settings_ops.h"
#include "print/family_messages.h"
#include "print/platform_lists.h"
#include "print/print_document.h"
#include "store/database.h"

namespace fn::app {
namespace {

wxString kind_label(MessageKind kind) {
    switch (kind) {
        case MessageKind::Invitation:
            return _("Invitation");
        case MessageKind::Reminder:
            return _("Reminder (the day before)");
        case MessageKind::PlaceOpened:
            return _("A place opened (after a waitlist)");
        case MessageKind::MissedYou:
            return _("We missed you (after the night)");
    }
    return {};
}

wxString plan_text(const ops::MessageCounts& n, bool server_set) {
    wxString text;
    text << wxString::Format(wxPLURAL("By e-mail: %d family", "By e-mail: %d families", n.email), n.email);
    text << (server_set
                 ? wxString(_(" (through the school's mail server)"))
                 : wxString(
                       _(" (no mail server is set yet: File > School settings, Mail; or write them to a folder)")));
    if (n.already_sent > 0)
        text << "\n"
             << wxString::Format(wxPLURAL("Already sent before: %d family (not again)",
                                          "Already sent before: %d families (not again)", n.already_sent),
                                 n.already_sent);
    text << "\n"
         << wxString::Format(wxPLURAL("By text message: %d family (export for the texting platform)",
                                      "By text message: %d families (export for the texting platform)", n.text),
                             n.text);
    text << "\n"
         << wxString::Format(wxPLURAL("By phone call: %d family (the phone tree)",
                                      "By phone call: %d families (the phone tree)", n.phone),
                             n.phone);
    text << "\n"
         << wxString::Format(wxPLURAL("On paper: %d family (backpack flyers, Print menu)",
                                      "On paper: %d families (backpack flyers, Print menu)", n.paper),
                             n.paper);
    return text;
}

wxString report_text(const printing::SendReport& r, const std::string& folder) {
    wxString text =
        folder.empty() ? wxString::Format(
                             wxPLURAL("Sent to %d family by e-mail.", "Sent to %d families by e-mail.", r.sent), r.sent)
                       : wxString::Format(wxPLURAL("Wrote %d e-mail to %s (nothing sent).",
                                                   "Wrote %d e-mails to %s (nothing sent).", r.written),
                                          r.written, u(folder));
    if (r.already_sent > 0)
        text << " "
             << wxString::Format(wxPLURAL("%d family was sent it before: not again.",
                                          "%d families were sent it before: not again.", r.already_sent),
                                 r.already_sent);
    if (!r.refused.empty()) {
        text << "\n"
             << wxString::Format(wxPLURAL("The mail server refused %d address:",
                                          "The mail server refused %d addresses:", static_cast<int>(r.refused.size())),
                                 static_cast<int>(r.refused.size()));
        for (const auto& refusal : r.refused)
            text << "\n" << u(refusal.family) << " <" << u(refusal.address) << ">: " << u(refusal.answer);
    }
    if (!r.stopped.empty()) {
        // Nothing went: the reason alone, not "sent to 0 families" first.
        if (folder.empty() && r.sent == 0 && r.refused.empty() && r.already_sent == 0) return translated(r.stopped);
        text << "\n" << translated(r.stopped);
    }
    return text;
}

}  // namespace

MessagesDialog::MessagesDialog(wxWindow* parent, store::Database& db, Id event_id) : db_(db), event_id_(event_id) {
    load_dialog(this, parent, "MessagesDialog");  // forms/messages_dialog.xrc
    message_ = XRCCTRL(*this, "message", wxChoice);
    summary_ = XRCCTRL(*this, "summary", wxTextCtrl);
    status_ = XRCCTRL(*this, "status", wxStaticText);
    for (MessageKind kind : message_kinds()) message_->Append(kind_label(kind));
    message_->SetSelection(1);  // the reminder: the message sent most
    message_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { show_plan(); });
    XRCCTRL(*this, "send", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { send(); });
    XRCCTRL(*this, "dry_run", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxDirDialog folder(this, _("Write the e-mails to which folder?"));
        if (folder.ShowModal() == wxID_OK) send(folder.GetPath().utf8_string());
    });
    XRCCTRL(*this, "platform", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxArrayString names;
        for (const auto& f : printing::platform_formats()) names.Add(u(f.shown));
        wxSingleChoiceDialog which(this, _("Which platform does the school use?"), _("Texting platform"), names);
        if (which.ShowModal() != wxID_OK) return;
        const auto& format = printing::platform_formats()[static_cast<std::size_t>(which.GetSelection())];
        wxFileDialog file(this, _("Export to"), "", u(format.name + "-" + to_string(chosen()) + ".csv"),
                          _("CSV files (*.csv)|*.csv|Excel workbooks (*.xlsx)|*.xlsx"),
                          wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        if (file.ShowModal() == wxID_OK) export_for_platform(format.name, file.GetPath().utf8_string());
    });
    XRCCTRL(*this, "phone_tree", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxFileDialog file(this, _("Save the phone tree as"), "", "phonetree-" + u(to_string(chosen())) + ".pdf",
                          _("PDF files (*.pdf)|*.pdf"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        if (file.ShowModal() == wxID_OK) print_phone_tree(file.GetPath().utf8_string());
    });
    show_plan();
    SetSize(FromDIP(wxSize(600, 420)));
    SetMinSize(FromDIP(wxSize(420, 320)));
    CentreOnParent();
    message_->SetFocus();
}

MessageKind MessagesDialog::chosen() const {
    const int i = message_->GetSelection();
    return message_kinds()[static_cast<std::size_t>(i < 0 ? 1 : i)];
}

wxString MessagesDialog::summary_text() const { return summary_->GetValue(); }
wxString MessagesDialog::status_text() const { return status_->GetLabel(); }

void MessagesDialog::say(const wxString& text, bool problem) {
    status_->SetLabel(text);
    show_tone(status_, problem ? Tone::Problem : Tone::Good);
    status_->Wrap(FromDIP(560));
    Layout();
}

void MessagesDialog::show_plan() {
    try {
        const auto audience = ops::message_audience(db_, event_id_, chosen());
        summary_->ChangeValue(plan_text(ops::count_by_way(audience), !audience.settings.mail.host.empty()));
    } catch (const Error& e) {
        summary_->ChangeValue(translated(e));
    }
}

void MessagesDialog::send(const std::string& folder, const std::string& password_given) {
    try {
        printing::SendOptions options;
        options.dry_run_dir = folder;
        options.password = password_given;
        const auto mail = ops::load_settings(db_).mail;
        if (folder.empty() && !mail.user.empty() && options.password.empty()) {
            wxPasswordEntryDialog ask(
                this, wxString::Format(_("Password of %s on the mail server %s:"), u(mail.user), u(mail.host)),
                _("Mail server"));
            if (ask.ShowModal() != wxID_OK) return;
            options.password = ask.GetValue().utf8_string();
        }
        printing::SendReport report;
        const MessageKind kind = chosen();
        run_in_background(this, db_.location(), folder.empty() ? _("Sending...") : _("Writing..."),
                          [&](store::Database& db) { report = printing::send_messages(db, event_id_, kind, options); });
        say(report_text(report, folder), !report.refused.empty() || !report.stopped.empty());
    } catch (const Error& e) {
        say(translated(e), true);
    }
    show_plan();
}

void MessagesDialog::export_for_platform(const std::string& platform, const std::string& path) {
    try {
        const auto result = printing::export_platform_list(db_, event_id_, chosen(), platform, path);
        wxString files;
        for (const auto& f : result.files) files << (files.empty() ? "" : ", ") << u(f);
        wxString text = wxString::Format(
            wxPLURAL("Listed %d family for %s in %s.", "Listed %d families for %s in %s.", result.families),
            result.families, u(printing::platform_format(platform).shown), files);
        if (!result.not_dialable.empty()) {
            text << "\n"
                 << wxString::Format(wxPLURAL("Not listed: %d family whose number has no area code (fix it in the "
                                              "family's window):",
                                              "Not listed: %d families whose number has no area code (fix it in the "
                                              "family's window):",
                                              static_cast<int>(result.not_dialable.size())),
                                     static_cast<int>(result.not_dialable.size()));
            for (const auto& family : result.not_dialable) text << " " << u(family);
        }
        say(text, !result.not_dialable.empty());
    } catch (const Error& e) {
        say(translated(e), true);
    }
}

void MessagesDialog::print_phone_tree(const std::string& path) {
    try {
        printing::PrintOptions options;
        options.message = to_string(chosen());
        const auto result = printing::print_document(db_, event_id_, printing::DocumentKind::PhoneTree, path, options);
        const int families = static_cast<int>(result.figures.at("families"));
        say(wxString::Format(wxPLURAL("Wrote the phone tree for %d family to %s.",
                                      "Wrote the phone tree for %d families to %s.", families),
                             families, u(path)),
            false);
    } catch (const Error& e) {
        say(translated(e), true);
    }
}

}  // namespace fn::app
