#include "ops/contact_ops.h"

#include <soci/soci.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "core/errors.h"
#include "core/text.h"
#include "ops/login_checks.h"
#include "ops/class_families.h"
#include "ops/clock.h"
#include "store/contact_store.h"
#include "store/database.h"
#include "store/household_store.h"

namespace fn::ops {
namespace {

void refuse_contact_log_at_the_door(Database& db) {
    ops::refuse_at_the_door(db, tr("the contact log is kept by staff and teachers, not at the door"));
}

}  // namespace

std::string good_news_since() { return now_timestamp().substr(0, 8) + "01"; }

ContactChannel suggested_channel(const Household& h) {
    if (h.guardians.empty()) return ContactChannel::Note;
    switch (h.guardians.front().preferred_contact) {
        case ContactMethod::Phone:
            return ContactChannel::Phone;
        case ContactMethod::Text:
            return ContactChannel::Text;
        case ContactMethod::Email:
            return ContactChannel::Email;
        case ContactMethod::Paper:
            return ContactChannel::Note;
    }
    return ContactChannel::Note;
}

Id record_contact(Database& db, ContactEntry c) {
    refuse_contact_log_at_the_door(db);
    const auto now = now_timestamp();
    if (c.on.empty()) c.on = now.substr(0, 10);
    c.recorded_at = now;
    Id id = 0;
    db.transaction([&](soci::session& sql) {
        auto h = store::load_household(sql, c.household_id);
        if (!h.erased_on.empty()) throw ConflictError(tr("this family's data was erased on {0}", {h.erased_on}));
        if (c.language.empty()) c.language = h.language;
        validate(c);
        id = store::insert_contact(sql, c);
    });
    return id;
}

std::vector<ContactEntry> contacts_of(Database& db, Id household_id) {
    refuse_contact_log_at_the_door(db);
    return store::contacts_of(db.sql(), household_id);
}

std::vector<ClassFamily> families_due(Database& db, const std::string& homeroom, const std::string& since_given) {
    refuse_contact_log_at_the_door(db);
    const std::string since = since_given.empty() ? good_news_since() : since_given;
    store::ReadSnapshot snapshot(db);
    auto& sql = db.sql();
    std::vector<ClassFamily> due;
    for (auto& f : families_of_class(sql, homeroom)) {
        for (const auto& c : store::contacts_of(sql, f.household_id))  // newest first
            if (is_positive(c.kind)) {
                f.last_positive = c.on;
                break;
            }
        if (f.last_positive.empty() || f.last_positive < since) due.push_back(std::move(f));
    }
    // Never contacted first, then the longest ago.
    std::stable_sort(due.begin(), due.end(),
                     [](const ClassFamily& a, const ClassFamily& b) { return a.last_positive < b.last_positive; });
    return due;
}

Coverage contact_coverage(Database& db, const std::string& since_given) {
    refuse_contact_log_at_the_door(db);
    const std::string since = since_given.empty() ? good_news_since() : since_given;
    store::ReadSnapshot snapshot(db);
    auto& sql = db.sql();
    std::set<Id> reached;
    for (const auto& c : store::contacts_since(sql, since))
        if (is_positive(c.kind)) reached.insert(c.household_id);
    std::map<std::string, CoverageLine> teachers, languages;
    for (const auto& h : store::load_households(sql, store::all_household_ids(sql))) {
        if (!h.active()) continue;
        const bool got = reached.count(h.id) > 0;
        auto& lang = languages[h.language];
        lang.group = h.language;
        ++lang.families;
        lang.reached += got;
        for (const auto& room : classes_of(h)) {
            auto& t = teachers[room];
            t.group = room;
            ++t.families;
            t.reached += got;
        }
    }
    Coverage out{since, {}, {}};
    for (auto& [k, v] : teachers) out.by_teacher.push_back(v);
    for (auto& [k, v] : languages) out.by_language.push_back(v);
    return out;
}

std::vector<ClassFamily> draw_lunch_invitations(Database& db, const std::string& homeroom, int count,
                                                const std::string& term_start, const std::string& staff,
                                                unsigned seed) {
    refuse_contact_log_at_the_door(db);
    if (count < 1) throw ValidationError(tr("families to invite"), tr("draw at least one"));
    const auto now = now_timestamp();
    std::vector<ClassFamily> drawn;
    std::mt19937 random(seed ? seed : std::random_device{}());
    db.transaction([&](soci::session& sql) {
        drawn.clear();
        std::vector<ClassFamily> open;
        for (auto& f : families_of_class(sql, homeroom)) {
            bool invited = false;
            for (const auto& c : store::contacts_of(sql, f.household_id))
                invited |= c.kind == ContactKind::LunchInvitation && c.on >= term_start;
            if (!invited) open.push_back(std::move(f));
        }
        std::shuffle(open.begin(), open.end(), random);
        open.resize(std::min<std::size_t>(open.size(), static_cast<std::size_t>(count)));
        for (auto& f : open) {
            ContactEntry c;
            c.household_id = f.household_id;
            c.on = now.substr(0, 10);
            c.staff = staff;
            c.channel = f.channel;
            c.language = f.language;
            c.kind = ContactKind::LunchInvitation;
            c.recorded_at = now;
            validate(c);
            store::insert_contact(sql, c);
            drawn.push_back(std::move(f));
        }
    });
    return drawn;
}

}  // namespace fn::ops
