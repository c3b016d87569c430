#pragma once
// The privacy ledger: each export and erasure of a family's data, with who,
// when and the reason given — what a school shows when a parent asks what
// was done with their data, or a court order comes. It holds no personal
// data beyond the family's code.
#include <string>

#include "core/ids.h"

namespace fn {

namespace privacy_action {
inline constexpr const char* kExport = "export";  // the family's record written to files
inline constexpr const char* kErase = "erase";    // erased on request
inline constexpr const char* kPurge = "purge";    // erased by the school's retention rule
}  // namespace privacy_action

struct PrivacyEntry {
    Id id = 0;
    Id household_id = 0;
    std::string family_code;  // as it was before an erasure
    std::string action;       // privacy_action::*
    std::string at;           // local timestamp
    std::string actor;        // the login or computer user
    std::string reason;       // as typed; may be empty
};

inline bool is_erasure(const PrivacyEntry& e) {
    return e.action == privacy_action::kErase || e.action == privacy_action::kPurge;
}

}  // namespace fn
