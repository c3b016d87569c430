#include "store/row_reader.h"

#include <stdexcept>

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>  // SQLite's C API, in namespace sqlite_api

namespace fn::store {

using namespace sqlite_api;

struct RowReader::Sqlite {
    sqlite3_stmt* st = nullptr;
    ~Sqlite() {
        if (st) sqlite3_finalize(st);
    }
};

struct RowReader::Soci {
    explicit Soci(soci::session& sql) : st(sql) {}
    soci::statement st;
    soci::row row;
};

RowReader::RowReader(soci::session& sql, std::string query, Use use) : sql_(sql), query_(std::move(query)), use_(use) {}
RowReader::~RowReader() = default;

RowReader& RowReader::bind(long long value) {
    if (sqlite_ || soci_) {
        integers_.at(rebound_integers_++) = value;  // in place: SOCI holds references to these
    } else {
        integers_.push_back(value);
        is_text_.push_back(false);
    }
    return *this;
}

RowReader& RowReader::bind(const std::string& value) {
    if (sqlite_ || soci_) {
        texts_.at(rebound_texts_++) = value;
    } else {
        texts_.push_back(value);
        is_text_.push_back(true);
    }
    return *this;
}

void RowReader::again() {
    if (use_ != Use::Reused) throw std::logic_error("RowReader::again on a statement made to run once");
    rebound_integers_ = rebound_texts_ = 0;
    rerun_ = true;
}

void RowReader::stop() {
    if (sqlite_) sqlite3_reset(sqlite_->st);
}

void RowReader::bind_sqlite() {
    sqlite3_reset(sqlite_->st);
    auto integer = integers_.begin();
    auto text = texts_.begin();
    int at = 1;
    for (bool is_text : is_text_) {
        if (is_text) {
            sqlite3_bind_text(sqlite_->st, at++, text->data(), static_cast<int>(text->size()), SQLITE_STATIC);
            ++text;
        } else {
            sqlite3_bind_int64(sqlite_->st, at++, *integer++);
        }
    }
}

bool RowReader::next() {
    if (rerun_) {
        rerun_ = false;
        if (sqlite_)
            bind_sqlite();
        else if (soci_)
            soci_->st.execute();
    }
    if (!sqlite_ && !soci_) {
        auto integer = integers_.begin();
        auto text = texts_.begin();
        if (sql_.get_backend_name() == "sqlite3") {
            sqlite_ = std::make_unique<Sqlite>();
            sqlite3* db = static_cast<soci::sqlite3_session_backend*>(sql_.get_backend())->conn_;
            if (int rc = sqlite3_prepare_v2(db, query_.c_str(), static_cast<int>(query_.size()), &sqlite_->st, nullptr);
                rc != SQLITE_OK)
                throw soci::sqlite3_soci_error(sqlite3_errmsg(db), rc);
            bind_sqlite();
        } else {
            soci_ = std::make_unique<Soci>(sql_);
            soci_->st.exchange(soci::into(soci_->row));
            for (bool is_text : is_text_) {
                if (is_text)
                    soci_->st.exchange(soci::use(*text++));
                else
                    soci_->st.exchange(soci::use(*integer++));
            }
            soci_->st.alloc();
            soci_->st.prepare(
                query_, use_ == Use::Reused ? soci::details::st_repeatable_query : soci::details::st_one_time_query);
            soci_->st.define_and_bind();
            soci_->st.execute();
        }
    }
    if (soci_) return soci_->st.fetch();
    int rc = sqlite3_step(sqlite_->st);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3* db = sqlite3_db_handle(sqlite_->st);
    sqlite3_reset(sqlite_->st);
    throw soci::sqlite3_soci_error(sqlite3_errmsg(db), sqlite3_extended_errcode(db));
}

long long RowReader::integer(int column) const {
    if (sqlite_) return sqlite3_column_int64(sqlite_->st, column);
    const auto c = static_cast<std::size_t>(column);
    if (soci_->row.get_indicator(c) == soci::i_null) return 0;
    switch (soci_->row.get_properties(c).get_data_type()) {
        case soci::dt_integer:
            return soci_->row.get<int>(c);
        case soci::dt_long_long:
            return soci_->row.get<long long>(c);
        case soci::dt_unsigned_long_long:
            return static_cast<long long>(soci_->row.get<unsigned long long>(c));
        case soci::dt_double:
            return static_cast<long long>(soci_->row.get<double>(c));
        default:
            return std::stoll(soci_->row.get<std::string>(c));
    }
}

std::string RowReader::text(int column) const {
    if (sqlite_) {
        auto* p = reinterpret_cast<const char*>(sqlite3_column_text(sqlite_->st, column));
        return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(sqlite_->st, column))) : std::string();
    }
    const auto c = static_cast<std::size_t>(column);
    if (soci_->row.get_indicator(c) == soci::i_null) return {};
    switch (soci_->row.get_properties(c).get_data_type()) {
        case soci::dt_string:
            return soci_->row.get<std::string>(c);
        default:
            return std::to_string(integer(column));
    }
}

}  // namespace fn::store
