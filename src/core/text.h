#pragma once
// Text rules shared by every layer: what a stored name may contain, and how
// names are folded so that "nunez" finds "Núñez" and "tran" finds "Trần".
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/text_message.h"

namespace fn {

// Throws ValidationError(field, why) unless `value` is valid UTF-8 without
// control characters or bidi override/isolate controls (which can make a
// printed name read differently from what was typed), and at most
// `max_chars` code points. Empty text is allowed unless `required`.
void check_text(const Text& field, std::string_view value, std::size_t max_chars, bool required = false);

// Same as check_text but allows line breaks and tabs (notes, descriptions).
void check_multiline_text(const Text& field, std::string_view value, std::size_t max_chars);

bool is_valid_utf8(std::string_view s);
std::size_t utf8_length(std::string_view s);

// Lower-case, accents removed, compatibility forms unified (NFKD + strip marks
// + case fold), Vietnamese "đ" to "d". Input must be valid UTF-8.
std::string fold_for_search(std::string_view s);

// Folded words of a name: apostrophes dropped ("O'Brien" -> "obrien"),
// split at spaces, hyphens and punctuation. Used to index and to query.
std::vector<std::string> search_tokens(std::string_view s);

// True when every typed (folded) word starts some word of the name made of
// `parts`, its words as search_tokens makes them ("ob" starts "O'Brien").
// Without copying ASCII names: the door asks it of thirty rows a keystroke.
bool words_start_name(const std::vector<std::string>& typed, std::initializer_list<std::string_view> parts);

// Unicode composed form (NFC): "e" + combining acute becomes "é".
std::string to_nfc(std::string_view s);

std::string trim(std::string_view s);

// "4,7" -> {4, 7}, as typed on a slip or a command line; throws
// ValidationError naming `field` for anything else.
std::vector<int> parse_int_list(const Text& field, const std::string& text);

// Keeps digits only ("(555) 010-2345" -> "5550102345"), to compare phones.
std::string digits_only(std::string_view s);

}  // namespace fn
