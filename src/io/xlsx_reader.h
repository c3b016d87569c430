#pragma once
// The first sheet of an XLSX workbook as rows of text, like a CSV file
// read by io/csv_reader.h: for imports the office keeps in Excel. Read with
// libzip (the workbook is a zip) and expat (its parts are XML): shared and
// inline strings, numbers as written, empty cells kept in their column.
#include <string>
#include <vector>

#include "io/csv_reader.h"

namespace fn::io {

// Throws fn::Error naming the file when it is not a workbook or a part of
// it cannot be read. `line` of each record is its row number in the sheet.
std::vector<CsvRecord> read_xlsx_first_sheet(const std::string& path);

}  // namespace fn::io
