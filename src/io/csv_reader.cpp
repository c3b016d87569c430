#include "io/csv_reader.h"

#include <csv.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/errors.h"

namespace fn::io {
namespace {

struct ParseState {
    std::vector<CsvRecord> records;
    CsvRecord current;
    int line = 1;  // line of the chunk being fed
};

void on_field(void* data, size_t len, void* user) {
    auto* s = static_cast<ParseState*>(user);
    std::string field(data ? static_cast<const char*>(data) : "", data ? len : 0);
    if (s->current.fields.empty()) {
        // A quoted first field may span lines; the record starts where it began.
        s->current.line = s->line - static_cast<int>(std::count(field.begin(), field.end(), '\n'));
    }
    s->current.fields.push_back(std::move(field));
}

void on_record(int, void* user) {
    auto* s = static_cast<ParseState*>(user);
    s->records.push_back(std::move(s->current));
    s->current = {};
}

}  // namespace

char sniff_delimiter(std::string_view text) {
    // The header line, outside quotes: whichever of comma, tab and semicolon
    // it holds most (PowerSchool's quick export is tab-separated, a European
    // spreadsheet's "CSV" semicolon-separated); a comma when it holds none.
    std::size_t commas = 0, tabs = 0, semicolons = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n' || c == '\r') break;
        commas += c == ',';
        tabs += c == '\t';
        semicolons += c == ';';
    }
    if (tabs > commas && tabs >= semicolons) return '\t';
    if (semicolons > commas && semicolons > tabs) return ';';
    return ',';
}

std::vector<CsvRecord> parse_csv(const std::string& text, const std::string& name) {
    std::string_view rest(text);
    if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);  // UTF-8 byte order mark

    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
        throw Error(tr("cannot start the CSV reader"));
    csv_set_delim(&parser, static_cast<unsigned char>(sniff_delimiter(rest)));
    ParseState state;
    auto fail = [&](int line) {
        std::string why = csv_strerror(csv_error(&parser));
        csv_free(&parser);
        throw Error(tr(
            "{0} line {1}: not valid CSV ({2}); check for a missing closing quote or a quote inside an unquoted field",
            {name, line, why}));
    };
    // A NUL byte is no text a spreadsheet writes: a binary file, or UTF-16
    // read as bytes. Refused whole, before a column or value loses part of
    // its name without a word.
    if (auto nul = rest.find('\0'); nul != std::string_view::npos) {
        int line = 1 + static_cast<int>(std::count(rest.begin(), rest.begin() + static_cast<long>(nul), '\n'));
        csv_free(&parser);
        throw Error(
            tr("{0} line {1}: contains a NUL character; is it a spreadsheet saved as CSV (UTF-8)?", {name, line}));
    }
    // Feed one physical line at a time so callbacks know the line number. A
    // line ends at LF, CR LF, or a lone CR (old Mac files).
    while (!rest.empty()) {
        auto nl = rest.find_first_of("\r\n");
        if (nl != std::string_view::npos && rest[nl] == '\r' && nl + 1 < rest.size() && rest[nl + 1] == '\n') ++nl;
        std::string_view chunk = rest.substr(0, nl == std::string_view::npos ? rest.size() : nl + 1);
        if (csv_parse(&parser, chunk.data(), chunk.size(), on_field, on_record, &state) != chunk.size())
            fail(state.line);
        rest.remove_prefix(chunk.size());
        ++state.line;
    }
    if (csv_fini(&parser, on_field, on_record, &state) != 0)
        fail(state.current.line ? state.current.line : state.line - 1);
    csv_free(&parser);
    return std::move(state.records);
}

std::string read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(tr("cannot open {0}: no such file or no permission to read it", {path}));
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::vector<CsvRecord> read_csv_file(const std::string& path) { return parse_csv(read_text_file(path), path); }

}  // namespace fn::io
