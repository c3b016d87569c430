// Dates and times as people type them ("7:30 pm", "12/10/2026", "10.12."):
// read or refused, and what is read is always a valid date or time.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/typed_time.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string typed(reinterpret_cast<const char*>(data), size);
    for (auto order : {fn::date_order_of("en"), fn::date_order_of("es")})
        if (auto date = fn::read_typed_date(typed, order))
            if (date->size() != 10 || (*date)[4] != '-' || (*date)[7] != '-') std::abort();  // YYYY-MM-DD
    if (auto time = fn::read_typed_time(typed))
        if (time->size() != 5 || (*time)[2] != ':') std::abort();  // HH:MM
    return 0;
}
