// A roster's language cell as people type it ("Farsi", "Español", "fa-AF",
// "01", "中文"): a code or nothing, never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/languages.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string typed(reinterpret_cast<const char*>(data), size);
    // What is read is a code a household can hold: 2-8 lower-case letters or "-".
    if (auto code = fn::language_code(typed)) {
        if (code->size() < 2 || code->size() > 8) std::abort();
        for (char c : *code)
            if (!((c >= 'a' && c <= 'z') || c == '-')) std::abort();
    }
    return 0;
}
