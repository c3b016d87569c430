#include "io/roster_languages.h"

#include <map>

#include "core/text.h"

namespace fn::io {

std::optional<std::string> language_code(const std::string& name_or_code) {
    // Folded names (accents and case removed) as rosters write them.
    static const std::map<std::string, std::string> names{
        {"english", "en"}, {"eng", "en"}, {"spanish", "es"}, {"espanol", "es"}, {"spa", "es"},
        {"vietnamese", "vi"}, {"tieng viet", "vi"}, {"vie", "vi"}, {"chinese", "zh"}, {"mandarin", "zh"},
        {"cantonese", "zh"}, {"chinese mandarin", "zh"}, {"chinese cantonese", "zh"}, {"zho", "zh"},
        {"中文", "zh"}, {"普通话", "zh"}, {"haitian creole", "ht"}, {"creole", "ht"}, {"kreyol", "ht"},
        {"kreyol ayisyen", "ht"}, {"hat", "ht"}, {"portuguese", "pt"}, {"portugues", "pt"}, {"por", "pt"},
        {"russian", "ru"}, {"русский", "ru"}, {"rus", "ru"}, {"somali", "so"}, {"af soomaali", "so"},
        {"som", "so"}, {"tagalog", "tl"}, {"filipino", "tl"}, {"tgl", "tl"}, {"arabic", "ar"}, {"ara", "ar"},
        {"french", "fr"}, {"francais", "fr"}, {"korean", "ko"}, {"hmong", "hmn"}, {"amharic", "am"},
        {"nepali", "ne"}, {"karen", "kar"}, {"burmese", "my"}, {"ukrainian", "uk"}, {"dari", "prs"},
        {"pashto", "ps"}, {"swahili", "sw"}, {"urdu", "ur"}, {"hindi", "hi"}, {"bengali", "bn"},
        {"japanese", "ja"}, {"polish", "pl"}, {"punjabi", "pa"}, {"khmer", "km"}, {"lao", "lo"},
    };
    std::string folded = trim(fold_for_search(name_or_code));
    if (auto it = names.find(folded); it != names.end()) return it->second;
    static const char* codes[] = {"en", "es", "vi", "zh", "ht", "pt", "ru", "so", "tl", "ar", "fr", "ko", "hmn",
                                  "am", "ne", "kar", "my", "uk", "prs", "ps", "sw", "ur", "hi", "bn", "ja", "pl",
                                  "pa", "km", "lo"};
    for (const char* code : codes)
        if (folded == code) return folded;
    return std::nullopt;
}

}  // namespace fn::io
