#include "print/family_messages.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>

#include "core/document_texts.h"
#include "core/errors.h"
#include "core/labels.h"
#include "core/languages.h"
#include "core/text.h"
#include "ops/volunteer_ops.h"
#include "io/atomic_file.h"
#include "io/ics_writer.h"
#include "io/mail_message.h"
#include "io/smtp_client.h"
#include "reports/human_dates.h"
#include "reports/text_direction.h"

namespace fn::printing {
namespace {

std::string message_language(const ops::MessageAudience& audience, const Household& h) {
    return paper_language(h.language, printable_languages(audience.settings.label_overrides));
}

std::string workshops_line(const ops::MessageAudience& audience, const std::vector<Id>& ids,
                           const std::string& language) {
    std::string line;
    for (Id id : ids)
        for (const auto& w : audience.workshops) {
            if (w.id != id) continue;
            std::string room;
            for (const auto& r : audience.rooms)
                if (r.id == w.room_id) room = r.name;
            line += (line.empty() ? "" : "; ") + w.title(language) + (room.empty() ? "" : " (" + room + ")");
        }
    return line;
}

std::string family_greeting(const Household& h, const std::map<std::string, std::string>& texts) {
    if (h.named_by_guardians()) return h.family_name();
    return fill_places(texts.at("pickup_family_of"), {{"name", h.family_name()}});
}

std::string event_place(const Event& e, const std::string& language) {
    auto own = e.places.find(language);
    return own != e.places.end() && !own->second.empty() ? own->second : e.place;
}

io::SmtpServer smtp_server(const MailServerSettings& mail, const std::string& password) {
    io::SmtpServer server;
    server.host = mail.host;
    server.port = mail.port;
    server.tls = mail.tls;
    server.user = mail.user;
    server.password = password;
    return server;
}

std::string file_name(int number, const Household& h, const std::string& language) {
    std::string n = std::to_string(number);
    return std::string(4 - std::min<std::size_t>(4, n.size()), '0') + n + "-" + h.code + "-" + language + ".eml";
}

}  // namespace

FamilyMessage message_for(const ops::MessageAudience& audience, const ops::MessageRecipient& recipient,
                          const std::string& language_given) {
    const Household& h = recipient.household;
    const std::string language = language_given.empty() ? message_language(audience, h) : language_given;
    const auto texts = document_texts_for(language, school_wording(audience.settings.label_overrides, language));
    const Event& e = audience.event;
    MessageFacts facts;
    facts.family = family_greeting(h, texts);
    facts.event = e.title(language);
    facts.date = reports::human_date(e.date, language);
    facts.time =
        reports::human_time_range(e.start_time, e.end_time, language, reports::clock_setting(audience.settings.clock));
    facts.place = event_place(e, language);
    facts.workshops = workshops_line(audience, recipient.workshop_ids, language);
    if (recipient.childcare && e.childcare) {
        facts.childcare = texts.at("message_childcare");
        facts.pickup = texts.at("message_pickup");
    }
    facts.school = audience.settings.name;
    return compose_family_message(audience.kind, language, facts, texts);
}

PhoneTree phone_tree_for(store::Database& db, Id event_id, MessageKind kind, const std::vector<std::string>& typed) {
    std::vector<std::string> names;
    for (const auto& name : typed)
        if (!trim(name).empty()) names.push_back(trim(name));
    const auto audience = ops::message_audience(db, event_id, kind);
    PhoneTree tree;
    tree.school = audience.settings.name;
    tree.event = audience.event.title();
    tree.date = reports::staff_date(audience.event.date);
    tree.message = to_string(kind);
    std::vector<Caller> callers;
    for (const auto& p : ops::list_people(db)) {
        const bool named = std::find(names.begin(), names.end(), p.name) != names.end();
        const bool may_call =
            p.role == PersonRole::Teacher || p.role == PersonRole::Staff || p.role == PersonRole::Parent;
        if (names.empty() ? may_call && !p.languages.empty() : named) callers.push_back({p.name, p.languages});
    }
    for (const auto& name : names)
        if (std::none_of(callers.begin(), callers.end(), [&](const Caller& c) { return c.name == name; }))
            throw NotFoundError(
                tr("No person is named {0}: add them first (People), with the languages they speak.", {quoted(name)}));
    std::vector<PhoneTreeCall> calls;
    for (const auto& r : audience.recipients) {
        if (r.reach.method != ContactMethod::Phone) continue;
        const FamilyMessage words = message_for(audience, r);
        PhoneTreeCall call;
        call.household_id = r.household.id;
        call.family = r.household.family_name();
        call.guardian = r.reach.guardian;
        call.phone = r.reach.address;
        call.language = words.language;
        call.language_name = language_name(words.language);
        call.script = words.body;
        call.script_english = words.language == "en" ? "" : message_for(audience, r, "en").body;
        calls.push_back(std::move(call));
    }
    tree.callers = share_calls(callers, calls);
    return tree;
}

SendReport send_messages(store::Database& db, Id event_id, MessageKind kind, const SendOptions& options) {
    const auto audience = ops::message_audience(db, event_id, kind);
    const auto& mail = audience.settings.mail;
    const bool dry_run = !options.dry_run_dir.empty();
    if (!dry_run && (mail.host.empty() || mail.from_address.empty()))
        throw ValidationError(tr("mail server"),
                              tr("Give the school's mail server and its e-mail address first (File > School settings, "
                                 "Mail; or school set --smtp-host and --smtp-from)."));
    if (!dry_run && !mail.user.empty() && options.password.empty())
        throw ValidationError(tr("mail server password"),
                              tr("The mail server asks for the password of {0}.", {mail.user}));
    if (dry_run) std::filesystem::create_directories(options.dry_run_dir);

    SendReport report;
    std::unique_ptr<io::SmtpClient> client;
    const auto pause = std::chrono::milliseconds(60000 / std::max(1, mail.per_minute));
    auto next_send = std::chrono::steady_clock::now();
    const int total = static_cast<int>(audience.recipients.size());
    int done = 0;
    for (const auto& r : audience.recipients) {
        if (options.progress) options.progress(done++, total);
        if (r.already_sent) {
            ++report.already_sent;
            continue;
        }
        if (r.reach.method != ContactMethod::Email) {
            ++report.other_ways[r.reach.method];
            continue;
        }
        const FamilyMessage words = message_for(audience, r);
        io::MailMessage m;
        m.from_name = audience.settings.name;
        m.from_address = mail.from_address.empty() ? "school@example.invalid" : mail.from_address;
        m.to_name = r.reach.guardian;
        m.to_address = r.reach.address;
        m.subject = words.subject;
        m.text = words.body;
        m.language = words.language;
        m.right_to_left = reports::writes_right_to_left(words.language);
        // The log's key in the id too: a family's mail program shows a
        // message that somehow came twice once.
        std::string key = r.message;
        for (auto& c : key)
            if (c == ':') c = '-';
        m.message_id = key + "-" + std::to_string(event_id) + "-" + std::to_string(r.household.id) + "." +
                       audience.settings.school_id + "@familynight";
        if (kind == MessageKind::Invitation) {
            io::CalendarOptions calendar{audience.settings.name, audience.settings.school_id,
                                         audience.settings.time_zone, words.language, false};
            m.attachment = {"event.ics", "text/calendar; method=PUBLISH",
                            io::events_to_ics({audience.event}, calendar)};
        }
        const std::string text = io::mail_text(m);
        if (dry_run) {
            const std::string path = (std::filesystem::path(options.dry_run_dir) /
                                      file_name(report.written + 1, r.household, words.language))
                                         .string();
            io::write_file_atomically(path, text);
            report.files.push_back(path);
            ++report.written;
            continue;
        }
        try {
            if (!client) client = std::make_unique<io::SmtpClient>(smtp_server(mail, options.password));
            std::this_thread::sleep_until(next_send);
            next_send = std::chrono::steady_clock::now() + pause;
            const auto answer = client->send(m.from_address, m.to_address, text);
            ops::MessageOutcome outcome{event_id,
                                        r.household.id,
                                        r.message,
                                        ContactMethod::Email,
                                        r.reach.address,
                                        words.language,
                                        answer.sent ? "sent" : "refused",
                                        answer.detail};
            ops::log_message(db, outcome, audience.event.title());
            if (answer.sent)
                ++report.sent;
            else
                report.refused.push_back({r.household.family_name(), r.reach.address, answer.detail});
        } catch (const io::SmtpUnavailableError& e) {
            report.stopped =
                tr("The mail server could not be used ({0}): the families not sent yet get their "
                   "message when you send again.",
                   {std::string(e.what())});
            break;
        }
    }
    if (options.progress) options.progress(total, total);
    return report;
}

}  // namespace fn::printing
