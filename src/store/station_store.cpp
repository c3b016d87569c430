#include "store/station_store.h"

#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include <algorithm>
#include <stdexcept>

#include "store/stored_text.h"

namespace fn::store {
namespace {

struct DoorListTable {
    const char* table;
    const char* columns;
    const char* where;  // :e is the event
    bool tonight;       // the event's own rows, changed by every door action
};

// In the order rows can be inserted (a table after those it refers to). The
// columns of households and guardians are the door login's (store/
// postgresql_roles.cpp) without the notes.
// The directory's tables a household added since the last copy has rows
// in, and the condition that finds them (:e is the last id copied).
struct AddedRows {
    const char* table;
    const char* where;
};
constexpr AddedRows kAddedHouseholds[] = {
    {"households", "id > :e"},
    {"guardians", "household_id > :e"},
    {"students", "household_id > :e"},
    {"search_terms", "household_id > :e"},
};

constexpr DoorListTable kDoorList[] = {
    {"settings", "*", "", false},
    {"events", "*", "id = :e", false},
    {"event_texts", "*", "event_id = :e", false},
    {"households", "id, code, language, walk_in, family_name, door_guardians, door_students, active, erased_on", "",
     false},
    {"guardians", "id, household_id, position, name, preferred_contact, language", "", false},
    {"students", "*", "", false},
    {"search_terms", "*", "", false},
    {"rsvps", "*", "event_id = :e", true},
    {"rsvp_meals", "*", "rsvp_id IN (SELECT id FROM rsvps WHERE event_id = :e)", true},
    {"expected_terms", "*", "event_id = :e", true},
    {"checkins", "*", "event_id = :e", true},
    {"childcare_dropoffs", "*", "event_id = :e", true},
    {"door_log", "*", "event_id = :e", true},
};

// Emptied before a refresh, children first: the door list and what the
// station's own actions wrote beside it (the audit lines of its walk-ins,
// turnout kept for a done event). `tonight`: only the event's own rows.
struct Emptied {
    const char* table;
    bool tonight;
};
constexpr Emptied kEmptiedOnRefresh[] = {
    {"door_log", true},       {"childcare_dropoffs", true}, {"workshop_attendance", true},
    {"headcounts", true},     {"turnout_summaries", true},  {"checkins", true},
    {"expected_terms", true}, {"rsvp_meals", true},         {"rsvps", true},
    {"audit_log", true},      {"search_terms", false},      {"students", false},
    {"guardians", false},     {"households", false},        {"event_texts", false},
    {"events", false},        {"settings", false}};

// SQLite reports an INTEGER column as int or as long long, by its values.
long long integer(const soci::row& r, const std::string& column) {
    const auto& p = r.get_properties(column);
    switch (p.get_data_type()) {
        case soci::dt_integer:
            return r.get<int>(column);
        case soci::dt_long_long:
            return r.get<long long>(column);
        case soci::dt_unsigned_long_long:
            return static_cast<long long>(r.get<unsigned long long>(column));
        default:
            return std::stoll(r.get<std::string>(column));
    }
}

OutboxEntry entry_from(const soci::row& r) {
    OutboxEntry e;
    e.seq = integer(r, "seq");
    e.action = parse_door_action(r.get<std::string>("action"));
    e.event_id = integer(r, "event_id");
    e.family_code = r.get<std::string>("family_code");
    e.adults = static_cast<int>(integer(r, "adults"));
    e.children = static_cast<int>(integer(r, "children"));
    e.operation_id = r.get<std::string>("operation_id");
    e.station = r.get<std::string>("station");
    e.typed_at = r.get<std::string>("typed_at");
    e.walk_in_record = r.get<std::string>("walk_in_record");
    e.new_family_confirmed = integer(r, "new_family_confirmed") != 0;
    e.state = parse_outbox_state(r.get<std::string>("state"));
    e.outcome = text_from_stored(r.get<std::string>("outcome"));
    e.sent_at = r.get<std::string>("sent_at");
    e.deferred = integer(r, "deferred") != 0;
    e.pickup_code = r.get<std::string>("pickup_code");
    e.target_operation = r.get<std::string>("target_operation");
    return e;
}

const char* kOutboxColumns =
    "SELECT seq, action, event_id, family_code, adults, children, operation_id, station, typed_at, walk_in_record,"
    " new_family_confirmed, state, outcome, sent_at, deferred, pickup_code, target_operation FROM station_outbox";

}  // namespace

void create_station_tables(soci::session& station) {
    station << "CREATE TABLE IF NOT EXISTS station_facts (key TEXT PRIMARY KEY, value TEXT NOT NULL)";
    station << "CREATE TABLE IF NOT EXISTS station_outbox ("
               " seq INTEGER PRIMARY KEY AUTOINCREMENT, action TEXT NOT NULL, event_id INTEGER NOT NULL,"
               " family_code TEXT NOT NULL, adults INTEGER NOT NULL, children INTEGER NOT NULL,"
               " operation_id TEXT NOT NULL UNIQUE, station TEXT NOT NULL, typed_at TEXT NOT NULL,"
               " walk_in_record TEXT NOT NULL DEFAULT '', new_family_confirmed INTEGER NOT NULL DEFAULT 0,"
               " state TEXT NOT NULL DEFAULT 'waiting', outcome TEXT NOT NULL DEFAULT '',"
               " sent_at TEXT NOT NULL DEFAULT '', deferred INTEGER NOT NULL DEFAULT 0,"
               " pickup_code TEXT NOT NULL DEFAULT '', target_operation TEXT NOT NULL DEFAULT '')";
}

void set_station_fact(soci::session& station, const std::string& key, const std::string& value) {
    station << "INSERT INTO station_facts (key, value) VALUES (:k, :v)"
               " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        soci::use(key), soci::use(value);
}

std::string station_fact(soci::session& station, const std::string& key) {
    std::string value;
    soci::indicator ind = soci::i_ok;
    station << "SELECT value FROM station_facts WHERE key = :k", soci::use(key), soci::into(value, ind);
    return station.got_data() && ind == soci::i_ok ? value : std::string();
}

DoorList read_door_list(soci::session& server, Id event_id, DoorListPart part) {
    DoorList list;
    for (const auto& t : kDoorList)
        if (part == DoorListPart::Whole || t.tonight)
            list.push_back(read_rows(server, t.table, t.columns, t.where, event_id));
    return list;
}

namespace {

const DoorListTable& door_list_table(const std::string& name) {
    for (const auto& t : kDoorList)
        if (name == t.table) return t;
    throw std::logic_error("not a door list table: " + name);
}

// Rows given as a JSON array of objects, columns in order.
TableRows rows_from_json(const std::string& table, const nlohmann::ordered_json& array) {
    TableRows rows{table, {}, {}};
    for (const auto& row : array) {
        if (rows.columns.empty())
            for (const auto& [column, v] : row.items()) rows.columns.push_back(column);
        auto& line = rows.rows.emplace_back();
        for (const auto& [column, v] : row.items()) {
            if (v.is_null())
                line.emplace_back(std::nullopt);
            else if (v.is_string())
                line.emplace_back(v.get<std::string>());
            else
                line.emplace_back(v.dump());
        }
    }
    return rows;
}

}  // namespace

TonightRows read_tonight(soci::session& server, Id event_id, Id households_after) {
    TonightRows out;
    if (server.get_backend_name() != "postgresql") {
        out.directory_mark = directory_mark(server);
        out.list = read_door_list(server, event_id, DoorListPart::Tonight);
        if (households_after >= 0)
            for (const auto& a : kAddedHouseholds)
                out.added.push_back(
                    read_rows(server, a.table, door_list_table(a.table).columns, a.where, households_after));
        return out;
    }
    // One statement, one row: the mark and each table's rows as a JSON
    // array of objects (columns in order), run once (no prepared statement
    // to make and drop: a round trip each).
    std::string query =
        "WITH ev AS (SELECT CAST(:e AS BIGINT) AS id, CAST(:after AS BIGINT) AS after)"
        " SELECT CAST(json_build_object('mark', (SELECT COUNT(*) || ':' || COALESCE(MAX(id), 0) FROM"
        " households)";
    for (const auto& t : kDoorList) {
        if (!t.tonight) continue;
        // The event is bound once, in `ev`, which every table's condition reads.
        std::string where = t.where;
        where.replace(where.find(":e"), 2, "(SELECT id FROM ev)");
        query += std::string(", '") + t.table + "', (SELECT COALESCE(json_agg(x), '[]') FROM (SELECT " + t.columns +
                 " FROM " + t.table + " WHERE " + where + ") x)";
    }
    // And the households added since the last copy of the directory, when asked.
    if (households_after >= 0)
        for (const auto& a : kAddedHouseholds) {
            std::string where = a.where;
            where.replace(where.find(":e"), 2, "(SELECT after FROM ev)");
            query += std::string(", 'added ") + a.table + "', (SELECT COALESCE(json_agg(x), '[]') FROM (SELECT " +
                     door_list_table(a.table).columns + " FROM " + a.table + " WHERE " + where + ") x)";
        }
    query += ") AS TEXT)";
    std::string text;
    server << query, soci::use(event_id, "e"), soci::use(households_after, "after"), soci::into(text);
    const auto all = nlohmann::ordered_json::parse(text);
    out.directory_mark = all.at("mark").get<std::string>();
    for (const auto& t : kDoorList)
        if (t.tonight) out.list.push_back(rows_from_json(t.table, all.at(t.table)));
    if (households_after >= 0)
        for (const auto& a : kAddedHouseholds)
            out.added.push_back(rows_from_json(a.table, all.at(std::string("added ") + a.table)));
    return out;
}

void add_households(soci::session& station, const DoorList& added) {
    for (const auto& rows : added) {
        if (rows.table != "households") continue;
        const auto id_at = std::find(rows.columns.begin(), rows.columns.end(), "id") - rows.columns.begin();
        const auto code_at = std::find(rows.columns.begin(), rows.columns.end(), "code") - rows.columns.begin();
        for (const auto& row : rows.rows) {
            // The station's own copy of a walk-in it sent (under the code the
            // server kept, or an id the server gave another family) goes
            // first; its people and arrivals with it.
            const std::string id = row.at(static_cast<std::size_t>(id_at)).value_or("");
            const std::string code = row.at(static_cast<std::size_t>(code_at)).value_or("");
            station << "DELETE FROM households WHERE id = CAST(:i AS INTEGER) OR code = :c", soci::use(id),
                soci::use(code);
        }
    }
    for (const auto& rows : added) insert_rows(station, rows);
}

void replace_door_list(soci::session& station, const DoorList& list, DoorListPart part) {
    for (const auto& e : kEmptiedOnRefresh)
        if (part == DoorListPart::Whole || e.tonight) station << "DELETE FROM " << e.table;
    for (const auto& rows : list) insert_rows(station, rows);
}

std::string directory_mark(soci::session& sql) {
    long long count = 0, last = 0;
    sql << "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM households", soci::into(count), soci::into(last);
    return std::to_string(count) + ":" + std::to_string(last);
}

void delete_household_by_code(soci::session& station, const std::string& code) {
    station << "DELETE FROM households WHERE code = :c", soci::use(code);
}

long long households_in(const DoorList& list) {
    for (const auto& rows : list)
        if (rows.table == "households") return static_cast<long long>(rows.rows.size());
    return 0;
}

long long insert_outbox_entry(soci::session& station, const OutboxEntry& e) {
    long long seq = 0;
    std::string action = to_string(e.action), state = to_string(e.state);
    int confirmed = e.new_family_confirmed ? 1 : 0;
    station << "INSERT INTO station_outbox (action, event_id, family_code, adults, children, operation_id, station,"
               " typed_at, walk_in_record, new_family_confirmed, state, pickup_code, target_operation) VALUES (:a, :e,"
               " :f, :ad, :ch, :o, :s, :t, :w, :n, :st, :p, :tg) RETURNING seq",
        soci::use(action), soci::use(e.event_id), soci::use(e.family_code), soci::use(e.adults), soci::use(e.children),
        soci::use(e.operation_id), soci::use(e.station), soci::use(e.typed_at), soci::use(e.walk_in_record),
        soci::use(confirmed), soci::use(state), soci::use(e.pickup_code), soci::use(e.target_operation),
        soci::into(seq);
    return seq;
}

std::vector<OutboxEntry> outbox_entries(soci::session& station) {
    std::vector<OutboxEntry> list;
    soci::rowset<soci::row> rows = (station.prepare << std::string(kOutboxColumns) + " ORDER BY seq");
    for (const auto& r : rows) list.push_back(entry_from(r));
    return list;
}

std::vector<OutboxEntry> outbox_entries(soci::session& station, OutboxState state) {
    std::vector<OutboxEntry> list;
    std::string wanted = to_string(state);
    soci::rowset<soci::row> rows =
        (station.prepare << std::string(kOutboxColumns) + " WHERE state = :s ORDER BY seq", soci::use(wanted));
    for (const auto& r : rows) list.push_back(entry_from(r));
    return list;
}

void mark_outbox_entry(soci::session& station, long long seq, OutboxState state, const Text& said,
                       const std::string& sent_at) {
    std::string s = to_string(state), outcome = stored_text(said);
    station << "UPDATE station_outbox SET state = :s, outcome = :o, sent_at = :t WHERE seq = :q", soci::use(s),
        soci::use(outcome), soci::use(sent_at), soci::use(seq);
}

}  // namespace fn::store

