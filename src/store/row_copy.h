#pragma once
// Rows moved between databases, across backends, every value as text (both
// backends convert it back to the column's type): a whole school copied
// (store/database_copy.h) or tonight's door list kept at a station
// (store/station_store.h).
#include <optional>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace fn::store {

struct TableRows {
    std::string table;
    std::vector<std::string> columns;
    std::vector<std::vector<std::optional<std::string>>> rows;
};

// `columns` ("*" or a list) of `table` where `where` holds (SQL with the
// placeholder :e bound to `key`, or "" for every row), read into memory.
TableRows read_rows(soci::session& from, const std::string& table, const std::string& columns,
                    const std::string& where = "", long long key = 0);
// Inserts them (one prepared statement); returns how many.
long long insert_rows(soci::session& to, const TableRows& rows);
// Copies every row of `table` as it is, streaming.
long long copy_table(soci::session& from, soci::session& to, const std::string& table);

}  // namespace fn::store
