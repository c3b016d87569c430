#pragma once
// A language's name for the school's own documents: "Haitian Creole (ht)"
// rather than a bare code, from ICU's locale data.
#include <string>

namespace fn::reports {

std::string language_name(const std::string& code);
// A language's name as a reader of `in_language` writes it, for families'
// papers: "inglés" for en in Spanish, "英语" in Chinese; the code when ICU
// knows no name.
std::string language_name_in(const std::string& code, const std::string& in_language);

}  // namespace fn::reports
