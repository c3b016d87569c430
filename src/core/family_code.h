#pragma once
// Short codes printed on flyers and typed (or scanned) at the door.
#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <string_view>

namespace fn {

// Letters and digits nobody confuses when read aloud or from a smudged
// print: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V.
inline constexpr std::string_view kFamilyCodeAlphabet = "ACDEFHJKMNPRTWXY3479";
inline constexpr std::size_t kFamilyCodeLength = 6;  // 20^6 = 64 million codes

class FamilyCodeGenerator {
public:
    explicit FamilyCodeGenerator(std::uint64_t seed = std::random_device{}());
    // A fresh code for which `taken` is false (tries until one is free).
    std::string next(const std::function<bool(const std::string&)>& taken);
    // The same, starting with `prefix` (a station's, station_code_prefix).
    std::string next(const std::string& prefix, const std::function<bool(const std::string&)>& taken);

private:
    std::mt19937_64 rng_;
};

// Two letters of the alphabet that stand for a door station (from its
// name): walk-ins registered there without the server get codes starting
// with them, so two offline stations rarely draw the same code, and a code
// tells at a glance where it was made.
std::string station_code_prefix(std::string_view station);

// Upper-cases and drops spaces and dashes, so "k7m-x4p" reads as typed on a flyer.
std::string normalize_family_code(std::string_view typed);
bool looks_like_family_code(std::string_view normalized);

}  // namespace fn
