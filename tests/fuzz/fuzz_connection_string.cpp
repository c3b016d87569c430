// What a user types as --db or in File > Connect: a file, sqlite3://PATH,
// postgresql://USER:PASSWORD@HOST/DB or "host=... dbname=...". Parsed or
// refused in words; the password never survives without_password().
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/errors.h"
#include "store/connection_string.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string typed(reinterpret_cast<const char*>(data), size);
    try {
        auto target = fn::store::parse_connection_string(typed);
        (void)fn::store::without_password(target.location);
    } catch (const fn::Error&) {}
    return 0;
}
