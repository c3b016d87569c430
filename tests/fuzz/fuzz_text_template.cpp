// A message template with numbered places, as a translator or a school's
// own wording writes it ("{0} de {1}", a lone "{", "{9}" with two values):
// filled without crashing, a place with no value left as it was typed.
// The first line of the input is the template, the rest its values.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/text_list.h"
#include "core/text_message.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    const auto newline = input.find('\n');
    const std::string format = input.substr(0, newline);
    std::vector<fn::Text> values;
    if (newline != std::string::npos)
        for (const auto& word : fn::split_words(input.substr(newline + 1))) values.push_back(fn::Text(word));
    // The fuzzed template stands in for a translation of the English one.
    fn::Text text = fn::tr("{0} of {1}", values);
    (void)text.fill([&](const std::string&) { return format; });
    (void)fn::split_ints(format);
    return 0;
}
