#pragma once
// The Print menu: every document of the chosen event, written as a PDF to
// the user's documents folder and opened in the system's PDF viewer.
#include <wx/string.h>

#include <functional>
#include <string>

#include "core/ids.h"
#include "print/print_document.h"

class wxFrame;
class wxMenu;

namespace fn::store {
class Database;
}

namespace fn::app {

class PrintMenu {
public:
    PrintMenu(wxFrame* frame, store::Database& db, std::function<Id()> current_event);

    // A new menu with one item per document; its commands are bound to the frame.
    wxMenu* make_menu();

    // Writes `kind` for the current event and opens it. Returns the file
    // written, or an empty string when nothing was (no event, cancelled, or
    // an error the user was told about).
    std::string print(printing::DocumentKind kind);

    // Where documents go (default: Documents/FamilyNight) and how they are
    // opened (default: the system viewer); tests replace both.
    std::string folder;
    // Opens the PDF; false when no viewer did (the user is told where it is).
    std::function<bool(const std::string& path)> open_document;
    // A document printed before is replaced only when this says yes; no
    // keeps it and writes the new one beside it ("... (2).pdf").
    std::function<bool(const std::string& path)> confirm_replace;
    // Languages for the flyer, asked each time unless set (tests set it).
    std::function<std::string()> ask_flyer_languages;
    // A very large run (a district's backpack mail) is said before it starts,
    // with its pages, paper and time; false stops it (default: a Yes/No box).
    std::function<bool(const wxString& what)> confirm_large;
    // How a refusal or a note is told (default: a message box; tests collect).
    std::function<void(const wxString& title, const wxString& message)> tell;

private:
    wxFrame* frame_;
    store::Database& db_;
    std::function<Id()> current_event_;
};

}  // namespace fn::app
