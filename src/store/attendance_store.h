#pragma once
// Check-ins, workshop attendance and rally head counts.
#include <map>
#include <set>
#include <optional>
#include <vector>

#include "core/attendance.h"
#include "core/rules/turnout.h"

namespace soci {
class session;
}

namespace fn::store {

Id insert_checkin(soci::session& sql, const CheckIn& c);
// Puts back a check-in that was deleted (a revert taken back) under its own
// id, so the door log's entries that point at it hold again.
void restore_checkin(soci::session& sql, const CheckIn& c);
void update_checkin_counts(soci::session& sql, Id checkin_id, int adults, int children);
void delete_checkin(soci::session& sql, Id checkin_id);
std::optional<CheckIn> find_checkin(soci::session& sql, Id event_id, Id household_id);
std::vector<CheckIn> checkins_of_event(soci::session& sql, Id event_id);
// The households checked in at any event held before `day` (YYYY-MM-DD).
std::set<Id> households_that_came_before(soci::session& sql, const std::string& day);

void insert_workshop_attendance(soci::session& sql, Id workshop_id, Id household_id);
// household ids that attended the workshop
std::vector<Id> workshop_attendees(soci::session& sql, Id workshop_id);

Id insert_headcount(soci::session& sql, const Headcount& h);
std::vector<Headcount> headcounts_of_event(soci::session& sql, Id event_id);

// Recomputes the stored turnout summary of one event from its RSVPs and
// check-ins, aggregated in SQL by the same definitions as fn::compute_turnout
// (a test checks the two agree). Call it whenever a done event's RSVPs or
// check-ins change; drop it when the event is no longer done.
void refresh_turnout_summary(soci::session& sql, Id event_id);
void drop_turnout_summary(soci::session& sql, Id event_id);

// Summaries of the events marked done before `date`: expected_adults holds
// all expected people, plus no_show_people and walk_in_people.
std::vector<Turnout> past_turnouts(soci::session& sql, const std::string& before_date);

}  // namespace fn::store
