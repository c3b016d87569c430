#pragma once
// Opens a FamilyNight database from a connection string, applies schema
// migrations, and runs each use case in one transaction.
#include <functional>
#include <memory>
#include <string>

namespace soci {
class session;
}

namespace fn::store {

// "sqlite3://PATH" or a plain file path means SQLite; "postgresql://..." is
// recognised so the seam is in place, and refused until that backend lands.
struct ConnectionTarget {
    enum class Backend { Sqlite3, Postgresql } backend = Backend::Sqlite3;
    std::string location;  // file path for SQLite, libpq string for PostgreSQL
};
ConnectionTarget parse_connection_string(const std::string& connection);

// $XDG_DATA_HOME/familynight/familynight.db (~/.local/share/... by default).
std::string default_database_path();

class Database {
public:
    // Creates the SQLite file (owner read/write only) when it is missing.
    // Throws fn::Error with a plain message when the file cannot be opened,
    // is not a FamilyNight database, or was written by a newer version.
    static Database open(const std::string& connection);

    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    soci::session& sql() { return *session_; }
    int schema_version() const { return schema_version_; }
    const std::string& location() const { return target_.location; }

    // Runs `work` in one transaction: all of it is committed, or nothing.
    // The transaction takes the write lock when it begins (SQLite: BEGIN
    // IMMEDIATE), so another station's write makes it wait (busy timeout)
    // instead of failing half-way; a lock still held after that is retried a
    // few times before the user is told. Database errors are rethrown as
    // fn::Error in plain language.
    void transaction(const std::function<void(soci::session&)>& work);
    // Runs `work` in a transaction that is always rolled back: a dry run
    // that meets every constraint a real run would, and changes nothing.
    void rehearse(const std::function<void(soci::session&)>& work);

    // Called after every transaction this connection commits (the app tells
    // its views; nothing else should depend on it). One listener.
    void on_commit(std::function<void()> listener) { committed_ = std::move(listener); }
    // Changes when another connection (another process, or a worker thread's
    // own connection) has committed since the last call: SQLite's
    // PRAGMA data_version. Cheap enough to poll on a timer.
    long long data_version();

private:
    Database(std::unique_ptr<soci::session> s, ConnectionTarget target, int version);
    void run(const std::function<void(soci::session&)>& work, bool commit);
    void begin_write();
    std::unique_ptr<soci::session> session_;
    std::function<void()> committed_;
    ConnectionTarget target_;
    int schema_version_ = 0;
};

// Newest schema version this build knows.
int latest_schema_version();

// Turns a database exception into a message a coordinator can act on.
[[noreturn]] void rethrow_plain(const std::exception& e);

}  // namespace fn::store
