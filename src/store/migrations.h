#pragma once
#include <string>
#include <vector>

namespace fn::store {

// One schema step. Never edit a migration that has shipped: add a new one.
struct Migration {
    int version;
    std::vector<std::string> statements;  // one SQL statement each
};

const std::vector<Migration>& sqlite_migrations();

}  // namespace fn::store
