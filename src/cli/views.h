#pragma once
// JSON and plain-text views of core types for the CLI's output.
#include <nlohmann/json.hpp>

#include <string>

#include "core/event.h"
#include "core/household.h"
#include "ops/counts_ops.h"
#include "ops/event_ops.h"
#include "ops/roster_ops.h"
#include "ops/volunteer_ops.h"

namespace fn::cli {

nlohmann::json event_json(const Event& e);
nlohmann::json plan_json(const ops::EventPlan& p);
std::string plan_text(const ops::EventPlan& p);

nlohmann::json household_json(const Household& h);
std::string household_line(const Household& h);  // one line for lists and search results
std::string household_text(const Household& h);  // the full card
// Names of `h` that printed documents show with "[?]": listed in `j`
// ("will_not_print") and said as lines to add after the result ("" if none).
std::string unprintable_names_note(const Household& h, nlohmann::json& j);

nlohmann::json counts_json(const ops::EventCounts& c);
std::string counts_text(const ops::EventCounts& c);

nlohmann::json board_json(const ops::VolunteerBoard& b);
std::string board_text(const ops::VolunteerBoard& b);

// What a roster import did or would do (also a new school year's roster).
std::string roster_summary_text(const ops::RosterImportSummary& s);
nlohmann::json roster_summary_json(const ops::RosterImportSummary& s);

}  // namespace fn::cli
