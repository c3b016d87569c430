// A roster file of any shape (an SIS export, a hand-made sheet, garbage):
// parse_roster either returns families or throws fn::Error with the rows'
// problems, never crashes, hangs or reads out of bounds.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/errors.h"
#include "io/roster_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        auto file = fn::io::parse_roster(text, "fuzz.csv", fn::io::ColumnMapping{}, "2026-12-07");
        (void)file;
    } catch (const fn::Error&) {
        // A refusal in words is the right answer to a bad file.
    }
    return 0;
}
