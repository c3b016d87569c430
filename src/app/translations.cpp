#include "app/translations.h"

#include <clocale>
#include <cstdlib>
#include <cstring>
#include <string>

#include <wx/config.h>
#include <wx/filename.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/uilocale.h>

namespace fn::app {
namespace {
wxString language_in_use;  // "" until use_language: the system's

// GTK labels its own stock buttons (OK, Cancel, Yes, No in message boxes and
// choice dialogs) through gettext in the process's message locale, not
// through wx: a Spanish app on an English desktop showed "Cancel". gettext
// follows LANGUAGE unless the message locale is plain "C", which a bare
// machine has; C.UTF-8 is built into glibc and changes nothing else.
void tell_toolkit_the_language(const wxString& code) {
    static const std::string desktop = [] {
        const char* v = std::getenv("LANGUAGE");
        return std::string(v ? v : "");
    }();
    if (code.empty()) {
        if (desktop.empty())
            unsetenv("LANGUAGE");
        else
            setenv("LANGUAGE", desktop.c_str(), 1);
        return;
    }
    setenv("LANGUAGE", code.utf8_string().c_str(), 1);
    const char* messages = std::setlocale(LC_MESSAGES, nullptr);
    if (messages && (std::strcmp(messages, "C") == 0 || std::strcmp(messages, "POSIX") == 0))
        std::setlocale(LC_MESSAGES, "C.UTF-8");
}
}  // namespace

wxString current_language() {
    if (!language_in_use.empty()) return language_in_use;
    wxString system = wxUILocale::GetCurrent().GetName().BeforeFirst('_').BeforeFirst('-').BeforeFirst('.');
    // The C locale (a bare machine, a test) means the app's own English.
    return system.empty() || system == "C" || system == "POSIX" ? wxString("en") : system;
}

void use_language(const wxString& code) {
    language_in_use = code;
    static bool paths_added = false;
    if (!paths_added) {
        // The build tree first (running from build/), then beside the
        // installed program (PREFIX/bin -> PREFIX/share/locale), wherever the
        // package or `cmake --install` put it.
        wxFileName installed(wxStandardPaths::Get().GetExecutablePath());
        installed.RemoveLastDir();
        installed.AppendDir("share");
        installed.AppendDir("locale");
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(FN_BUILD_LOCALE_DIR);
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(installed.GetPath());
        paths_added = true;
    }
    tell_toolkit_the_language(code);
    auto* translations = new wxTranslations;
    if (!code.empty()) translations->SetLanguage(code);
    wxTranslations::Set(translations);  // takes ownership, drops the previous one
    translations->AddStdCatalog();      // wx's own (stock buttons, file dialogs)
    translations->AddCatalog("familynight");
}

wxString configured_language() { return wxConfigBase::Get()->Read("/Interface/Language", ""); }

void configure_language(const wxString& code) {
    wxConfigBase::Get()->Write("/Interface/Language", code);
    wxConfigBase::Get()->Flush();
}

wxString translated(const Text& text) {
    return wxString::FromUTF8(text.fill(
        [](const std::string& english) { return wxGetTranslation(wxString::FromUTF8(english)).utf8_string(); }));
}

}  // namespace fn::app
