#pragma once
// Which way a language is written, for laying out a whole column of it
// (lines within a line are ordered by FriBidi in PdfDocument).
#include <string>

namespace fn::reports {

// True for Arabic, Farsi, Urdu, Hebrew, Pashto... (ICU's likely script).
bool writes_right_to_left(const std::string& language);

}  // namespace fn::reports
