#pragma once
// Writes CSV files that spreadsheets open safely: UTF-8 with BOM (so Excel
// shows accents), CRLF, fields quoted by libcsv, and text that starts like
// a formula (= + - @) prefixed with ' so a name can never run as one.
#include <string>
#include <vector>

namespace fn::io {

class CsvWriter {
public:
    // Checks PATH at once; finish() writes the file atomically
    // (io/atomic_file.h), so a failed export never leaves a half-written
    // file under the real name, nor anything else.
    explicit CsvWriter(std::string path);
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    void row(const std::vector<std::string>& cells);
    // The same, cells marked `plain` written without the guard (their
    // writer checked them: a phone number's "+" followed by digits only).
    void row(const std::vector<std::string>& cells, const std::vector<bool>& plain);
    void finish();

private:
    std::string path_;
    std::string text_;
    bool finished_ = false;
};

std::string csv_cell(const std::string& text, bool guard = true);  // quoted and formula-guarded
// A cell read back from such a file: the guard's ' taken off again
// ("'=Adult ESL" is "=Adult ESL"), anything else as it is.
std::string without_formula_guard(const std::string& cell);

}  // namespace fn::io
