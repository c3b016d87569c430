#pragma once
// What families read, in every language they read (forms/texts_dialog.xrc):
// one row a language; an event's title, description and place, a
// workshop's title and description, or a room's name. It only moves text
// between the grid and the maps; the form that opened it saves them with
// the rest and shows a refusal there, keeping what was typed.
#include <wx/dialog.h>

#include <map>
#include <string>
#include <vector>

#include "core/event.h"

class wxGrid;

namespace fn::app {

class TextsDialog : public wxDialog {
public:
    // An event's or a workshop's texts; `places` null: no place column (a workshop).
    TextsDialog(wxWindow* parent, const std::vector<std::string>& languages, const Translations& texts,
                const std::map<std::string, std::string>* places);
    // A room's names ("es" -> "Biblioteca").
    TextsDialog(wxWindow* parent, const std::vector<std::string>& languages,
                const std::map<std::string, std::string>& room_names);
    // What the grid holds, English left as it was given; an empty row removes that language.
    Translations texts() const;
    std::map<std::string, std::string> places() const;
    std::map<std::string, std::string> names() const;
    wxGrid* grid() const { return grid_; }

private:
    enum class Field { Title, Description, Place, Name };
    void fill(const std::vector<std::string>& languages, const std::vector<Field>& fields,
              const std::map<std::string, std::map<Field, std::string>>& values);
    std::map<std::string, std::string> column(Field field) const;  // language -> text, empty ones left out
    std::vector<std::string> languages_;
    std::vector<Field> fields_;
    Translations original_;
    wxGrid* grid_ = nullptr;
};

// "Español, Tiếng Việt": the languages besides English with a text, or "(none yet)".
wxString texts_summary(const Translations& texts);
wxString names_summary(const std::map<std::string, std::string>& names);

}  // namespace fn::app
