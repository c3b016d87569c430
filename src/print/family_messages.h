#pragma once
// An event's message to each family in its own language, and sending it
// through the school's mail server to the families who prefer e-mail: one
// message each (plain text and HTML, the event's .ics with an invitation),
// at most the school's messages a minute, each logged at once so a send
// run again sends nothing new (ops/message_ops.h). A dry run writes each
// message to a file instead and changes nothing. Families reached another
// way are counted for the texting platform's list and the phone tree.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/family_message.h"
#include "core/phone_tree.h"
#include "core/text_message.h"
#include "ops/message_ops.h"

namespace fn::printing {

// One family's message in its language (the words, its dates and times as
// it reads them, its workshops in its language).
// `language` given: in that language instead (a caller's English script).
FamilyMessage message_for(const ops::MessageAudience& audience, const ops::MessageRecipient& recipient,
                          const std::string& language = "");

// The phone tree for the event's message (core/phone_tree.h): the families
// who prefer a call, shared among `callers` (people's names; empty: every
// teacher, staff member and parent volunteer with a language on file) by
// the languages they speak.
PhoneTree phone_tree_for(store::Database& db, Id event_id, MessageKind kind, const std::vector<std::string>& callers);

struct SendOptions {
    std::string dry_run_dir;  // write .eml files here instead of sending
    std::string password;     // for the mail server's login (never stored)
    // After each family (done of total), e.g. for a progress bar.
    std::function<void(int done, int total)> progress;
};

struct SendRefusal {
    std::string family;
    std::string address;
    std::string answer;  // the server's
};

struct SendReport {
    int sent = 0;
    int written = 0;       // a dry run's files
    int already_sent = 0;  // sent before: not again
    std::vector<SendRefusal> refused;
    std::vector<std::string> files;
    // Families whose preferred way is not e-mail: text, phone, paper.
    std::map<ContactMethod, int> other_ways;
    // Why the send stopped before the end (the mail server could not be
    // used), in the user's language; empty when it went through.
    Text stopped;
};

SendReport send_messages(store::Database& db, Id event_id, MessageKind kind, const SendOptions& options);

}  // namespace fn::printing
