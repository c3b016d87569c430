#include "ops/message_ops.h"

#include <soci/soci.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/contact_log.h"
#include "core/errors.h"
#include "core/text.h"
#include "ops/audit_ops.h"
#include "ops/clock.h"
#include "ops/login_checks.h"
#include "ops/seating_view.h"
#include "store/attendance_store.h"
#include "store/contact_store.h"
#include "store/database.h"
#include "store/event_store.h"
#include "store/household_store.h"
#include "store/message_log_store.h"
#include "store/rsvp_store.h"
#include "store/settings_store.h"

namespace fn::ops {
namespace {

// What each family's message is about: its id, the log's key, its
// workshops, whether it asked for childcare.
struct Addressee {
    Id household_id = 0;
    std::string message;
    std::vector<Id> workshop_ids;
    bool childcare = false;
};

std::vector<Addressee> addressees(soci::session& sql, const Event& event, MessageKind kind) {
    std::vector<Addressee> out;
    const std::string key = to_string(kind);
    auto rsvps = store::rsvps_of_event(sql, event.id);
    auto workshops_of_rsvp = [](const Rsvp& r) {
        std::vector<Id> ids;
        for (const auto& p : r.picks) ids.push_back(p.workshop_id);
        return ids;
    };
    switch (kind) {
        case MessageKind::Invitation:
            for (Id id : store::all_household_ids(sql)) out.push_back({id, key, {}, false});
            break;
        case MessageKind::Reminder:
            for (const auto& r : rsvps)
                if (r.status == RsvpStatus::Yes || r.status == RsvpStatus::Maybe)
                    out.push_back({r.household_id, key, workshops_of_rsvp(r), !r.childcare_ages.empty()});
            break;
        case MessageKind::PlaceOpened: {
            auto plans = seat_plans(sql, event.id);
            std::map<Id, const Rsvp*> by_household;
            for (const auto& r : rsvps) by_household[r.household_id] = &r;
            for (const auto& wait : store::seat_waits_of_event(sql, event.id)) {
                const auto& seated = plans[wait.workshop_id].seated;
                if (std::find(seated.begin(), seated.end(), wait.household_id) == seated.end()) continue;
                auto r = by_household.find(wait.household_id);
                out.push_back({wait.household_id,
                               key + ":" + std::to_string(wait.workshop_id),
                               {wait.workshop_id},
                               r != by_household.end() && !r->second->childcare_ages.empty()});
            }
            break;
        }
        case MessageKind::MissedYou: {
            std::set<Id> came;
            for (const auto& c : store::checkins_of_event(sql, event.id)) came.insert(c.household_id);
            for (const auto& r : rsvps)
                if (r.status == RsvpStatus::Yes && !came.count(r.household_id))
                    out.push_back({r.household_id, key, workshops_of_rsvp(r), false});
            break;
        }
    }
    return out;
}

ContactChannel contact_channel(ContactMethod method) {
    switch (method) {
        case ContactMethod::Email:
            return ContactChannel::Email;
        case ContactMethod::Text:
            return ContactChannel::Text;
        case ContactMethod::Phone:
            return ContactChannel::Phone;
        case ContactMethod::Paper:
            break;
    }
    return ContactChannel::Note;
}

}  // namespace

MessageAudience message_audience(Database& db, Id event_id, MessageKind kind) {
    require_coordinator(db, tr("Only a coordinator sends messages to families: they go to every family's "
                               "e-mail address or phone number."));
    MessageAudience audience;
    audience.kind = kind;
    store::ReadSnapshot snapshot(db);
    auto& sql = db.sql();
    audience.event = store::load_event(sql, event_id);
    if (audience.event.status == EventStatus::Cancelled)
        throw ConflictError(
            tr("The event '{0}' was cancelled: no message about it is sent.", {audience.event.title()}));
    if (kind == MessageKind::MissedYou && audience.event.date >= today())
        throw ConflictError(tr("'We missed you' is for after the event: '{0}' is on {1}.",
                               {audience.event.title(), audience.event.date}));
    audience.workshops = store::workshops_of(sql, event_id);
    audience.rooms = store::rooms_of(sql, event_id);
    audience.settings = store::load_settings(sql);
    auto wanted = addressees(sql, audience.event, kind);
    std::vector<Id> ids;
    for (const auto& a : wanted) ids.push_back(a.household_id);
    std::map<Id, Household> families;
    for (auto& h : store::load_households(sql, ids)) families[h.id] = std::move(h);
    std::map<std::string, std::set<Id>> sent;
    for (const auto& a : wanted) {
        auto h = families.find(a.household_id);
        if (h == families.end() || !h->second.active() || !h->second.erased_on.empty()) continue;
        if (!sent.count(a.message)) sent[a.message] = store::households_sent(sql, event_id, a.message);
        MessageRecipient r;
        r.household = h->second;
        r.message = a.message;
        r.reach = family_reach(r.household, audience.settings.placeholder_phones);
        r.workshop_ids = a.workshop_ids;
        r.childcare = a.childcare;
        r.already_sent = sent[a.message].count(a.household_id) > 0;
        audience.recipients.push_back(std::move(r));
    }
    std::stable_sort(audience.recipients.begin(), audience.recipients.end(), [](const auto& x, const auto& y) {
        return fold_for_search(x.household.family_name()) < fold_for_search(y.household.family_name());
    });
    return audience;
}

MessageCounts count_by_way(const MessageAudience& audience) {
    MessageCounts n;
    for (const auto& r : audience.recipients) {
        if (r.already_sent) {
            ++n.already_sent;
            continue;
        }
        switch (r.reach.method) {
            case ContactMethod::Email:
                ++n.email;
                break;
            case ContactMethod::Text:
                ++n.text;
                break;
            case ContactMethod::Phone:
                ++n.phone;
                break;
            case ContactMethod::Paper:
                ++n.paper;
                break;
        }
    }
    return n;
}

std::vector<MessageLogLine> message_log(Database& db, Id event_id) {
    require_coordinator(db, tr("Only a coordinator reads the log of messages to families: it holds their addresses."));
    store::ReadSnapshot snapshot(db);
    auto& sql = db.sql();
    store::load_event(sql, event_id);  // NotFoundError for an event that does not exist
    const auto entries = store::message_log_of_event(sql, event_id);
    std::vector<Id> ids;
    for (const auto& e : entries) ids.push_back(e.household_id);
    std::map<Id, std::string> names;
    for (const auto& h : store::load_households(sql, ids)) names[h.id] = h.family_name();
    std::vector<MessageLogLine> lines;
    for (const auto& e : entries)
        lines.push_back(
            {names[e.household_id], e.message, e.channel, e.address, e.language, e.outcome, e.detail, e.at, e.actor});
    return lines;
}

void log_message(Database& db, const MessageOutcome& o, const std::string& event_title) {
    const auto& who = author(db);
    const std::string now = now_timestamp();
    db.transaction([&](soci::session& sql) {
        store::MessageLogEntry e;
        e.event_id = o.event_id;
        e.household_id = o.household_id;
        e.message = o.message;
        e.channel = to_string(o.method);
        e.address = o.address;
        e.language = o.language;
        e.outcome = o.outcome;
        e.detail = o.detail;
        e.at = now;
        e.actor = who.actor;
        store::insert_message_log(sql, e);
        if (o.outcome != "sent" && o.outcome != "listed") return;
        ContactEntry c;
        c.household_id = o.household_id;
        c.on = now.substr(0, 10);
        c.staff = who.actor;
        c.channel = contact_channel(o.method);
        c.language = o.language;
        c.kind = o.message.rfind("missed-you", 0) == 0 ? ContactKind::FollowUp : ContactKind::Invitation;
        const std::string how = o.outcome == "sent" ? "sent by e-mail" : "listed for " + o.detail;
        c.note = o.message.substr(0, o.message.find(':')) + " for " + event_title + ", " + how;
        c.recorded_at = now;
        store::insert_contact(sql, c);
    });
}

}  // namespace fn::ops
