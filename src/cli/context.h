#pragma once
// What every CLI command shares: the database (opened on first use), the
// output mode, and lookups from what people type to stored rows.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/household.h"
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

    // A household by family code (as printed) or by "#ID".
    Household household(const std::string& code_or_id);
    // A person by id or exact name.
    Id person(const std::string& id_or_name);

private:
    std::optional<store::Database> db_;
};

// A password from the first line of stdin (from_stdin, for scripts) or typed
// at the terminal without echo after `prompt`. Never an option: options end
// up in the shell's history and in `ps`.
std::string read_password(bool from_stdin, const std::string& prompt);

// "es=Noche de lectura" -> {"es", "Noche de lectura"}
std::pair<std::string, std::string> split_pair(const std::string& option, const std::string& text, char sep = '=');

}  // namespace fn::cli
