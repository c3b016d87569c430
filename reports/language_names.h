#pragma once
// A language's name for the school's own documents: "Haitian Creole (ht)"
// rather than a bare code, from ICU's locale data.
#include <string>

namespace fn::reports {

std::string language_name(const std::string& code);

}  // namespace fn::reports
