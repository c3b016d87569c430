#include "cli/context.h"

#include <iostream>

#include "core/errors.h"
#include "ops/household_ops.h"
#include "store/people_store.h"

namespace fn::cli {

store::Database& Context::db() {
    if (!db_) db_.emplace(store::Database::open(db_path));
    return *db_;
}

void Context::emit(const nlohmann::json& data, const std::string& human) const {
    if (json) std::cout << data.dump(2) << "\n";
    else std::cout << human << (human.empty() || human.back() == '\n' ? "" : "\n");
}

Household Context::household(const std::string& code_or_id) {
    if (!code_or_id.empty() && code_or_id[0] == '#') {
        try {
            return ops::load_household(db(), std::stoll(code_or_id.substr(1)));
        } catch (const std::invalid_argument&) {
            throw ValidationError("family", "'" + code_or_id + "' is not #ID or a family code");
        }
    }
    auto h = ops::find_by_family_code(db(), code_or_id);
    if (!h) throw NotFoundError("no family with code '" + code_or_id + "'; try: familynight-cli family search NAME");
    return *h;
}

Id Context::person(const std::string& id_or_name) {
    bool numeric = !id_or_name.empty() && id_or_name.find_first_not_of("0123456789") == std::string::npos;
    if (numeric) {
        Id id = std::stoll(id_or_name);
        if (!store::find_person(db().sql(), id)) throw NotFoundError("no person with id " + id_or_name);
        return id;
    }
    auto p = store::find_person_by_name(db().sql(), id_or_name);
    if (!p) throw NotFoundError("no person named '" + id_or_name + "'; add them with: familynight-cli person add");
    return p->id;
}

std::pair<std::string, std::string> split_pair(const std::string& option, const std::string& text, char sep) {
    auto at = text.find(sep);
    if (at == std::string::npos || at == 0)
        throw ValidationError(option, "'" + text + "' should look like KEY" + std::string(1, sep) + "VALUE");
    return {text.substr(0, at), text.substr(at + 1)};
}

}  // namespace fn::cli
