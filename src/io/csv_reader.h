#pragma once
// Reads a CSV file with libcsv: UTF-8 with or without BOM, CRLF or LF,
// quoted fields with commas, quotes and line breaks; fields separated by
// commas, tabs or semicolons, whichever the header line uses. Each record knows the
// line it starts on, so errors can point at it.
#include <string>
#include <string_view>
#include <vector>

namespace fn::io {

struct CsvRecord {
    int line = 0;  // 1-based line where the record starts
    std::vector<std::string> fields;
};

// Throws fn::Error naming the file and line for malformed CSV (an unclosed
// quote, a stray quote inside an unquoted field) or an unreadable file.
std::vector<CsvRecord> read_csv_file(const std::string& path);
// Whole file as bytes; throws fn::Error naming the file when it cannot be read.
std::string read_text_file(const std::string& path);
std::vector<CsvRecord> parse_csv(const std::string& text, const std::string& name_for_errors);
// The separator the first line uses most, outside quotes: ',', '\t' or ';'.
char sniff_delimiter(std::string_view text);

}  // namespace fn::io
