#pragma once
// Inserts many rows into one table with multi-row INSERT statements, each
// prepared once and executed for a full batch of rows: a roster of 10,000
// students costs a few hundred statement runs instead of 60,000 (SQLite's
// cost per run - a statement journal, a halt - was more than its cost per
// row). Values are bound as text; both backends store them by the column's
// type. Rows are written in the order they are added.
#include <memory>
#include <string>
#include <vector>

namespace soci {
class session;
class statement;
}  // namespace soci

namespace fn::store {

class BatchInsert {
public:
    // INSERT INTO table (columns...) VALUES (...), (...) ... `suffix` ends
    // every statement (e.g. "ON CONFLICT DO NOTHING").
    BatchInsert(soci::session& sql, std::string table, std::vector<std::string> columns, std::string suffix = {});
    ~BatchInsert();
    BatchInsert(const BatchInsert&) = delete;
    BatchInsert& operator=(const BatchInsert&) = delete;

    // One row's values, in the columns' order.
    void add(std::initializer_list<std::string_view> values);
    // Writes the rows still buffered. Call before relying on the rows.
    void flush();

    static constexpr std::size_t kRowsPerStatement = 64;

private:
    struct Sqlite;
    std::string query(std::size_t rows) const;
    std::unique_ptr<soci::statement> prepare(std::size_t rows, std::vector<std::string>& buffer);
    soci::session& sql_;
    std::string table_, columns_, suffix_;
    std::size_t width_;
    std::vector<std::string> full_;  // bound to full_statement_
    std::unique_ptr<soci::statement> full_statement_;
    std::size_t buffered_ = 0;
    std::unique_ptr<Sqlite> sqlite_;  // set on SQLite: its C API directly
};

}  // namespace fn::store
