#pragma once
// Walking a UTF-8 text character by character (utf8proc), for the places
// that look at or cut a printed text one character at a time.
#include <utf8proc.h>

#include <string>
#include <string_view>

namespace fn::reports {

// Calls each(code point, its UTF-8 bytes) in order; stops when it returns
// false or at a byte that is not UTF-8.
template <typename Each>
void for_each_char(const std::string& utf8, Each&& each) {
    auto p = reinterpret_cast<const utf8proc_uint8_t*>(utf8.data());
    auto left = static_cast<utf8proc_ssize_t>(utf8.size());
    while (left > 0) {
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
        if (n <= 0) return;
        if (!each(static_cast<char32_t>(cp),
                  std::string_view(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n))))
            return;
        p += n;
        left -= n;
    }
}

}  // namespace fn::reports
