#pragma once
// Phone numbers that stand for "no number" in school records, and must
// never make unrelated families one household.
#include <string>
#include <vector>

namespace fn {

// One digit repeated (000-000-0000), the 555-0100..0199 numbers reserved for
// examples, or one of `listed` (the school's own, compared as digits, also
// when a country or area code is in front).
bool is_placeholder_phone(const std::string& phone, const std::vector<std::string>& listed = {});

}  // namespace fn
