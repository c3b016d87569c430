#include "store/access.h"

#include <soci/soci.h>

#include <map>
#include <mutex>

namespace fn::store {

namespace {

// Keyed by connection: the app's window and its worker threads each have one.
std::mutex registry_lock;
std::map<const soci::session*, Access>& registry() {
    static std::map<const soci::session*, Access> accesses;
    return accesses;
}
std::map<const soci::session*, std::string>& logins() {
    static std::map<const soci::session*, std::string> names;
    return names;
}

}  // namespace

void remember_login(soci::session& sql, const std::string& login) {
    std::lock_guard<std::mutex> hold(registry_lock);
    logins()[&sql] = login;
}

std::string server_login(soci::session& sql) {
    {
        std::lock_guard<std::mutex> hold(registry_lock);
        if (auto it = logins().find(&sql); it != logins().end()) return it->second;
    }
    std::string login;
    if (sql.get_backend_name() == "postgresql") sql << "SELECT CAST(current_user AS text)", soci::into(login);
    return login;
}

Access access_of(soci::session& sql) {
    std::lock_guard<std::mutex> hold(registry_lock);
    auto it = registry().find(&sql);
    return it == registry().end() ? Access::Coordinator : it->second;
}

void remember_access(soci::session& sql, Access access) {
    std::lock_guard<std::mutex> hold(registry_lock);
    registry()[&sql] = access;
}

void forget_access(soci::session& sql) {
    std::lock_guard<std::mutex> hold(registry_lock);
    registry().erase(&sql);
    logins().erase(&sql);
}

std::string contact_column(soci::session& sql, const std::string& column) {
    return access_of(sql) == Access::Coordinator ? column : "''";
}

}  // namespace fn::store
