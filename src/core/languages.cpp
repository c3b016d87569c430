#include "core/languages.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "core/errors.h"
#include "core/text_message.h"
#include "core/text.h"

namespace fn {
namespace {

// What rosters write that ICU does not call a language by, or the code
// FamilyNight uses where ICU has none of two letters.
const std::pair<const char*, const char*> kRosterNames[] = {
    {"farsi", "fa"},
    {"dari", "prs"},
    {"creole", "ht"},
    {"kreyol", "ht"},
    {"kreyol ayisyen", "ht"},
    {"mandarin", "zh"},
    {"cantonese", "zh"},
    {"chinese mandarin", "zh"},
    {"chinese cantonese", "zh"},
    {"普通话", "zh"},
    {"filipino", "tl"},
    {"af soomaali", "so"},
    {"hmong", "hmn"},
    {"karen", "kar"},
    {"tieng viet", "vi"},
    {"tagalog", "tl"},
};

// Names in themselves that ICU's data lacks (it falls back to English, or to
// French for Haitian Creole), as the communities write them.
const std::pair<const char*, const char*> kNamesInThemselves[] = {
    {"ht", "Kreyòl ayisyen"}, {"hmn", "Hmoob"},       {"kar", "ကညီကျိာ်"}, {"prs", "دری"},
    {"mh", "Kajin M̧ajeļ"},    {"sm", "Gagana Samoa"}, {"chk", "Chuuk"},
};

// Old codes ICU still lists beside the current ones (he, id, yi, jv, ro, sr).
bool withdrawn(std::string_view code) {
    return code == "iw" || code == "in" || code == "ji" || code == "jw" || code == "mo" || code == "sh";
}

std::string utf8(const UChar* text, int32_t length) {
    std::string out(static_cast<std::size_t>(length) * 3 + 1, '\0');
    int32_t written = 0;
    UErrorCode error = U_ZERO_ERROR;
    u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &written, text, length, &error);
    if (U_FAILURE(error)) return "";
    out.resize(static_cast<std::size_t>(written));
    return out;
}

// ICU's name of `code` in `in` ("es" in "en": "Spanish"), or "".
std::string display_name(const char* code, const char* in) {
    UChar name[160];
    UErrorCode error = U_ZERO_ERROR;
    int32_t length = uloc_getDisplayLanguage(code, in, name, 160, &error);
    // ICU answers the code itself when it has no name in that language.
    if (U_FAILURE(error) || error == U_USING_DEFAULT_WARNING || length <= 0) return "";
    return utf8(name, length);
}

// Every language ICU knows, by its name in English, in Spanish and in
// itself, folded as the search box folds ("Español", "español" and
// "ESPANOL" alike), by its two- and three-letter codes, and by the roster
// names above; made once.
const std::unordered_map<std::string, std::string>& known_names() {
    static const auto names = [] {
        std::unordered_map<std::string, std::string> m;
        auto add = [&](const std::string& name, const std::string& code) {
            std::string folded = trim(fold_for_search(name));
            if (!folded.empty()) m.emplace(folded, code);  // the first code named so keeps the name
        };
        for (const auto& [name, code] : kRosterNames) add(name, code);
        for (const char* const* c = uloc_getISOLanguages(); *c; ++c) {
            const std::string code = *c;
            if (withdrawn(code)) continue;
            add(code, code);
            if (const char* three = uloc_getISO3Language(code.c_str()); three && *three) add(three, code);
            for (const char* in : {"en", "es", code.c_str()}) add(display_name(code.c_str(), in), code);
        }
        for (const auto& [name, code] : kRosterNames) add(code, code);  // hmn, kar, prs typed as codes
        for (const auto& [code, name] : kNamesInThemselves) add(name, code);
        return m;
    }();
    return names;
}

// A BCP 47 tag (fa-AF, zh-Hant, es-419, pt_BR): its language, with a
// script where FamilyNight keeps one (zh-hant); Dari for Persian of
// Afghanistan. Nothing when the language part is not a known code.
std::optional<std::string> from_tag(const std::string& typed) {
    std::string tag = typed;
    std::replace(tag.begin(), tag.end(), '_', '-');
    auto dash = tag.find('-');
    if (dash == std::string::npos) return std::nullopt;
    std::string language = fold_for_search(tag.substr(0, dash));
    auto known = known_names().find(language);
    if (known == known_names().end() || known->second != language) return std::nullopt;
    std::string rest = fold_for_search(tag.substr(dash + 1));
    // Only script (Hant), region (AF, 419) and both: "Af-Soomaali" is a name.
    for (std::size_t start = 0; start <= rest.size();) {
        std::size_t end = std::min(rest.find('-', start), rest.size());
        if (end - start < 2 || end - start > 4) return std::nullopt;
        start = end + 1;
    }
    if (language == "fa" && (rest == "af" || rest.rfind("af-", 0) == 0)) return std::string("prs");
    if (language == "zh" && (rest.rfind("hant", 0) == 0 || rest == "tw" || rest == "hk")) return std::string("zh-hant");
    return language;
}

// The CALPADS two-digit language codes (California Department of
// Education, in use until 2023 and still in Aeries' STU.HL field), by the
// name ICU reads. 55, 66, 88 and 99 name groups, not languages.
const std::pair<int, const char*> kCalpads[] = {
    {0, "English"},    {1, "Spanish"},    {2, "Vietnamese"},  {3, "Cantonese"},    {4, "Korean"},   {5, "Tagalog"},
    {6, "Portuguese"}, {7, "Mandarin"},   {8, "Japanese"},    {9, "Khmer"},        {10, "Lao"},     {11, "Arabic"},
    {12, "Armenian"},  {13, "Burmese"},   {14, "Croatian"},   {15, "Dutch"},       {16, "Farsi"},   {17, "French"},
    {18, "German"},    {19, "Greek"},     {20, "Chamorro"},   {21, "Hebrew"},      {22, "Hindi"},   {23, "Hmong"},
    {24, "Hungarian"}, {25, "Iloko"},     {26, "Indonesian"}, {27, "Italian"},     {28, "Punjabi"}, {29, "Russian"},
    {30, "Samoan"},    {31, "Serbian"},   {32, "Thai"},       {33, "Turkish"},     {34, "Tongan"},  {35, "Urdu"},
    {36, "Cebuano"},   {38, "Ukrainian"}, {39, "Chinese"},    {40, "Pashto"},      {41, "Polish"},  {43, "Gujarati"},
    {45, "Romanian"},  {46, "Chinese"},   {47, "Lahu"},       {48, "Marshallese"}, {50, "Khmu"},    {51, "Kurdish"},
    {52, "Serbian"},   {53, "Cantonese"},
};

}  // namespace

