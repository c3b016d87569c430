#include "app/texts_dialog.h"

#include <wx/dcclient.h>
#include <wx/grid.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>
#include <set>

#include "app/language_choice.h"

namespace fn::app {
namespace {
enum Column { kTitle, kDescription, kPlace };
}

TextsDialog::TextsDialog(wxWindow* parent, const std::vector<std::string>& languages, const Translations& texts,
                         const std::map<std::string, std::string>* places)
    : original_(texts), with_place_(places != nullptr) {
    wxXmlResource::Get()->LoadDialog(this, parent, "TextsDialog");
    // The school's languages, and any the texts are already in.
    std::set<std::string> rows(languages.begin(), languages.end());
    for (const auto& [lang, text] : texts) rows.insert(lang);
    if (places)
        for (const auto& [lang, place] : *places) rows.insert(lang);
    rows.erase("en");
    languages_.assign(rows.begin(), rows.end());

    grid_ = XRCCTRL(*this, "texts", wxGrid);
    grid_->CreateGrid(static_cast<int>(languages_.size()), with_place_ ? 3 : 2);
    grid_->SetColLabelValue(kTitle, _("Title"));
    grid_->SetColLabelValue(kDescription, _("Description"));
    if (with_place_) grid_->SetColLabelValue(kPlace, _("Place"));
    wxClientDC measure(grid_);
    measure.SetFont(grid_->GetLabelFont());
    int label_width = 0;
    for (std::size_t r = 0; r < languages_.size(); ++r) {
        const auto& lang = languages_[r];
        int row = static_cast<int>(r);
        wxString label = language_label(lang);  // "vi Tiếng Việt": named in itself
        grid_->SetRowLabelValue(row, label);
        label_width = std::max(label_width, measure.GetTextExtent(label).x + 16);
        if (auto t = texts.find(lang); t != texts.end()) {
            grid_->SetCellValue(row, kTitle, wxString::FromUTF8(t->second.title));
            grid_->SetCellValue(row, kDescription, wxString::FromUTF8(t->second.description));
        }
        if (places)
            if (auto p = places->find(lang); p != places->end()) grid_->SetCellValue(row, kPlace, wxString::FromUTF8(p->second));
    }
    grid_->SetRowLabelSize(label_width);
    grid_->SetColSize(kTitle, 240);
    grid_->SetColSize(kDescription, 280);
    if (with_place_) grid_->SetColSize(kPlace, 150);
    grid_->SetTabBehaviour(wxGrid::Tab_Wrap);
    // Never taller than a small laptop's screen: the grid scrolls instead.
    grid_->SetMaxSize(wxSize(-1, 330));
    Fit();
    if (!languages_.empty()) grid_->SetGridCursor(0, kTitle);
    grid_->SetFocus();
}

std::string TextsDialog::cell(int row, int col) const {
    return grid_->GetCellValue(row, col).Trim().Trim(false).utf8_string();
}

Translations TextsDialog::texts() const {
    Translations out;
    if (auto en = original_.find("en"); en != original_.end()) out["en"] = en->second;
    grid_->SaveEditControlValue();  // a cell still being typed in counts
    for (std::size_t r = 0; r < languages_.size(); ++r) {
        int row = static_cast<int>(r);
        LocalizedText t{cell(row, kTitle), cell(row, kDescription)};
        if (!t.title.empty() || !t.description.empty()) out[languages_[r]] = t;
    }
    return out;
}

std::map<std::string, std::string> TextsDialog::places() const {
    std::map<std::string, std::string> out;
    if (!with_place_) return out;
    grid_->SaveEditControlValue();
    for (std::size_t r = 0; r < languages_.size(); ++r)
        if (auto place = cell(static_cast<int>(r), kPlace); !place.empty()) out[languages_[r]] = place;
    return out;
}

wxString texts_summary(const Translations& texts) {
    wxString out;
    for (const auto& [lang, text] : texts) {
        if (lang == "en" || text.title.empty()) continue;
        wxString name = language_label(lang).AfterFirst(' ');
        out << (out.empty() ? "" : ", ") << (name.empty() ? wxString::FromUTF8(lang) : name);
    }
    return out.empty() ? _("(none yet)") : out;
}

}  // namespace fn::app
