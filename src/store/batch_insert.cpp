#include "store/batch_insert.h"

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>  // SQLite's C API, in namespace sqlite_api

#include "core/errors.h"

namespace fn::store {

using namespace sqlite_api;

// On SQLite the rows go through its C API, bound in place from the buffer:
// SOCI copies every bound value twice (into its own buffer, then SQLite's),
// which cost more than SQLite storing the row. Errors are thrown as SOCI
// would, so the database layer reports them the same way.
struct BatchInsert::Sqlite {
    explicit Sqlite(soci::session& sql) : db(static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_) {}
    ~Sqlite() {
        if (full) sqlite3_finalize(full);
    }
    sqlite3_stmt* prepare(const std::string& query) const {
        sqlite3_stmt* st = nullptr;
        if (int rc = sqlite3_prepare_v2(db, query.c_str(), static_cast<int>(query.size()), &st, nullptr);
            rc != SQLITE_OK)
            throw soci::sqlite3_soci_error(sqlite3_errmsg(db), rc);
        return st;
    }
    void run(sqlite3_stmt* st, const std::vector<std::string>& values, std::size_t count) const {
        for (std::size_t i = 0; i < count; ++i)
            sqlite3_bind_text(st, static_cast<int>(i + 1), values[i].data(), static_cast<int>(values[i].size()),
                              SQLITE_STATIC);
        int rc = sqlite3_step(st);
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        if (rc != SQLITE_DONE) throw soci::sqlite3_soci_error(sqlite3_errmsg(db), sqlite3_extended_errcode(db));
    }
    sqlite3* db;
    sqlite3_stmt* full = nullptr;
};

BatchInsert::BatchInsert(soci::session& sql, std::string table, std::vector<std::string> columns, std::string suffix)
    : sql_(sql), table_(std::move(table)), suffix_(std::move(suffix)), width_(columns.size()) {
    for (std::size_t i = 0; i < columns.size(); ++i) columns_ += (i ? ", " : "") + columns[i];
    full_.resize(width_ * kRowsPerStatement);
    if (sql.get_backend_name() == "sqlite3") sqlite_ = std::make_unique<Sqlite>(sql);
}

BatchInsert::~BatchInsert() = default;

std::string BatchInsert::query(std::size_t rows) const {
    std::string q = "INSERT INTO " + table_ + " (" + columns_ + ") VALUES ";
    q.reserve(q.size() + rows * width_ * 8);
    for (std::size_t r = 0; r < rows; ++r) {
        q += r ? ", (" : "(";
        for (std::size_t c = 0; c < width_; ++c) q += (c ? ", :v" : ":v") + std::to_string(r * width_ + c);
        q += ")";
    }
    if (!suffix_.empty()) q += " " + suffix_;
    return q;
}

std::unique_ptr<soci::statement> BatchInsert::prepare(std::size_t rows, std::vector<std::string>& buffer) {
    auto st = std::make_unique<soci::statement>(sql_);
    for (std::size_t i = 0; i < rows * width_; ++i) st->exchange(soci::use(buffer[i]));
    st->alloc();
    st->prepare(query(rows));
    st->define_and_bind();
    return st;
}

void BatchInsert::add(std::initializer_list<std::string_view> values) {
    if (values.size() != width_) throw Error("BatchInsert: a row of " + table_ + " has the wrong number of values");
    std::size_t at = buffered_ * width_;
    for (auto v : values) full_[at++].assign(v.data(), v.size());
    if (++buffered_ < kRowsPerStatement) return;
    if (sqlite_) {
        if (!sqlite_->full) sqlite_->full = sqlite_->prepare(query(kRowsPerStatement));
        sqlite_->run(sqlite_->full, full_, full_.size());
    } else {
        if (!full_statement_) full_statement_ = prepare(kRowsPerStatement, full_);
        full_statement_->execute(true);
    }
    buffered_ = 0;
}

void BatchInsert::flush() {
    if (buffered_ == 0) return;
    // The last, shorter batch: its own statement, run once.
    if (sqlite_) {
        sqlite3_stmt* st = sqlite_->prepare(query(buffered_));
        try {
            sqlite_->run(st, full_, buffered_ * width_);
        } catch (...) {
            sqlite3_finalize(st);
            throw;
        }
        sqlite3_finalize(st);
    } else {
        std::vector<std::string> rest(full_.begin(), full_.begin() + static_cast<long>(buffered_ * width_));
        prepare(buffered_, rest)->execute(true);
    }
    buffered_ = 0;
}

}  // namespace fn::store
