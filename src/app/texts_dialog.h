#pragma once
// The texts of an event or a workshop in every language its families read
// (forms/texts_dialog.xrc): one row a language, title and description (and
// the place, for an event). It only moves text between the grid and the
// maps; the event or workshop form saves them with the rest and shows a
// refusal there, keeping what was typed.
#include <wx/dialog.h>

#include <map>
#include <string>
#include <vector>

#include "core/event.h"

class wxGrid;

namespace fn::app {

class TextsDialog : public wxDialog {
public:
    // `places` null: no place column (a workshop). English is never a row.
    TextsDialog(wxWindow* parent, const std::vector<std::string>& languages, const Translations& texts,
                const std::map<std::string, std::string>* places);
    // What the grid holds, English left as it was in `texts`; an empty row removes that language.
    Translations texts() const;
    std::map<std::string, std::string> places() const;
    wxGrid* grid() const { return grid_; }

private:
    std::string cell(int row, int col) const;
    std::vector<std::string> languages_;
    Translations original_;
    bool with_place_ = false;
    wxGrid* grid_ = nullptr;
};

// "Spanish, Tiếng Việt" for the languages with a title besides English, or "(none yet)".
wxString texts_summary(const Translations& texts);

}  // namespace fn::app
