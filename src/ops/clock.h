#pragma once
#include <string>

namespace fn::ops {
// Local wall-clock time "2026-12-03 18:02:11": events happen in the school's
// own time zone and staff read these stamps on printed sheets.
std::string now_timestamp();
}  // namespace fn::ops
