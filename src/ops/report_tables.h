#pragma once
// The reach report's and the contact log's counts as tables for the
// office's spreadsheet (an XLSX workbook, one sheet per table: the
// io/table_writer.h formats). Counts only: no family is named.
#include <string>

namespace fn::store {
class Database;
}

namespace fn::ops {

// The school year's reach beside the year before (ops/reach_ops.h): events,
// reach by group, what the papers said. Groups too small to show stay
// hidden, as on paper. Returns the number of tables written.
int export_reach_tables(store::Database& db, const std::string& school_year, const std::string& path);
// Good-news contact coverage by teacher and by language since `since`
// (ops/contact_ops.h). Returns the number of tables written.
int export_contact_coverage(store::Database& db, const std::string& since, const std::string& path);

}  // namespace fn::ops
