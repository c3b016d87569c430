#pragma once
// Event > Send or export messages: one message about the event (an
// invitation, the reminder, "a place opened", "we missed you") to every
// family its own way, said before anything is done (how many by e-mail,
// text, call and paper); the e-mails sent through the school's mail server
// (its password asked for, never kept) or written to a folder; the texting
// platform's list; the callers' phone tree. Everything through
// print/family_messages.h and print/platform_lists.h, as the CLI does.
#include <wx/dialog.h>

#include <string>

#include "core/family_message.h"
#include "core/ids.h"

class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace fn::store {
class Database;
}

namespace fn::app {

class MessagesDialog : public wxDialog {
public:
    MessagesDialog(wxWindow* parent, store::Database& db, Id event_id);

    wxChoice* message_choice() const { return message_; }
    wxString summary_text() const;
    wxString status_text() const;
    MessageKind chosen() const;
    // The actions behind the buttons, with what they would ask given:
    // `password` for a server that asks for one ("" asks in a window).
    void send(const std::string& folder = "", const std::string& password = "");
    void export_for_platform(const std::string& platform, const std::string& path);
    void print_phone_tree(const std::string& path);

private:
    void show_plan();
    void say(const wxString& text, bool problem);
    store::Database& db_;
    Id event_id_;
    wxChoice* message_ = nullptr;
    wxTextCtrl* summary_ = nullptr;
    wxStaticText* status_ = nullptr;
};

}  // namespace fn::app
