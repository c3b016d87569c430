#pragma once
// Reads the rows of one query, its values bound in placeholder order, for
// reads that fetch thousands of rows (an event's RSVPs, for the counts): on
// SQLite through its C API, reading each column in place, because SOCI
// copies every column through its own text cache first (that cost more than
// SQLite reading the rows); on PostgreSQL through SOCI. NULL reads as 0 or "".
#include <deque>
#include <memory>
#include <string>

namespace soci {
class session;
}

namespace fn::store {

class RowReader {
public:
    // Run once, unless `reused` (a statement run again and again, again()):
    // on PostgreSQL a one-time query is one round trip, a named prepared
    // statement three (prepare, execute, deallocate), paid once when reused.
    enum class Use { Once, Reused };
    RowReader(soci::session& sql, std::string query, Use use = Use::Once);
    ~RowReader();
    RowReader(const RowReader&) = delete;
    RowReader& operator=(const RowReader&) = delete;

    RowReader& bind(long long value);
    RowReader& bind(const std::string& value);
    // The next row; false after the last. The query runs on the first call.
    bool next();
    // Runs the same statement again, prepared once: bind the values anew, in
    // the same order and of the same kinds, then read with next(). For a
    // query run on every keystroke (the door search).
    void again();
    // Ends a read before its last row. On SQLite an unfinished statement
    // keeps its read of the database open, with the snapshot it started
    // from: a station's next check-in on the same connection could not
    // start its write once another station had written (busy snapshot).
    void stop();
    long long integer(int column) const;
    std::string text(int column) const;

private:
    void bind_sqlite();  // (re)binds every value, in placeholder order
    struct Sqlite;
    struct Soci;
    soci::session& sql_;
    std::string query_;
    std::deque<long long> integers_;  // bound values, kept while the query runs
    std::deque<std::string> texts_;
    std::deque<bool> is_text_;                              // placeholder order
    std::size_t rebound_integers_ = 0, rebound_texts_ = 0;  // while binding again
    bool rerun_ = false;                                    // run again on the next next()
    Use use_ = Use::Once;
    std::unique_ptr<Sqlite> sqlite_;
    std::unique_ptr<Soci> soci_;
};

}  // namespace fn::store
