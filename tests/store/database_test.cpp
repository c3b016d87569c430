#include "store/database.h"

#include <gtest/gtest.h>
#include <soci/soci.h>
#include <sys/stat.h>

#include <fstream>

#include "core/errors.h"
#include "store/event_store.h"
#include "store/migrations.h"
#include "support/fixtures.h"

using namespace fn;
using fn::testing::DbTest;
using fn::testing::TempDir;

TEST(Database, NewFileIsReadableByItsOwnerOnly) {
    TempDir dir;
    auto path = dir.file("school.db");
    auto db = store::Database::open("sqlite3://" + path);
    struct stat st {};
    ASSERT_EQ(::stat(path.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST(Database, CreatesMissingFoldersAndAcceptsPlainPathsWithSpaces) {
    TempDir dir;
    auto path = dir.file("a folder/with = signs/school.db");
    auto db = store::Database::open(path);
    EXPECT_EQ(db.schema_version(), store::latest_schema_version());
    EXPECT_TRUE(std::filesystem::exists(path));
}

TEST(Database, AppliesMigrationsOnceAndKeepsDataOnReopen) {
    TempDir dir;
    auto cs = "sqlite3://" + dir.file("school.db");
    Id id = 0;
    {
        auto db = store::Database::open(cs);
        db.transaction([&](soci::session& sql) { id = store::insert_event(sql, fn::testing::sample_event()); });
    }
    auto db = store::Database::open(cs);
    int rows = 0;
    db.sql() << "SELECT COUNT(*) FROM schema_migrations", soci::into(rows);
    EXPECT_EQ(rows, store::latest_schema_version());
    EXPECT_EQ(store::load_event(db.sql(), id).title("es"), "Noche de Lectura");
}

TEST(Database, RefusesADatabaseFromANewerVersion) {
    TempDir dir;
    auto cs = "sqlite3://" + dir.file("school.db");
    {
        auto db = store::Database::open(cs);
        db.sql() << "INSERT INTO schema_migrations (version, applied_at) VALUES (999, 'later')";
    }
    try {
        store::Database::open(cs);
        FAIL() << "opened a newer database";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("newer FamilyNight"), std::string::npos) << e.what();
    }
}

TEST(Database, RefusesAFileThatIsNotADatabase) {
    TempDir dir;
    auto path = dir.file("notes.db");
    std::ofstream(path) << "These are my meeting notes, not a database. Lorem ipsum dolor sit amet, consectetur.\n";
    try {
        store::Database::open(path);
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("not a FamilyNight database"), std::string::npos) << e.what();
    }
}

TEST(Database, ConnectionStringsNameTheirBackend) {
    using B = store::ConnectionTarget::Backend;
    EXPECT_EQ(store::parse_connection_string("postgresql://host/db").backend, B::Postgresql);
    EXPECT_EQ(store::parse_connection_string("postgres://u@host:5433/db").backend, B::Postgresql);
    EXPECT_EQ(store::parse_connection_string("host=server dbname=school user=door").backend, B::Postgresql);
    EXPECT_EQ(store::parse_connection_string("dbname=school").backend, B::Postgresql);
    EXPECT_EQ(store::parse_connection_string("sqlite3:///tmp/a.db").location, "/tmp/a.db");
    EXPECT_EQ(store::parse_connection_string("school host=x.db").backend, B::Sqlite3);  // a file name with '='
    EXPECT_THROW(store::parse_connection_string("mysql://x"), Error);
}

TEST(Database, APasswordIsNeverShown) {
    EXPECT_EQ(store::without_password("postgresql://door:s3cret@server/school"), "postgresql://door@server/school");
    EXPECT_EQ(store::without_password("postgresql://server/school?user=door&password=s3cret&sslmode=require"),
              "postgresql://server/school?user=door&sslmode=require");
    EXPECT_EQ(store::without_password("host=server password='a b' dbname=school"), "host=server dbname=school");
    EXPECT_EQ(store::without_password("host=server password=s3cret"), "host=server");
    EXPECT_EQ(store::without_password("password=s3cret host=server"), "host=server");
    EXPECT_EQ(store::without_password("/home/me/password=x.db"), "/home/me/password=x.db");
}

TEST(Database, AConnectionTypedAsItsPartsIsQuotedAndCheckedPartByPart) {
    EXPECT_EQ(store::postgresql_connection("db.school.org", "5433", "Lincoln Elementary", "o'brien"),
              "host='db.school.org' port=5433 dbname='Lincoln Elementary' user='o\\'brien'");
    EXPECT_EQ(store::postgresql_connection("db", "", "school", ""), "host='db' dbname='school'");
    EXPECT_THROW(store::postgresql_connection("", "", "school", ""), ValidationError);
    EXPECT_THROW(store::postgresql_connection("db", "", "", ""), ValidationError);
    for (const char* port : {"54x", "0", "70000", "-1", " 5432"})
        EXPECT_THROW(store::postgresql_connection("db", port, "school", ""), ValidationError) << port;
    EXPECT_EQ(store::with_password("postgresql://door@db/school", "a b&c"),
              "postgresql://door@db/school?password=a%20b%26c");
    EXPECT_EQ(store::without_password(store::with_password("host='db' dbname='school'", "it's")),
              "host='db' dbname='school'");
}

TEST(Database, ASqliteFileIsInWalModeWithForeignKeysOn) {
    TempDir dir;
    auto db = store::Database::open(dir.file("school.db"));
    int fk = 0;
    std::string mode;
    db.sql() << "PRAGMA foreign_keys", soci::into(fk);
    db.sql() << "PRAGMA journal_mode", soci::into(mode);
    EXPECT_EQ(fk, 1);
    EXPECT_EQ(mode, "wal");
}

TEST(Database, EveryPostgresqlSchemaStatementIsInItsDialect) {
    for (const auto& m : store::postgresql_migrations())
        for (const auto& statement : m.statements) {
            EXPECT_EQ(statement.find("WITHOUT ROWID"), std::string::npos) << statement;
            EXPECT_EQ(statement.find("INTEGER PRIMARY KEY"), std::string::npos) << statement;
            EXPECT_EQ(statement.find("rowid"), std::string::npos) << statement;
            EXPECT_EQ(statement.find("_id INTEGER"), std::string::npos) << statement;
        }
    EXPECT_EQ(store::postgresql_migrations().back().version, store::latest_schema_version());
}

TEST_F(DbTest, AReferenceToNothingIsRefused) {
    Room orphan{0, 12345, "Library", 20};
    EXPECT_THROW(db.transaction([&](soci::session& sql) { store::insert_room(sql, orphan); }), ConflictError);
}

TEST_F(DbTest, AFailedTransactionWritesNothing) {
    EXPECT_THROW(db.transaction([&](soci::session& sql) {
        store::insert_event(sql, fn::testing::sample_event());
        throw ValidationError(tr("field"), tr("stop halfway"));
    }),
                 ValidationError);
    EXPECT_TRUE(store::list_events(db.sql()).empty());
}

TEST_F(DbTest, SqlMetacharactersAreStoredVerbatim) {
    auto e = fn::testing::sample_event();
    e.texts["en"].title = "Robert'); DROP TABLE events;--";
    e.place = "\"Gym\" % _ \\";
    Id id = 0;
    db.transaction([&](soci::session& sql) { id = store::insert_event(sql, e); });
    auto back = store::load_event(db.sql(), id);
    EXPECT_EQ(back.title(), e.texts["en"].title);
    EXPECT_EQ(back.place, e.place);
}
