#include "store/row_copy.h"

#include <soci/soci.h>

#include <ctime>
#include <memory>

#include "core/errors.h"
#include "core/text_message.h"
#include "store/statement.h"

namespace fn::store {
namespace {

// A column's value as text, or null (indicator i_null).
void read_as_text(const soci::row& row, std::size_t i, std::string& value, soci::indicator& ind) {
    ind = row.get_indicator(i);
    if (ind == soci::i_null) return;
    switch (row.get_properties(i).get_data_type()) {
        case soci::dt_string:
            value = row.get<std::string>(i);
            break;
        case soci::dt_integer:
            value = std::to_string(row.get<int>(i));
            break;
        case soci::dt_long_long:
            value = std::to_string(row.get<long long>(i));
            break;
        case soci::dt_unsigned_long_long:
            value = std::to_string(row.get<unsigned long long>(i));
            break;
        case soci::dt_double:
            value = std::to_string(row.get<double>(i));
            break;
        case soci::dt_date: {
            std::tm t = row.get<std::tm>(i);
            char buf[32];
            std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &t);
            value = buf;
            break;
        }
        default:
            throw Error(tr("cannot copy column {0}: unknown type", {row.get_properties(i).get_name()}));
    }
}

// One INSERT for `columns` of `table`, its values bound to `values` and
// `indicators` (sized here), prepared once for every row.
std::unique_ptr<soci::statement> prepared_insert(soci::session& to, const std::string& table,
                                                 const std::vector<std::string>& columns,
                                                 std::vector<std::string>& values,
                                                 std::vector<soci::indicator>& indicators) {
    std::string names, placeholders;
    values.resize(columns.size());
    indicators.resize(columns.size());
    auto insert = std::make_unique<soci::statement>(to);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        names += (i ? ", " : "") + columns[i];
        placeholders += (i ? ", :v" : ":v") + std::to_string(i);
        insert->exchange(soci::use(values[i], indicators[i]));
    }
    insert->alloc();
    insert->prepare("INSERT INTO " + table + " (" + names + ") VALUES (" + placeholders + ")");
    insert->define_and_bind();
    return insert;
}

std::vector<std::string> column_names(const soci::row& row) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < row.size(); ++i) names.push_back(row.get_properties(i).get_name());
    return names;
}

}  // namespace

TableRows read_rows(soci::session& from, const std::string& table, const std::string& columns, const std::string& where,
                    long long key) {
    TableRows out;
    out.table = table;
    std::string query = "SELECT " + columns + " FROM " + table + (where.empty() ? "" : " WHERE " + where);
    soci::row row;
    // Run once: on a server one round trip per table.
    soci::statement st = where.find(":e") != std::string::npos
                             ? prepared(from, query, soci::into(row), soci::use(key, "e"))
                             : prepared(from, query, soci::into(row));
    st.execute();
    std::string value;
    soci::indicator ind = soci::i_ok;
    while (st.fetch()) {
        if (out.columns.empty()) out.columns = column_names(row);
        auto& line = out.rows.emplace_back();
        for (std::size_t i = 0; i < row.size(); ++i) {
            read_as_text(row, i, value, ind);
            line.push_back(ind == soci::i_null ? std::nullopt : std::optional<std::string>(value));
        }
    }
    return out;
}

long long insert_rows(soci::session& to, const TableRows& rows) {
    if (rows.rows.empty()) return 0;
    std::vector<std::string> values;
    std::vector<soci::indicator> indicators;
    auto insert = prepared_insert(to, rows.table, rows.columns, values, indicators);
    for (const auto& row : rows.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            indicators[i] = row[i] ? soci::i_ok : soci::i_null;
            values[i] = row[i].value_or("");
        }
        insert->execute(true);
    }
    return static_cast<long long>(rows.rows.size());
}

long long copy_table(soci::session& from, soci::session& to, const std::string& table) {
    soci::rowset<soci::row> rows = (from.prepare << "SELECT * FROM " << table);
    std::vector<std::string> values;
    std::vector<soci::indicator> indicators;
    std::unique_ptr<soci::statement> insert;
    long long copied = 0;
    for (const soci::row& row : rows) {
        // Prepared once the first row has told the columns.
        if (!insert) insert = prepared_insert(to, table, column_names(row), values, indicators);
        for (std::size_t i = 0; i < row.size(); ++i) read_as_text(row, i, values[i], indicators[i]);
        insert->execute(true);
        ++copied;
    }
    return copied;
}

}  // namespace fn::store
