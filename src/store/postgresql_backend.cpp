// A shared PostgreSQL database: several stations and the district office at
// once. Write transactions are SERIALIZABLE and run again when the server
// reports a serialization failure or a deadlock; stations hear of each
// other's commits through LISTEN/NOTIFY.
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <cstring>
#include <optional>

#include "core/errors.h"
#include "core/text_message.h"
#include "store/backend.h"
#include "store/connection_string.h"
#include "store/postgresql_roles.h"

namespace fn::store {

namespace {

constexpr const char* kChannel = "familynight";
// pg_advisory_xact_lock key held while migrating ("FamN").
constexpr long long kMigrationLock = 0x46616d4e;

std::string sqlstate(const std::exception& e) {
    auto* p = dynamic_cast<const soci::postgresql_soci_error*>(&e);
    return p ? p->sqlstate() : std::string();
}

PGconn* connection_of(soci::session& sql) {
    return static_cast<soci::postgresql_session_backend*>(sql.get_backend())->conn_;
}

// libpq's first line, without SOCI's preamble ("Cannot establish connection
// to the database.") and without the trailing newline.
std::string server_message(const std::exception& e) {
    std::string m = e.what();
    const std::string preamble = "Cannot establish connection to the database.";
    if (m.rfind(preamble, 0) == 0) m = m.substr(preamble.size());
    while (!m.empty() && (m.front() == '\n' || m.front() == ' ')) m.erase(0, 1);
    auto nl = m.find('\n');
    if (nl != std::string::npos) m = m.substr(0, nl);
    return m;
}

// The connection string as one libpq URI of query parameters only
// ("postgresql://?host=...&dbname=..."). SOCI 4.0 splits what it is given
// at white space and rejoins key=value pairs, which breaks quoted values
// with spaces and URIs without '=' (measured: "postgresql://h/db" reached
// libpq as database "db="); this form has neither. libpq itself parses the
// string first, so a malformed one is refused in its words.
std::string soci_safe(const std::string& location, const std::string& where) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(location.c_str(), &error);
    if (!options) {
        std::string why = error ? error : "out of memory";
        if (error) PQfreemem(error);
        while (!why.empty() && why.back() == '\n') why.pop_back();
        throw Error(tr("cannot connect to {0}: {1}", {where, why}));
    }
    std::string uri = "postgresql://?";
    bool named_application = false;
    // Settings every connection needs, sent with the connection itself
    // instead of one round trip each: UTF-8 text, no notices ("... does not
    // exist, skipping") on the user's terminal, and a row another station
    // holds waited for, but not for ever. Options the string gives come first.
    std::string server_options = "-c client_min_messages=warning -c lock_timeout=20s";
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (!o->val || !*o->val) continue;
        if (std::strcmp(o->keyword, "client_encoding") == 0) continue;  // always UTF-8
        if (std::strcmp(o->keyword, "options") == 0) {
            server_options = std::string(o->val) + " " + server_options;
            continue;
        }
        named_application = named_application || std::strcmp(o->keyword, "application_name") == 0;
        uri += (uri.back() == '?' ? "" : "&") + std::string(o->keyword) + "=" + percent_encoded(o->val);
    }
    PQconninfoFree(options);
    // Seen in the server's list of connections; and a server that does not
    // answer is given up on after 10 s instead of the network's minutes.
    if (!named_application) uri += std::string(uri.back() == '?' ? "" : "&") + "application_name=FamilyNight";
    uri += "&client_encoding=UTF8&options=" + percent_encoded(server_options);
    if (location.find("connect_timeout") == std::string::npos) uri += "&connect_timeout=10";
    return uri;
}

class PostgresqlBackend final : public Backend {
public:
    // A server's database is created by whoever runs the server, never here.
    std::unique_ptr<soci::session> connect(const std::string& location, const std::string& where, bool) override {
        std::unique_ptr<soci::session> session;
        const std::string uri = soci_safe(location, where);
        try {
            session = std::make_unique<soci::session>(soci::postgresql, uri);
        } catch (const std::exception& e) {
            std::string why = server_message(e);
            if (why.find("no password supplied") != std::string::npos ||
                why.find("password authentication failed") != std::string::npos)
                throw PasswordNeededError(
                    tr("{0} asks for a password (or did not accept it): put it in ~/.pgpass (a line "
                       "server:port:database:user:password, readable by you only)",
                       {where}));
            throw ServerUnreachableError(tr("cannot connect to {0}: {1}", {where, why}));
        }
        // The server's warnings (a crash of another server process, with its
        // HINT) are not for the person at the door: a lost connection is
        // said once, in plain words, by the error that follows.
        PQsetNoticeProcessor(
            connection_of(*session), [](void*, const char*) {}, nullptr);
        return session;
    }