std::optional<std::string> language_code_from_calpads(const std::string& number) {
    const std::string digits = trim(number);
    if (digits.empty() || digits.size() > 2 || digits.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    const int n = std::stoi(digits);
    for (const auto& [code, name] : kCalpads)
        if (code == n) return language_code(name);
    return std::nullopt;
}

std::optional<std::string> language_code(const std::string& name_or_code) {
    if (!is_valid_utf8(name_or_code)) return std::nullopt;  // the reader refuses such a cell with its line
    std::string folded = trim(fold_for_search(name_or_code));
    if (folded.empty()) return std::nullopt;
    if (auto it = known_names().find(folded); it != known_names().end()) return it->second;
    std::string spaced = folded;  // "Af-Soomaali", "Kreyol-Ayisyen"
    std::replace(spaced.begin(), spaced.end(), '-', ' ');
    if (auto it = known_names().find(spaced); it != known_names().end()) return it->second;
    return from_tag(trim(name_or_code));
}

std::string read_language(const std::string& typed) {
    auto code = language_code(typed);
    if (!code)
        throw ValidationError(tr("language"),
                              tr("{0} is not a language FamilyNight can read: write its name (Tigrinya, "
                                 "Farsi) or its code (ti, fa)",
                                 {quoted(typed)}));
    return *code;
}

bool is_language_code(const std::string& code) {
    const bool shaped = code.size() >= 2 && code.size() <= 8 && std::all_of(code.begin(), code.end(), [](char c) {
                            return (c >= 'a' && c <= 'z') || c == '-';
                        });
    // A code reads as a language of its own ("prs", "zh-hant", "pt-br"),
    // not as a name that happens to be short.
    if (!shaped) return false;
    auto read = language_code(code);
    return read && (*read == code || code.rfind(*read + "-", 0) == 0);
}

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

std::string language_in_itself(const std::string& code) {
    for (const auto& [known, name] : kNamesInThemselves)
        if (code == known) return name;
    icu::Locale locale(code == "zh-hant" ? "zh-Hant" : code.c_str());
    icu::UnicodeString name;
    locale.getDisplayName(locale, name);
    if (name.isEmpty() || name == icu::UnicodeString::fromUTF8(code)) return language_name(code);
    // ICU writes "español", "tiếng Việt": a list starts each with a capital,
    // as a form in that language does (scripts without case are unchanged).
    const UChar32 first = name.char32At(0);
    name.replace(0, U16_LENGTH(first), static_cast<UChar32>(u_totitle(first)));
    std::string out;
    name.toUTF8String(out);
    return out;
}

}  // namespace fn
