// ops::walk_in_at_server: the walk-in's rule around the server's one-statement
// walk-in (store/walk_in_function.h).
#include <algorithm>

#include "core/errors.h"
#include "core/rules/door_match.h"
#include "core/text.h"
#include "ops/audit_ops.h"
#include "ops/door_log_ops.h"
#include "ops/door_ops.h"
#include "ops/household_ops.h"
#include "store/access.h"
#include "store/database.h"
#include "store/household_store.h"
#include "store/walk_in_function.h"

namespace fn::ops {
namespace {

// A name's distinct folded words, space-separated (what the server looks
// for); "" when it has none.
std::string distinct_words(const std::string& name) {
    auto words = search_tokens(name);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    std::string joined;
    for (const auto& w : words) joined += (joined.empty() ? "" : " ") + w;
    return joined;
}

// What the server looks for: every typed name, and the typed phones when
// this login may read phone numbers (as likely_same_families_within).
void looked_for(Database& db, const Household& typed, store::ServerWalkInAsked& asked) {
    auto add_name = [&](const std::string& name) {
        if (auto words = distinct_words(name); !words.empty()) asked.names.push_back(std::move(words));
    };
    for (const auto& g : typed.guardians) add_name(g.name);
    for (const auto& s : typed.students) add_name(s.first_name + " " + s.last_name);
    if (store::access_of(db.sql()) != store::Access::Coordinator) return;
    for (const auto& g : typed.guardians)
        if (auto digits = digits_only(g.phone); digits.size() >= 7) asked.phones.push_back(std::move(digits));
}

constexpr int kMostMatchesShown = 5;  // as register_walk_in_within offers them

}  // namespace

std::optional<WalkIn> walk_in_at_server(Database& db, const Author& who, Id event_id, Household household,
                                        bool code_drawn, int adults, int children, const DoorTyping& typed,
                                        WalkInRule rule) {
    if (db.backend() != store::ConnectionTarget::Backend::Postgresql) return std::nullopt;
    household.walk_in = true;
    validate(household);
    // A new family has no RSVP: the numbers not typed are one adult, no child.
    CheckIn arrival;
    arrival.event_id = event_id;
    arrival.adults = adults >= 0 ? adults : 1;
    arrival.children = children >= 0 ? children : 0;
    arrival.station = typed.station;
    arrival.walk_in = true;
    validate(arrival);
    const DoorEntry line = door_entry(DoorAction::WalkIn, event_id, 0, typed);
    store::ServerWalkInAsked asked;
    asked.event_id = event_id;
    asked.adults = arrival.adults;
    asked.children = arrival.children;
    asked.station = line.station;
    asked.operation_id = line.operation_id;
    asked.at = line.at;
    asked.detail = line.detail;
    asked.new_family_confirmed = rule == WalkInRule::NewFamilyConfirmed;
    looked_for(db, household, asked);
    // Each round sets aside families judged not the same, or draws a code
    // again; a door sees one round, a crowded directory two.
    for (int round = 0; round < 8; ++round) {
        asked.household = household;
        asked.audit = audit_lines(who, AuditOperation::WalkIn, 0, household_added(household));
        store::ServerWalkIn done;
        db.one_statement([&](soci::session& sql) { done = store::walk_in_on_server(sql, asked); });
        if (done.outcome == "registered") {
            arrival.id = done.check_in_id;
            arrival.household_id = done.household_id;
            arrival.checked_in_at = line.at;
            return WalkIn{done.household_id, household.code, arrival};
        }
        if (done.outcome == "maybe-same") {
            std::vector<Id> same;
            for (const auto& f : done.maybe_same) {
                const bool by_phone =
                    std::find(done.by_phone.begin(), done.by_phone.end(), f.id) != done.by_phone.end();
                if (by_phone || likely_same_family(f, household)) {
                    if (static_cast<int>(same.size()) < kMostMatchesShown) same.push_back(f.id);
                } else {
                    asked.set_aside.push_back(f.id);
                }
            }
            if (!same.empty()) throw LikelySameFamilyError(store::load_households(db.sql(), same));
            continue;
        }
        if (done.outcome == "code-taken" && code_drawn) {
            household.code = unchecked_family_code();
            continue;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace fn::ops
