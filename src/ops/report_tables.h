#pragma once
// The reach report's and the contact log's counts as tables for the
// office's spreadsheet (an XLSX workbook, one sheet per table: the
// io/table_writer.h formats). Counts only: no family is named.
#include <string>

#include "core/sheets.h"
#include "ops/contact_ops.h"

namespace fn::ops {

// A reach report already loaded (ops/reach_ops.h), the same one a person
// reads: events, reach by group, what the papers said. Groups too small to
// show stay hidden, as on paper. Returns the number of tables written.
int write_reach_tables(const ReachReport& report, const std::string& path);
// Good-news contact coverage already loaded (ops/contact_ops.h), by teacher
// and by language. Returns the number of tables written.
int write_contact_coverage(const Coverage& coverage, const std::string& path);

}  // namespace fn::ops
