#include "store/connection_string.h"

#include <array>
#include <cctype>
#include <charconv>
#include <regex>
#include <string_view>

#include "core/errors.h"
#include "core/text_message.h"

namespace fn::store {

namespace {

constexpr std::string_view kSqlitePrefix = "sqlite3://";

bool is_postgresql_uri(const std::string& s) {
    return s.rfind("postgresql://", 0) == 0 || s.rfind("postgres://", 0) == 0;
}

// libpq's key=value form: the first word is one of its keywords.
bool is_libpq_keywords(const std::string& s) {
    static const std::array<std::string_view, 8> keywords{
        "host=", "hostaddr=", "port=", "dbname=", "user=", "service=", "sslmode=", "password="};
    std::size_t start = s.find_first_not_of(' ');
    if (start == std::string::npos) return false;
    for (auto k : keywords)
        if (s.compare(start, k.size(), k) == 0) return true;
    return false;
}

}  // namespace

ConnectionTarget parse_connection_string(const std::string& connection) {
    if (is_postgresql_uri(connection) || is_libpq_keywords(connection))
        return {ConnectionTarget::Backend::Postgresql, connection};
    std::string path = connection.rfind(kSqlitePrefix, 0) == 0 ? connection.substr(kSqlitePrefix.size()) : connection;
    if (path.empty()) throw Error(tr("the database connection string names no file"));
    if (path.find("://") != std::string::npos)
        throw Error(tr("unknown database kind in {0}; use sqlite3://PATH, a file path or postgresql://SERVER/DATABASE",
                       {quoted(connection)}));
    if (path.find('"') != std::string::npos) throw Error(tr("database file names cannot contain a double quote"));
    return {ConnectionTarget::Backend::Sqlite3, path};
}

namespace {
// 'value' with \ and ' escaped, as libpq's key=value parser reads it.
std::string libpq_value(const std::string& value) {
    std::string out = "'";
    for (char c : value) {
        if (c == '\\' || c == '\'') out += '\\';
        out += c;
    }
    return out + "'";
}
}  // namespace

std::string postgresql_connection(const std::string& server, const std::string& port, const std::string& database,
                                  const std::string& user) {
    if (server.empty()) throw ValidationError(tr("Server"), tr("give the server's name or address"));
    if (database.empty()) throw ValidationError(tr("Database"), tr("give the database's name"));
    std::string s = "host=" + libpq_value(server);
    if (!port.empty()) {
        int number = 0;
        auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), number);
        if (ec != std::errc() || end != port.data() + port.size() || number < 1 || number > 65535)
            throw ValidationError(tr("Port"), tr("{0} is not a port number (1 to 65535)", {quoted(port)}));
        s += " port=" + std::to_string(number);
    }
    s += " dbname=" + libpq_value(database);
    if (!user.empty()) s += " user=" + libpq_value(user);
    return s;
}

std::string percent_encoded(const std::string& value) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : value) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string with_password(const std::string& connection, const std::string& password) {
    // URIs take key=value parameters after '?'.
    if (is_postgresql_uri(connection))
        return connection + (connection.find('?') == std::string::npos ? "?" : "&") +
               "password=" + percent_encoded(password);
    return connection + " password=" + libpq_value(password);
}

std::string without_password(const std::string& connection) {
    if (!is_postgresql_uri(connection) && !is_libpq_keywords(connection)) return connection;
    // URI: postgresql://user:secret@host/db -> postgresql://user@host/db
    static const std::regex uri_password(R"(^(postgres(?:ql)?://[^:/@?]*):[^@/?]*@)");
    // URI parameter: ?password=secret&... or &password=secret
    static const std::regex query_password(R"(([?&])password=[^&]*&?)");
    // key=value: password=secret or password='se cret'
    static const std::regex key_password(R"((^|\s+)password\s*=\s*('([^'\\]|\\.)*'|\S*))");
    std::string s = std::regex_replace(connection, uri_password, "$1@");
    s = std::regex_replace(s, query_password, "$1");
    if (!s.empty() && (s.back() == '?' || s.back() == '&')) s.pop_back();
    s = std::regex_replace(s, key_password, "");
    auto first = s.find_first_not_of(' ');
    return first == std::string::npos ? std::string() : s.substr(first);
}

}  // namespace fn::store
