#pragma once
// One export's data as a table: named, typed columns and rows of text, so
// the same rows become a CSV file or an XLSX workbook (io/table_writer.h)
// and a spreadsheet reads dates as dates and counts as numbers.
#include <string>
#include <vector>

namespace fn::io {

enum class CellKind {
    Text,
    Number,    // "12", "1.50"; "" is an empty cell
    Date,      // "2026-12-10"
    DateTime,  // "2026-12-10 17:42:05"
    // "+13125552041": a phone number in E.164, written as it is (its "+" is
    // no formula: nothing but digits follow it).
    PhoneNumber,
};

struct Column {
    std::string name;
    CellKind kind = CellKind::Text;
};

struct Table {
    std::string name;  // the sheet's name in a workbook
    std::vector<Column> columns;
    std::vector<std::vector<std::string>> rows;  // one cell per column
};

}  // namespace fn::io
