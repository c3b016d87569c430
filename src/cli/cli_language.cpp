#include "cli/cli_language.h"

#include <libintl.h>
#include <unistd.h>

#include <clocale>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace fn::cli {
namespace {

constexpr const char* kDomain = "familynight";

// The build tree's catalogs when run from it, else beside the installed
// program (PREFIX/bin -> PREFIX/share/locale), as the app finds them.
std::string catalog_folder() {
    if (std::filesystem::exists(FN_BUILD_LOCALE_DIR)) return FN_BUILD_LOCALE_DIR;
    std::error_code ec;
    auto program = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) return "/usr/share/locale";
    return (program.parent_path().parent_path() / "share" / "locale").string();
}

// The language asked for by the usual variables, as a catalog code ("es").
std::string asked_language() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* v = std::getenv(name);
        if (v && *v) return std::string(v).substr(0, std::strcspn(v, "_.@"));
    }
    return "";
}

}  // namespace

void start_language() {
    const char* set = std::setlocale(LC_MESSAGES, "");
    if (!set || std::strcmp(set, "C") == 0 || std::strcmp(set, "POSIX") == 0) {
        // A Spanish LANG on a machine without that locale, or LANGUAGE on a
        // bare one: gettext follows LANGUAGE unless the message locale is
        // plain "C"; C.UTF-8 is built into glibc and changes nothing else.
        const char* language = std::getenv("LANGUAGE");
        std::string asked = asked_language();
        if ((!language || !*language) && !asked.empty() && asked != "C" && asked != "POSIX")
            setenv("LANGUAGE", asked.c_str(), 1);
        std::setlocale(LC_MESSAGES, "C.UTF-8");
    }
    bindtextdomain(kDomain, catalog_folder().c_str());
    bind_textdomain_codeset(kDomain, "UTF-8");
}

std::string in_users_language(const Text& text) {
    return text.fill([](const std::string& english) { return std::string(dgettext(kDomain, english.c_str())); });
}

}  // namespace fn::cli
