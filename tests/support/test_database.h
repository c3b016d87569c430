#pragma once
// Where a test's database lives. By default a SQLite file in a temporary
// folder. When FN_TEST_POSTGRESQL_FILE names the connection file of the test
// server (tests/support/pg_server.sh, started as a CTest fixture), a fresh
// PostgreSQL database on that server instead, dropped when the test ends:
// the same tests then run against both backends.
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>

#include "support/temp_dir.h"

namespace fn::testing {

// The test server's superuser connection, or "" when tests run on SQLite.
inline std::string postgresql_admin_connection() {
    const char* file = std::getenv("FN_TEST_POSTGRESQL_FILE");
    if (!file || !*file) return "";
    std::ifstream in(file);
    std::string connection;
    if (!std::getline(in, connection) || connection.empty())
        throw std::runtime_error(std::string("FN_TEST_POSTGRESQL_FILE is set but ") + file +
                                 " names no server: start it with tests/support/pg_server.sh start");
    return connection;
}

class TestDatabase {
public:
    explicit TestDatabase(const TempDir& dir) : admin_(postgresql_admin_connection()) {
        if (admin_.empty()) {
            connection_ = "sqlite3://" + dir.file("test.db");
            return;
        }
        static int counter = 0;
        name_ = "fn_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
        soci::session admin(soci::postgresql, admin_);
        admin << "CREATE DATABASE " << name_;
        connection_ = with_database(name_);
    }
    ~TestDatabase() {
        if (name_.empty()) return;
        try {
            soci::session admin(soci::postgresql, admin_);
            admin << "DROP DATABASE IF EXISTS " << name_ << " WITH (FORCE)";
        } catch (const std::exception&) {
            // The server is thrown away at the end of the run anyway.
        }
    }
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // What Database::open and the CLI's --db take.
    const std::string& connection() const { return connection_; }
    bool postgresql() const { return !name_.empty(); }
    // The same server as another login (for role tests).
    std::string as_user(const std::string& user, const std::string& password = "") const {
        return connection_ + " user=" + user + (password.empty() ? "" : " password=" + password);
    }

private:
    std::string with_database(const std::string& name) const {
        std::string s = admin_;
        auto at = s.find("dbname=");
        if (at != std::string::npos)
            s.erase(at, s.find(' ', at) == std::string::npos ? std::string::npos : s.find(' ', at) - at + 1);
        return s + " dbname=" + name;
    }
    std::string admin_;
    std::string name_;
    std::string connection_;
};

}  // namespace fn::testing
