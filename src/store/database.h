#pragma once
// Opens a FamilyNight database from a connection string (a SQLite file, or a
// shared PostgreSQL database), applies schema migrations, and runs each use
// case in one transaction. Nothing above this layer sees the backend.
#include <functional>
#include <memory>
#include <string>
#include <typeindex>
#include <unordered_map>

#include "core/text_message.h"
#include "store/access.h"
#include "store/connection_string.h"

namespace soci {
class session;
}

namespace fn::store {

class Backend;

// $XDG_DATA_HOME/familynight/familynight.db (~/.local/share/... by default).
std::string default_database_path();

// Whether opening may create a SQLite file that is not there yet. A command
// that only reads must not leave an empty database behind a mistyped name.
// A working copy (a backup being restored) is opened like an existing file
// but never itself backed up.
enum class OpenMode { CreateIfMissing, MustExist, WorkingCopy };

class Database {
public:
    // SQLite: creates the file (owner read/write only) when it is missing and
    // `mode` allows; recognises it as FamilyNight's (PRAGMA application_id,
    // or an older FamilyNight file's tables) before writing anything to it,
    // and checks it is not damaged (quick_check). Throws fn::Error with a
    // plain message when the database cannot be opened, is another
    // program's, is damaged, or was written by a newer version.
    static Database open(const std::string& connection, OpenMode mode = OpenMode::CreateIfMissing);

    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    soci::session& sql() { return *session_; }
    int schema_version() const { return schema_version_; }
    // True when this open created the schema: a new, empty database.
    bool was_new() const { return was_new_; }
    // What opening it has to tell a person, once (today's backup skipped to
    // keep the disk from filling); empty when nothing.
    const Text& open_note() const { return open_note_; }
    ConnectionTarget::Backend backend() const { return target_.backend; }
    // What this login may do (always Coordinator on a SQLite file).
    Access access() { return access_of(*session_); }
    // What to open again for a second connection (a worker thread's).
    const std::string& location() const { return target_.location; }
    // What to show: the file, or the connection string without a password.
    std::string display_name() const { return without_password(target_.location); }

    // Runs `work` in one transaction: all of it is committed, or nothing.
    // The transaction begins as a writer, so another station's write makes
    // it wait instead of failing half-way (SQLite: BEGIN IMMEDIATE and the
    // busy timeout, retried a few times; PostgreSQL: SERIALIZABLE, and the
    // whole of `work` runs again after a serialization failure or deadlock,
    // so `work` must not keep effects outside the database between runs).
    // Database errors are rethrown as fn::Error in plain language.
    void transaction(const std::function<void(soci::session&)>& work);
    // Runs `work`, one statement that is its own transaction (a server-side
    // function doing a whole door action in one round trip): retried and
    // its errors said as transaction() does; the commit listener is told.
    void one_statement(const std::function<void(soci::session&)>& work);
    // The same for a read of one statement (one snapshot on a server):
    // its errors said in plain words; nobody is told of a change.
    void read_one_statement(const std::function<void(soci::session&)>& work);
    // Runs `work` in a transaction that is always rolled back: a dry run
    // that meets every constraint a real run would, and changes nothing.
    void rehearse(const std::function<void(soci::session&)>& work);

    // Called after every transaction this connection commits (the app tells
    // its views; nothing else should depend on it). One listener.
    void on_commit(std::function<void()> listener) { committed_ = std::move(listener); }
    // Tells that listener of a change made outside a transaction (a restore).
    void notify_changed() {
        if (committed_) committed_();
    }
    // Changes when another connection (another process, or a worker thread's
    // own connection) has committed since the last call: SQLite's
    // PRAGMA data_version, PostgreSQL's NOTIFY from the other connection.
    // Cheap enough to poll on a timer.
    long long data_version();

    // A store object that prepares its statements once on this connection
    // and reuses them (the door search runs on every keystroke), made on
    // first use from the session and kept until the database is closed.
    template <typename T>
    T& reused() {
        auto& slot = reused_[std::type_index(typeid(T))];
        if (!slot) slot = std::make_shared<T>(*session_);
        return *static_cast<T*>(slot.get());
    }

private:
    friend class ReadSnapshot;
    Database(std::unique_ptr<Backend> backend, std::unique_ptr<soci::session> s, ConnectionTarget target, int version,
             bool was_new);
    void run(const std::function<void(soci::session&)>& work, bool commit);
    void alone(const std::function<void(soci::session&)>& work);
    // Runs `attempt` again after a serialization failure or deadlock (a few
    // times, pausing longer each time); database errors said in plain words.
    void retrying(const std::function<void()>& attempt);
    std::unique_ptr<Backend> dialect_;
    std::unique_ptr<soci::session> session_;
    std::unordered_map<std::type_index, std::shared_ptr<void>> reused_;  // after session_: closed before it
    std::function<void()> committed_;
    ConnectionTarget target_;
    int schema_version_ = 0;
    bool was_new_ = false;
    Text open_note_;
};

// A read-only snapshot of the data for the life of this object, for a read
// that calls several store functions: counts, lists and copies add up even
// while stations check in. Ends when it goes out of scope, also on an
// exception.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& db_;
};

// Newest schema version this build knows.
int latest_schema_version();

}  // namespace fn::store
