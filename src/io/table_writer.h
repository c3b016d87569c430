#pragma once
// Writes export tables (io/table.h) as the file's name asks: an XLSX
// workbook (libxlsxwriter) for "*.xlsx", one sheet per table, typed cells,
// the header row frozen; otherwise CSV (io/csv_writer.h), which holds one
// table. Written atomically; a column name twice in one table is refused
// (a reader would take the wrong one).
#include <string>
#include <vector>

#include "io/table.h"

namespace fn::io {

bool is_xlsx_path(const std::string& path);
void write_tables(const std::string& path, const std::vector<Table>& tables);

}  // namespace fn::io
