// A OneRoster export of any shape (a vendor's folder, a hand-edited one,
// garbage): the input is split at NUL bytes into users.csv, enrollments.csv,
// classes.csv and demographics.csv in a folder of its own, or read as a zip
// when it starts like one. read_oneroster either returns rows or throws
// fn::Error (RosterError for the rows' problems), never crashes, hangs or
// reads out of bounds.
#include <stdlib.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/errors.h"
#include "io/oneroster_reader.h"

namespace {
const std::filesystem::path& folder() {
    static const std::filesystem::path made = [] {
        char name[] = "/tmp/fuzz-oneroster-XXXXXX";
        return std::filesystem::path(mkdtemp(name));
    }();
    return made;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    const std::filesystem::path& dir = folder();
    std::filesystem::remove_all(dir / "export");
    std::filesystem::create_directories(dir / "export");
    std::string path;
    if (input.rfind("PK", 0) == 0) {
        path = (dir / "export" / "oneroster.zip").string();
        std::ofstream(path, std::ios::binary) << input;
    } else {
        static const char* const kFiles[] = {"users.csv", "enrollments.csv", "classes.csv", "demographics.csv"};
        std::size_t start = 0;
        for (const char* name : kFiles) {
            if (start > input.size()) break;
            std::size_t end = input.find('\0', start);
            if (end == std::string::npos) end = input.size();
            std::ofstream(dir / "export" / name, std::ios::binary) << input.substr(start, end - start);
            start = end + 1;
        }
        path = (dir / "export").string();
    }
    try {
        auto file = fn::io::read_oneroster(path);
        (void)file;
    } catch (const fn::Error&) {
        // A refusal in words is the right answer to a bad export.
    }
    return 0;
}
