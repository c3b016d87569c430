#include "io/table_writer.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>

#include "core/errors.h"
#include "io/atomic_file.h"
#include "io/csv_writer.h"

namespace fn::io {
namespace {

void check_columns(const Table& t) {
    std::set<std::string> seen;
    for (const auto& c : t.columns)
        if (!seen.insert(c.name).second) throw Error(tr("the export {0} names the column {1} twice", {t.name, c.name}));
}

// "+" and one to fifteen digits, nothing else: never read as a formula.
bool is_e164(const std::string& cell) {
    return cell.size() >= 2 && cell.size() <= 16 && cell[0] == '+' &&
           cell.find_first_not_of("0123456789", 1) == std::string::npos;
}

void write_csv(const std::string& path, const Table& t) {
    CsvWriter out(path);
    std::vector<std::string> header;
    for (const auto& c : t.columns) header.push_back(c.name);
    out.row(header);
    for (const auto& r : t.rows) {
        std::vector<bool> plain(r.size(), false);
        for (std::size_t i = 0; i < r.size() && i < t.columns.size(); ++i)
            plain[i] = t.columns[i].kind == CellKind::PhoneNumber && is_e164(r[i]);
        out.row(r, plain);
    }
    out.finish();
}

// Excel's sheet names: at most 31 characters, none of []:*?/\ .
std::string sheet_name(const std::string& name, std::set<std::string>& used) {
    std::string s;
    for (char c : name) s += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '_';
    if (s.empty()) s = "Sheet";
    s = s.substr(0, 28);
    std::string unique = s;
    for (int n = 2; !used.insert(unique).second; ++n) unique = s + " " + std::to_string(n);
    return unique;
}

bool digits(const std::string& s, std::size_t from, std::size_t count) {
    if (s.size() < from + count) return false;
    return std::all_of(s.begin() + static_cast<long>(from), s.begin() + static_cast<long>(from + count),
                       [](unsigned char c) { return std::isdigit(c) != 0; });
}

// "2026-12-10" or "2026-12-10 17:42:05" as Excel's date and time.
bool as_datetime(const std::string& s, lxw_datetime& out) {
    if (!(digits(s, 0, 4) && s[4] == '-' && digits(s, 5, 2) && s[7] == '-' && digits(s, 8, 2))) return false;
    out = {std::atoi(s.substr(0, 4).c_str()),
           std::atoi(s.substr(5, 2).c_str()),
           std::atoi(s.substr(8, 2).c_str()),
           0,
           0,
           0.0};
    if (s.size() >= 16 && digits(s, 11, 2) && digits(s, 14, 2)) {
        out.hour = std::atoi(s.substr(11, 2).c_str());
        out.min = std::atoi(s.substr(14, 2).c_str());
        if (s.size() >= 19 && digits(s, 17, 2)) out.sec = std::atof(s.substr(17, 2).c_str());
    }
    return true;
}

bool as_number(const std::string& s, double& out) {
    if (s.empty()) return false;
    char* end = nullptr;
    out = std::strtod(s.c_str(), &end);
    return end && *end == '\0';
}

class Workbook {
public:
    explicit Workbook(const std::string& path) : file_(path), book_(workbook_new(file_.temp_path().c_str())) {
        if (!book_) throw Error(tr("cannot write {0}", {path}));
        bold_ = workbook_add_format(book_);
        format_set_bold(bold_);
        date_ = workbook_add_format(book_);
        format_set_num_format(date_, "yyyy-mm-dd");
        datetime_ = workbook_add_format(book_);
        format_set_num_format(datetime_, "yyyy-mm-dd hh:mm");
    }
    ~Workbook() {
        if (book_) workbook_close(book_);  // not committed: AtomicFile removes it
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    void add(const Table& t) {
        lxw_worksheet* sheet = workbook_add_worksheet(book_, sheet_name(t.name, used_).c_str());
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
            worksheet_write_string(sheet, 0, col(c), t.columns[c].name.c_str(), bold_);
            std::size_t width = t.columns[c].name.size();
            for (const auto& r : t.rows)
                if (c < r.size()) width = std::max(width, r[c].size());
            worksheet_set_column(sheet, col(c), col(c), static_cast<double>(std::min<std::size_t>(width, 48) + 2),
                                 nullptr);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        for (std::size_t r = 0; r < t.rows.size(); ++r)
            for (std::size_t c = 0; c < t.columns.size() && c < t.rows[r].size(); ++c)
                cell(sheet, static_cast<lxw_row_t>(r + 1), col(c), t.columns[c].kind, t.rows[r][c]);
    }

    void commit() {
        lxw_error error = workbook_close(book_);
        book_ = nullptr;
        if (error != LXW_NO_ERROR)
            throw Error(tr("cannot write {0}: {1}", {file_path_, std::string(lxw_strerror(error))}));
        file_.commit();
    }

    void remember_path(const std::string& p) { file_path_ = p; }

private:
    static lxw_col_t col(std::size_t c) { return static_cast<lxw_col_t>(c); }

    // Strings are written as strings: a name that starts with "=" is never
    // a formula in a workbook.
    void cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, CellKind kind, const std::string& value) {
        if (value.empty()) return;
        double number = 0;
        lxw_datetime when{};
        if (kind == CellKind::Number && as_number(value, number)) {
            worksheet_write_number(sheet, row, column, number, nullptr);
        } else if ((kind == CellKind::Date || kind == CellKind::DateTime) && as_datetime(value, when)) {
            worksheet_write_datetime(sheet, row, column, &when, kind == CellKind::Date ? date_ : datetime_);
        } else {
            worksheet_write_string(sheet, row, column, value.c_str(), nullptr);
        }
    }

    AtomicFile file_;
    lxw_workbook* book_;
    lxw_format *bold_ = nullptr, *date_ = nullptr, *datetime_ = nullptr;
    std::set<std::string> used_;
    std::string file_path_;
};

}  // namespace

bool is_xlsx_path(const std::string& path) {
    if (path.size() < 5) return false;
    std::string tail = path.substr(path.size() - 5);
    std::transform(tail.begin(), tail.end(), tail.begin(), [](unsigned char c) { return std::tolower(c); });
    return tail == ".xlsx";
}

void write_tables(const std::string& path, const std::vector<Table>& tables) {
    for (const auto& t : tables) check_columns(t);
    if (!is_xlsx_path(path)) {
        if (tables.size() != 1)
            throw Error(tr("this export has {0} tables and a CSV file holds one: name the file .xlsx",
                           {static_cast<long long>(tables.size())}));
        return write_csv(path, tables.front());
    }
    Workbook book(path);
    book.remember_path(path);
    for (const auto& t : tables) book.add(t);
    book.commit();
}

}  // namespace fn::io
