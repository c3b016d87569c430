#include "io/csv_writer.h"

#include <csv.h>

#include "core/errors.h"
#include "io/atomic_file.h"

namespace fn::io {

std::string csv_cell(const std::string& text, bool guard) {
    std::string guarded = text;
    if (guard && !guarded.empty() && std::string_view("=+-@\t\r").find(guarded[0]) != std::string_view::npos)
        guarded.insert(guarded.begin(), '\'');
    std::string out(guarded.size() * 2 + 2, '\0');
    out.resize(csv_write(out.data(), out.size(), guarded.data(), guarded.size()));
    return out;
}

std::string without_formula_guard(const std::string& cell) {
    if (cell.size() >= 2 && cell[0] == '\'' && std::string_view("=+-@\t\r").find(cell[1]) != std::string_view::npos)
        return cell.substr(1);
    return cell;
}

CsvWriter::CsvWriter(std::string path) : path_(std::move(path)) {
    check_output_path(path_);  // refused before any work is done
    text_ = "\xEF\xBB\xBF";
}

CsvWriter::~CsvWriter() = default;

void CsvWriter::row(const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) text_ += (i ? "," : "") + csv_cell(cells[i]);
    text_ += "\r\n";
}

void CsvWriter::row(const std::vector<std::string>& cells, const std::vector<bool>& plain) {
    for (std::size_t i = 0; i < cells.size(); ++i)
        text_ += (i ? "," : "") + csv_cell(cells[i], i >= plain.size() || !plain[i]);
    text_ += "\r\n";
}

void CsvWriter::finish() {
    write_file_atomically(path_, text_);
    finished_ = true;
}

}  // namespace fn::io
