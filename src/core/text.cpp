#include "core/text.h"

#include <utf8proc.h>

#include <cstdlib>
#include <algorithm>
#include <memory>

#include "core/errors.h"

namespace fn {
namespace {

// Calls fn(codepoint) for each code point; returns false on invalid UTF-8.
template <typename Fn>
bool for_each_codepoint(std::string_view s, Fn&& fn) {
    auto p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
    while (left > 0) {
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
        if (n <= 0 || cp < 0) return false;
        fn(cp);
        p += n;
        left -= n;
    }
    return true;
}

bool is_bidi_control(utf8proc_int32_t cp) { return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069); }

bool is_ascii(std::string_view s) {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}

void check(const Text& f, std::string_view value, std::size_t max_chars, bool required, bool multiline) {
    if (is_ascii(value)) {  // the common case, without decoding
        for (unsigned char c : value)
            if ((c < 0x20 || c == 0x7F) && !(multiline && (c == '\n' || c == '\r' || c == '\t')))
                throw ValidationError(f, tr("contains a control character (code {0})", {int(c)}));
        if (value.size() > max_chars)
            throw ValidationError(f, tr("is {0} characters long; the limit is {1}",
                                        {static_cast<long long>(value.size()), static_cast<long long>(max_chars)}));
        if (required && trim(value).empty()) throw ValidationError(f, tr("is required"));
        return;
    }
    if (!is_valid_utf8(value)) throw ValidationError(f, tr("is not valid UTF-8 text"));
    std::size_t count = 0;
    for_each_codepoint(value, [&](utf8proc_int32_t cp) {
        ++count;
        bool allowed_break = multiline && (cp == '\n' || cp == '\r' || cp == '\t');
        if (!allowed_break && utf8proc_category(cp) == UTF8PROC_CATEGORY_CC)
            throw ValidationError(f, tr("contains a control character (code {0})", {int(cp)}));
        if (is_bidi_control(cp))
            throw ValidationError(f, tr("contains a bidirectional override character, which can make "
                                        "printed text read differently from what was typed"));
    });
    if (count > max_chars)
        throw ValidationError(f, tr("is {0} characters long; the limit is {1}",
                                    {static_cast<long long>(count), static_cast<long long>(max_chars)}));
    // Made only of no-break, zero-width or other invisible spaces: nothing
    // would print, so nothing was given.
    bool visible = false;
    for_each_codepoint(value, [&](utf8proc_int32_t cp) {
        auto category = utf8proc_category(cp);
        visible = visible || !(category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_ZL ||
                               category == UTF8PROC_CATEGORY_ZP || category == UTF8PROC_CATEGORY_CC ||
                               category == UTF8PROC_CATEGORY_CF);
    });
    if (required && !visible) throw ValidationError(f, tr("is required (only invisible spaces were given)"));
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
    return for_each_codepoint(s, [](utf8proc_int32_t) {});
}

std::size_t utf8_length(std::string_view s) {
    std::size_t n = 0;
    for_each_codepoint(s, [&](utf8proc_int32_t) { ++n; });
    return n;
}

void check_text(const Text& field, std::string_view value, std::size_t max_chars, bool required) {
    check(field, value, max_chars, required, false);
}

void check_multiline_text(const Text& field, std::string_view value, std::size_t max_chars) {
    check(field, value, max_chars, false, true);
}

std::string fold_for_search(std::string_view s) {
    if (is_ascii(s)) {  // most names and addresses: lower-casing is the whole fold
        std::string out(s);
        for (auto& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return out;
    }
    utf8proc_uint8_t* out = nullptr;
    auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                                  UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                      static_cast<utf8proc_ssize_t>(s.size()), &out, options);
    if (n < 0) throw Error(tr("cannot fold text for search: {0}", {std::string(utf8proc_errmsg(n))}));
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
    std::string folded(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
    // Stroked letters have no decomposition; fold the common ones by hand.
    static const std::pair<std::string_view, std::string_view> strokes[] = {
        {"\xC4\x91", "d"},   // đ (Vietnamese)
        {"\xC3\xB8", "o"},   // ø
        {"\xC5\x82", "l"},   // ł
        {"\xC3\x9F", "ss"},  // ß (case fold already maps it, kept for safety)
    };
    for (const auto& [from, to] : strokes) {
        for (std::size_t pos = folded.find(from); pos != std::string::npos; pos = folded.find(from, pos)) {
            folded.replace(pos, from.size(), to);
            pos += to.size();
        }
    }
    return folded;
}

std::vector<std::string> search_tokens(std::string_view s) {
    std::string folded = fold_for_search(s);
    std::vector<std::string> tokens;
    std::string current;
    auto flush = [&] {
        if (!current.empty()) tokens.push_back(std::move(current));
        current.clear();
    };
    if (is_ascii(folded)) {  // most names: the same rules, byte by byte (run on every keystroke at the door)
        for (char c : folded) {
            if (c == '\'') continue;
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                current.push_back(c);
            else
                flush();
        }
        flush();
        return tokens;
    }
    for_each_codepoint(folded, [&](utf8proc_int32_t cp) {
        if (cp == '\'' || cp == 0x2019) return;  // O'Brien -> obrien
        bool word;
        if (cp < 0x80) {
            word = (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');  // folded: no upper case left
        } else {
            auto cat = utf8proc_category(cp);
            word = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                   (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
        }
        if (!word) {
            flush();
            return;
        }
        utf8proc_uint8_t buf[4];
        auto len = utf8proc_encode_char(cp, buf);
        current.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(len));
    });
    flush();
    return tokens;
}

namespace {

// search_tokens' ASCII rules applied in place: does `typed` start some word
// of `name` (ASCII, not yet folded)?
bool starts_ascii_word(std::string_view typed, std::string_view name) {
    auto is_word = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'';
    };
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    for (std::size_t at = 0; at < name.size();) {
        if (!is_word(name[at])) {
            ++at;
            continue;
        }
        std::size_t matched = 0;  // of `typed`, along this word, apostrophes skipped
        for (; at < name.size() && is_word(name[at]); ++at)
            if (name[at] != '\'' && matched < typed.size())
                matched = lower(name[at]) == typed[matched] ? matched + 1 : std::string_view::npos;
        if (matched == typed.size()) return true;
    }
    return false;
}

}  // namespace

bool words_start_name(const std::vector<std::string>& typed, std::initializer_list<std::string_view> parts) {
    if (typed.empty()) return false;
    if (std::all_of(parts.begin(), parts.end(), [](std::string_view p) { return is_ascii(p); }))
        return std::all_of(typed.begin(), typed.end(), [&](const std::string& t) {
            return !t.empty() &&
                   std::any_of(parts.begin(), parts.end(), [&](std::string_view p) { return starts_ascii_word(t, p); });
        });
    std::vector<std::string> words;
    for (auto part : parts)
        for (auto& w : search_tokens(part)) words.push_back(std::move(w));
    return std::all_of(typed.begin(), typed.end(), [&](const std::string& t) {
        return std::any_of(words.begin(), words.end(),
                           [&](const std::string& w) { return w.compare(0, t.size(), t) == 0; });
    });
}

std::string to_nfc(std::string_view s) {
    if (is_ascii(s)) return std::string(s);
    utf8proc_uint8_t* out = nullptr;
    auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                      static_cast<utf8proc_ssize_t>(s.size()), &out, options);
    if (n < 0) throw Error(tr("cannot normalise text: {0}", {std::string(utf8proc_errmsg(n))}));
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

std::string trim(std::string_view s) {
    const char* ws = " \t\r\n";
    auto b = s.find_first_not_of(ws);
    if (b == std::string_view::npos) return {};
    auto e = s.find_last_not_of(ws);
    return std::string(s.substr(b, e - b + 1));
}

std::vector<int> parse_int_list(const Text& option, const std::string& text) {
    std::vector<int> out;
    std::size_t start = 0;
    while (start <= text.size() && !trim(text).empty()) {
        auto comma = text.find(',', start);
        std::string item = trim(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        try {
            std::size_t used = 0;
            int v = std::stoi(item, &used);
            if (used != item.size()) throw std::invalid_argument(item);
            out.push_back(v);
        } catch (const std::exception&) {
            throw ValidationError(option, tr("{0} is not a list of whole numbers like 4,7", {quoted(text)}));
        }
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

std::string digits_only(std::string_view s) {
    std::string d;
    for (char c : s)
        if (c >= '0' && c <= '9') d.push_back(c);
    return d;
}

}  // namespace fn
