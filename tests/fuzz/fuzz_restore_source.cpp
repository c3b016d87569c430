// A file given to `db restore` (or the app's Restore): any bytes, a damaged
// backup, another program's database. Opening it as a working copy, as the
// restore does before anything is replaced, either succeeds (a FamilyNight
// database, brought to this version's schema) or throws fn::Error in words,
// never crashes or reads out of bounds.
#include <stdlib.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/errors.h"
#include "store/database.h"

namespace {
const std::filesystem::path& folder() {
    static const std::filesystem::path made = [] {
        char name[] = "/tmp/fuzz-restore-XXXXXX";
        return std::filesystem::path(mkdtemp(name));
    }();
    return made;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string file = (folder() / "backup.db").string();
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(file + suffix);
    std::ofstream(file, std::ios::binary)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    try {
        auto db = fn::store::Database::open(file, fn::store::OpenMode::WorkingCopy);
        (void)db;
    } catch (const fn::Error&) {
        // Not a backup FamilyNight can restore: said in words.
    }
    return 0;
}