namespace fn::store {

bool outbox_has_operation(soci::session& station, const std::string& operation_id) {
    int n = 0;
    station << "SELECT COUNT(*) FROM station_outbox WHERE operation_id = :o", soci::use(operation_id), soci::into(n);
    return n > 0;
}

int count_outbox(soci::session& station, OutboxState state) {
    int n = 0;
    std::string s = to_string(state);
    station << "SELECT COUNT(*) FROM station_outbox WHERE state = :s", soci::use(s), soci::into(n);
    return n;
}

void defer_waiting(soci::session& station) {
    station << "UPDATE station_outbox SET deferred = 1 WHERE state = 'waiting'";
}

void confirm_new_family_in_outbox(soci::session& station, long long seq, const Text& said) {
    const std::string outcome = stored_text(said);
    station << "UPDATE station_outbox SET new_family_confirmed = 1, state = 'waiting', outcome = :o, sent_at = ''"
               " WHERE seq = :q",
        soci::use(outcome), soci::use(seq);
}

void recode_outbox(soci::session& station, const std::string& from, const std::string& to) {
    station << "UPDATE station_outbox SET family_code = :t WHERE family_code = :f AND state = 'waiting'", soci::use(to),
        soci::use(from);
}

void begin_savepoint(soci::session& sql) { sql << "SAVEPOINT station_entry"; }
void rollback_to_savepoint(soci::session& sql) {
    sql << "ROLLBACK TO SAVEPOINT station_entry";
    sql << "RELEASE SAVEPOINT station_entry";
}
void release_savepoint(soci::session& sql) { sql << "RELEASE SAVEPOINT station_entry"; }

}  // namespace fn::store
