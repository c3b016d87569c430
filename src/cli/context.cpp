#include "cli/context.h"

#include <CLI/CLI.hpp>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <iostream>
#include <set>

#include "core/errors.h"
#include "ops/household_ops.h"
#include "ops/volunteer_ops.h"

namespace fn::cli {

namespace {

// Commands that only read: listing, showing, searching, counting, printing
// and exporting, and copying from a database.
bool only_reads(const CLI::App* app) {
    static const std::set<std::string> reading_leaves{"list",   "show",    "search",  "log", "board",
                                                      "counts", "backups", "history", "due", "coverage",
                                                      "hours",  "reach",   "ledger"};
    static const std::set<std::string> reading_groups{"print", "export"};
    std::vector<std::string> chain;
    for (const CLI::App* at = app; at;) {
        auto parsed = at->get_subcommands();
        if (parsed.empty()) break;
        at = parsed.front();
        chain.push_back(at->get_name());
    }
    if (chain.empty()) return false;
    if (reading_leaves.count(chain.back())) return true;
    return std::any_of(chain.begin(), chain.end(), [](const std::string& c) { return reading_groups.count(c) > 0; });
}

}  // namespace

store::Database& Context::db() {
    if (db_) return *db_;
    const auto mode = only_reads(app) ? store::OpenMode::MustExist : store::OpenMode::CreateIfMissing;
    try {
        db_.emplace(store::Database::open(db_path, mode));
        // Said once, before the command's own output (a skipped daily backup).
        if (!db_->open_note().empty()) std::cerr << "familynight-cli: note: " << db_->open_note().english() << "\n";
    } catch (const PasswordNeededError&) {
        // A shared database whose password is not in ~/.pgpass: asked at the
        // terminal, kept for this command only.
        if (!::isatty(STDIN_FILENO)) throw;
        std::string password =
            read_password(false, "Password for " + store::without_password(db_path) + " (not saved): ");
        if (password.empty()) throw;
        db_.emplace(store::Database::open(store::with_password(db_path, password), mode));
    }
    return *db_;
}

std::string read_password(bool from_stdin, const std::string& prompt) {
    std::string password;
    if (!from_stdin) {
        if (!::isatty(STDIN_FILENO))
            throw ValidationError(tr("password"), tr("type it at a terminal, or give --password-stdin"));
        std::cerr << prompt << std::flush;
        termios before{};
        ::tcgetattr(STDIN_FILENO, &before);
        termios hidden = before;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
        std::getline(std::cin, password);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &before);
        std::cerr << "\n";
    } else {
        std::getline(std::cin, password);
    }
    if (!password.empty() && password.back() == '\r') password.pop_back();
    return password;
}

void Context::emit(const nlohmann::json& data, const std::string& human) const {
    if (json)
        std::cout << data.dump(2) << "\n";
    else
        std::cout << human << (human.empty() || human.back() == '\n' ? "" : "\n");
}

Household Context::household(const std::string& code_or_id) { return household(code_or_id, db()); }

Household Context::household(const std::string& code_or_id, store::Database& in) {
    if (!code_or_id.empty() && code_or_id[0] == '#') {
        // All of it a number that fits: "#1abc" is not household 1.
        Id id = 0;
        const char* first = code_or_id.data() + 1;
        const char* last = code_or_id.data() + code_or_id.size();
        auto [end, ec] = std::from_chars(first, last, id);
        if (ec != std::errc() || end != last || first == last || id <= 0)
            throw ValidationError(tr("family"),
                                  tr("{0} is not #ID (a household number) or a family code", {quoted(code_or_id)}));
        return ops::load_household(in, id);
    }
    auto h = ops::find_by_family_code(in, code_or_id);
    if (!h)
        throw NotFoundError(
            tr("no family with code {0}; try: familynight-cli family search NAME", {quoted(code_or_id)}));
    return *h;
}

std::string Context::door_station_path(Id event_id, const std::string& station) const {
    return ops::station_file_path(station, db_path, event_id);
}

std::optional<ops::DoorStation> Context::door_station(Id event_id, const std::string& station) {
    std::string path = door_station_path(event_id, station);
    if (!std::filesystem::exists(path)) return std::nullopt;
    return ops::DoorStation::open(path, db_path, event_id, station, false);
}

ops::SyncReport Context::send_outbox(ops::DoorStation& station) {
    try {
        return ops::sync_station(db(), station);
    } catch (const ServerUnreachableError& gone) {
        ops::note_server_unreachable(station);
        ops::SyncReport report;
        report.reached = false;
        report.problem = gone.what();
        report.waiting = station.waiting();
        return report;
    }
}

int exit_code_for(const std::exception& e) {
    if (dynamic_cast<const OperationReusedError*>(&e)) return kExitOperationReused;
    if (dynamic_cast<const ValidationError*>(&e)) return kExitBadInput;
    if (dynamic_cast<const NotFoundError*>(&e)) return kExitNotFound;
    if (dynamic_cast<const ConflictError*>(&e) || dynamic_cast<const BusyError*>(&e)) return kExitConflict;
    if (dynamic_cast<const ServerUnreachableError*>(&e)) return kExitServerUnreachable;
    if (dynamic_cast<const DiskFullError*>(&e)) return kExitDiskFull;
    if (dynamic_cast<const NotAllowedError*>(&e)) return kExitNotAllowed;
    return 1;
}

Id Context::person(const std::string& id_or_name) {
    bool numeric = !id_or_name.empty() && id_or_name.find_first_not_of("0123456789") == std::string::npos;
    if (numeric) {
        Id id = 0;
        auto [end, ec] = std::from_chars(id_or_name.data(), id_or_name.data() + id_or_name.size(), id);
        // Too long to be anyone's id: nobody has it (not "unexpected error: stoll").
        if (ec != std::errc() || !ops::find_person(db(), id))
            throw NotFoundError(tr("no person with id {0}", {id_or_name}));
        return id;
    }
    auto p = ops::find_person_by_name(db(), id_or_name);
    if (!p)
        throw NotFoundError(tr("no person named {0}; add them with: familynight-cli person add", {quoted(id_or_name)}));
    return p->id;
}

std::pair<std::string, std::string> split_pair(const std::string& option, const std::string& text, char sep) {
    auto at = text.find(sep);
    if (at == std::string::npos || at == 0)
        throw ValidationError(Text(option),
                              tr("{0} should look like KEY{1}VALUE", {quoted(text), std::string(1, sep)}));
    return {text.substr(0, at), text.substr(at + 1)};
}

}  // namespace fn::cli
