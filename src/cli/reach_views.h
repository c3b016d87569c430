#pragma once
// The barriers and reach report as JSON and plain text (familynight-cli
// reach). A small group carries no numbers, only "fewer_than_10".
#include <nlohmann/json.hpp>

#include <string>

#include "core/sheets.h"

namespace fn::cli {

nlohmann::json reach_json(const ReachReport& r);
std::string reach_text(const ReachReport& r);

}  // namespace fn::cli
