#pragma once
// A family's record (core/family_record.h) as JSON: what it is, when it was
// exported, then every table's rows as objects of column: value.
#include <string>

#include "core/family_record.h"

namespace fn::io {

std::string family_record_json(const FamilyRecord& record);
// Written whole or not at all (io/atomic_file.h), readable by the owner only.
void write_family_record_json(const FamilyRecord& record, const std::string& path);

}  // namespace fn::io
