#include "store/database_copy.h"

#include <soci/soci.h>

#include <regex>
#include <set>

#include "core/errors.h"
#include "core/text_message.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/row_copy.h"

namespace fn::store {

namespace {

// Tables in the order the schema creates them: a table comes after every
// table it refers to, so rows can be inserted in this order.
std::vector<std::string> tables_in_creation_order() {
    static const std::regex create_table(R"(^CREATE TABLE (\w+) \()");
    std::vector<std::string> tables;
    for (const auto& m : sqlite_migrations())
        for (const auto& statement : m.statements) {
            std::smatch match;
            if (std::regex_search(statement, match, create_table)) tables.push_back(match[1].str());
        }
    return tables;
}

long long count_rows(soci::session& sql, const std::string& table) {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM " << table, soci::into(n);
    return n;
}

// Copied ids were given, not drawn: PostgreSQL's identity sequences must
// continue after them.
void continue_ids_after_copied(soci::session& to, const std::string& table) {
    int identity = 0;
    to << "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema()"
          " AND table_name = :t AND column_name = 'id' AND is_identity = 'YES'",
        soci::use(table), soci::into(identity);
    if (!identity) return;
    std::string sequence;
    to << "SELECT pg_get_serial_sequence(:t, 'id')", soci::use(table), soci::into(sequence);
    long long next = 0;
    to << "SELECT COALESCE(MAX(id), 0) + 1 FROM " << table, soci::into(next);
    long long set = 0;
    to << "SELECT setval(CAST(:s AS regclass), :n, false)", soci::use(sequence), soci::use(next), soci::into(set);
}

}  // namespace

std::vector<CopiedTable> copy_database(Database& from, Database& to) {
    // A door or teacher login reads only part of each family: a copy would
    // be half a school, or stop at the first column it may not read.
    if (from.access() != Access::Coordinator)
        throw NotAllowedError(
            tr("copying a whole school is the coordinator's: {0} is opened with a login that may not "
               "read every family's contact details",
               {from.display_name()}));
    if (from.schema_version() != to.schema_version())
        throw Error(tr("the two databases are at different schema versions ({0} and {1})",
                       {from.schema_version(), to.schema_version()}));
    const auto tables = tables_in_creation_order();
    std::vector<CopiedTable> copied;
    ReadSnapshot as_it_is_now(from);  // counted as copied, whatever stations do meanwhile
    to.transaction([&](soci::session& target) {
        for (const char* table : {"households", "events", "people"})
            if (count_rows(target, table) > 0)
                throw ConflictError(tr("{0} already holds a school ({1} is not empty); copy into a new, empty database",
                                       {to.display_name(), std::string(table)}));
        // Settings a new database starts with are replaced by the copied ones.
        target << "DELETE FROM settings";
        for (const auto& table : tables) {
            long long rows = copy_table(from.sql(), target, table);
            if (to.backend() == ConnectionTarget::Backend::Postgresql) continue_ids_after_copied(target, table);
            long long source = count_rows(from.sql(), table), landed = count_rows(target, table);
            if (rows != source || landed != source)
                throw Error(tr("copying {0} went wrong: {1} rows in {2}, {3} copied, {4} in {5}; nothing was kept",
                               {table, source, from.display_name(), rows, landed, to.display_name()}));
            copied.push_back({table, rows});
        }
    });
    return copied;
}

}  // namespace fn::store
