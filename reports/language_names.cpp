#include "reports/language_names.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace fn::reports {

std::string language_name(const std::string& code) {
    icu::UnicodeString name;
    icu::Locale(code.c_str()).getDisplayName(icu::Locale::getEnglish(), name);
    std::string out;
    name.toUTF8String(out);
    // ICU gives the code back when it knows no name for it.
    return out.empty() || out == code ? code : out + " (" + code + ")";
}

std::string language_name_in(const std::string& code, const std::string& in_language) {
    icu::UnicodeString name;
    icu::Locale(code.c_str()).getDisplayLanguage(icu::Locale(in_language.c_str()), name);
    std::string out;
    name.toUTF8String(out);
    return out.empty() ? code : out;
}

}  // namespace fn::reports
