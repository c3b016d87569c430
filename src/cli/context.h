#pragma once
// What every CLI command shares: the database (opened on first use), the
// output mode, and lookups from what people type to stored rows.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/household.h"
#include "ops/door_station.h"
#include "store/database.h"

namespace CLI {
class App;
}

namespace fn::cli {

struct Context {
    std::string db_path;
    bool json = false;
    // The parsed command line, to tell a command that only reads (which
    // never creates a database) from one that writes.
    const CLI::App* app = nullptr;

    store::Database& db();
    // Prints `data` as JSON with --json, else the human text.
    void emit(const nlohmann::json& data, const std::string& human) const;

    // A household by family code (as printed) or by "#ID", in the database
    // (default: the one the command works on).
    Household household(const std::string& code_or_id);
    Household household(const std::string& code_or_id, store::Database& in);

    // This station's door list for the event (ops/door_station.h), when
    // `door prepare` made one for this database: door commands then work
    // from it and its outbox, and never wait for the server.
    std::optional<ops::DoorStation> door_station(Id event_id, const std::string& station);
    std::string door_station_path(Id event_id, const std::string& station) const;
    // Sends the station's outbox when the server answers. An entry still
    // waiting because the server cannot be reached is not a failure: the
    // command says so and ends with kExitSavedAtStation.
    ops::SyncReport send_outbox(ops::DoorStation& station);
    // A person by id or exact name.
    Id person(const std::string& id_or_name);

private:
    std::optional<store::Database> db_;
};

// Exit codes a script can act on (besides 0 done and 1 refused or failed),
// one per kind of failure (README "Exit codes", and the man page).
inline constexpr int kExitBadInput = 2;  // a value breaks a rule (the field is named)
inline constexpr int kExitOperationReused = 3;
inline constexpr int kExitSavedAtStation = 4;
inline constexpr int kExitNotFound = 5;           // no such family, event, person or file
inline constexpr int kExitConflict = 6;           // conflicts with what is stored; or busy: try again
inline constexpr int kExitServerUnreachable = 7;  // nothing done on the server (a station keeps its outbox)
inline constexpr int kExitDiskFull = 8;
inline constexpr int kExitNotAllowed = 9;  // this login may not do it

// The exit code for a failure of this kind.
int exit_code_for(const std::exception& e);
inline constexpr const char* kExitCodesHelp =
    "Exit codes: 0 done; 1 refused or failed; 2 bad input (the field is named); 3 an operation id reused; "
    "4 saved at this door station, waiting for the server; 5 not found; 6 conflicts with what is stored, or the "
    "database is busy (try again); 7 the database server cannot be reached; 8 the disk is full; 9 this login is "
    "not allowed to do it; 100 and over: a mistyped command line.";

// Thrown after a command has said what it did, to end with this exit code.
struct ExitWith {
    int code;
};

// A password from the first line of stdin (from_stdin, for scripts) or typed
// at the terminal without echo after `prompt`. Never an option: options end
// up in the shell's history and in `ps`.
std::string read_password(bool from_stdin, const std::string& prompt);

// "es=Noche de lectura" -> {"es", "Noche de lectura"}
std::pair<std::string, std::string> split_pair(const std::string& option, const std::string& text, char sep = '=');

}  // namespace fn::cli
