#pragma once
#include <cstddef>

namespace fn::limits {
// Generous for any real name in any script, small enough to print on a badge.
inline constexpr std::size_t kName = 200;
inline constexpr std::size_t kShortText = 100;  // codes, grades, places, station names
inline constexpr std::size_t kLongText = 4000;  // descriptions and notes
inline constexpr int kMaxPeoplePerHousehold = 30;
inline constexpr int kMaxAge = 25;  // children's ages on an RSVP
}  // namespace fn::limits