    // SERIALIZABLE: an operation that reads (is this family checked in?)
    // and then writes behaves as if it ran alone; when two stations race,
    // the server fails one of them with a serialization failure, and that
    // transaction runs again and sees the other's row.
    void begin_write(soci::session& sql) override { sql << "BEGIN ISOLATION LEVEL SERIALIZABLE"; }

    void begin_read(soci::session& sql) override { sql << "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"; }

    void begin_migration(soci::session& sql) override {
        sql << "BEGIN";
        sql << "SELECT pg_advisory_xact_lock(" << kMigrationLock << ")";
    }

    void before_commit(soci::session& sql) override { sql << "NOTIFY " << kChannel; }

    bool worth_retrying(const std::exception& e) const override {
        std::string state = sqlstate(e);
        return state == "40001" /* serialization_failure */ || state == "40P01" /* deadlock_detected */;
    }

    // Counts other connections' commits heard since the first call (which
    // starts listening: a command that never asks pays no round trip).
    long long data_version(soci::session& sql) override {
        if (!listening_) {
            sql << "LISTEN " << kChannel;
            listening_ = true;
        }
        PGconn* conn = connection_of(sql);
        PQconsumeInput(conn);
        int own = PQbackendPID(conn);
        while (PGnotify* n = PQnotifies(conn)) {
            if (n->be_pid != own) ++heard_;
            PQfreemem(n);
        }
        return heard_;
    }

    const std::vector<Migration>& migrations() const override { return postgresql_migrations(); }

    // The version, what the login may do and its name in one round trip
    // (a door station's CLI command pays for nothing else before its work).
    int schema_version_at_open(soci::session& sql) override {
        try {
            int version = 0, contacts = 0, workshops = 0;
            soci::indicator ind = soci::i_null;
            std::string login;
            sql << "SELECT MAX(version), CASE WHEN has_column_privilege('guardians', 'phone', 'SELECT') THEN 1 ELSE 0"
                   " END, CASE WHEN has_table_privilege('workshops', 'INSERT') THEN 1 ELSE 0 END, CAST(current_user AS"
                   " text) FROM schema_migrations",
                soci::into(version, ind), soci::into(contacts), soci::into(workshops), soci::into(login);
            access_at_open_ = contacts ? Access::Coordinator : workshops ? Access::Teacher : Access::Door;
            login_at_open_ = login;
            return ind == soci::i_ok ? version : 0;
        } catch (const std::exception&) {
            return Backend::schema_version_at_open(sql);  // a new database: no tables yet
        }
    }

    Access access(soci::session& sql) override {
        if (!access_at_open_) return postgresql_access(sql);
        remember_login(sql, login_at_open_);
        return *access_at_open_;
    }

    void rethrow_plain_if_known(const std::exception& e) const override {
        std::string state = sqlstate(e);
        if (state.empty()) {
            auto* s = dynamic_cast<const soci::soci_error*>(&e);
            if (s && s->get_error_category() == soci::soci_error::connection_error)
                throw ServerUnreachableError(
                    tr("lost the connection to the database server: {0}", {server_message(e)}));
            return;
        }
        if (state.rfind("23", 0) == 0)
            throw ConflictError(tr("that change conflicts with data already stored ({0})", {server_message(e)}));
        if (state == "42501")
            throw NotAllowedError(
                tr("your database login is not allowed to do this ({0}); ask the coordinator", {server_message(e)}));
        if (state == "40001" || state == "40P01" || state == "55P03")
            throw BusyError(tr("the database is busy with another station's change; try again in a moment"));
        if (state == "53100")
            throw DiskFullError(tr("the database server's disk is full; tell whoever looks after it"));
        if (state == "25006") throw NotAllowedError(tr("this database login can only read"));
        if (state.rfind("08", 0) == 0 || state.rfind("57P", 0) == 0)
            throw ServerUnreachableError(tr("lost the connection to the database server: {0}", {server_message(e)}));
    }

private:
    long long heard_ = 0;
    bool listening_ = false;
    std::optional<Access> access_at_open_;
    std::string login_at_open_;
};

}  // namespace

std::unique_ptr<Backend> make_postgresql_backend() { return std::make_unique<PostgresqlBackend>(); }

}  // namespace fn::store
