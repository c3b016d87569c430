#include "io/csv_writer.h"

#include <csv.h>

#include <cstdio>
#include <filesystem>

#include "core/errors.h"

namespace fn::io {

std::string csv_cell(const std::string& text) {
    std::string guarded = text;
    if (!guarded.empty() && std::string_view("=+-@\t\r").find(guarded[0]) != std::string_view::npos)
        guarded.insert(guarded.begin(), '\'');
    std::string out(guarded.size() * 2 + 2, '\0');
    out.resize(csv_write(out.data(), out.size(), guarded.data(), guarded.size()));
    return out;
}

CsvWriter::CsvWriter(std::string path) : path_(std::move(path)), temp_(path_ + ".part") {
    out_.open(temp_, std::ios::binary | std::ios::trunc);
    if (!out_) throw Error(tr("cannot write {0}: check the folder exists and is writable", {path_}));
    out_ << "\xEF\xBB\xBF";
}

CsvWriter::~CsvWriter() {
    if (!finished_) {
        out_.close();
        std::error_code ec;
        std::filesystem::remove(temp_, ec);
    }
}

void CsvWriter::row(const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) out_ << (i ? "," : "") << csv_cell(cells[i]);
    out_ << "\r\n";
}

void CsvWriter::finish() {
    out_.close();
    if (!out_) throw Error(tr("writing {0} failed (disk full?)", {path_}));
    std::filesystem::rename(temp_, path_);
    finished_ = true;
}

}  // namespace fn::io
