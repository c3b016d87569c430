#pragma once
#include <string>

#include "core/family_record.h"
#include "reports/paper.h"
#include "reports/unprinted.h"

namespace fn::reports {

// The family's record for people to read: a section per kind of data
// ("Parents and guardians", "RSVPs", "At the door", ...), each row's filled
// columns as "column: value" lines. Every value the JSON export has, empty
// ones left out.
UnprintedTexts write_family_record(const FamilyRecord& record, PaperSize paper, const std::string& path);

}  // namespace fn::reports
