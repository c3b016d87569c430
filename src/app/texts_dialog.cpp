#include "app/texts_dialog.h"
#include "app/form_loading.h"

#include <wx/dcclient.h>
#include <wx/grid.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>
#include <set>

#include "app/language_choice.h"

namespace fn::app {
namespace {

wxString heading(int field) {
    switch (field) {
        case 0:
            return _("Title");
        case 1:
            return _("Description");
        case 2:
            return _("Place");
        default:
            return _("Name");
    }
}

int width(int field) { return field == 0 ? 240 : field == 1 ? 280 : field == 2 ? 150 : 240; }

wxString summary(const std::vector<std::string>& languages) {
    wxString out;
    for (const auto& lang : languages) {
        if (lang == "en") continue;
        wxString name = language_label(lang).AfterFirst(' ');  // "Español" from "es Español"
        out << (out.empty() ? "" : ", ") << (name.empty() ? wxString::FromUTF8(lang) : name);
    }
    return out.empty() ? _("(none yet)") : out;
}

}  // namespace

TextsDialog::TextsDialog(wxWindow* parent, const std::vector<std::string>& languages, const Translations& texts,
                         const std::map<std::string, std::string>* places)
    : original_(texts) {
    std::map<std::string, std::map<Field, std::string>> values;
    for (const auto& [lang, text] : texts) {
        values[lang][Field::Title] = text.title;
        values[lang][Field::Description] = text.description;
    }
    std::vector<Field> fields{Field::Title, Field::Description};
    if (places) {
        fields.push_back(Field::Place);
        for (const auto& [lang, place] : *places) values[lang][Field::Place] = place;
    }
    load_dialog(this, parent, "TextsDialog");
    fill(languages, fields, values);
}

TextsDialog::TextsDialog(wxWindow* parent, const std::vector<std::string>& languages,
                         const std::map<std::string, std::string>& room_names) {
    std::map<std::string, std::map<Field, std::string>> values;
    for (const auto& [lang, name] : room_names) values[lang][Field::Name] = name;
    load_dialog(this, parent, "TextsDialog");
    SetTitle(_("Names in other languages"));
    XRCCTRL(*this, "explain", wxStaticText)
        ->SetLabel(
            _("Families whose language has no name here get the English one. Leave a row empty to keep it that way."));
    fill(languages, {Field::Name}, values);
}

void TextsDialog::fill(const std::vector<std::string>& languages, const std::vector<Field>& fields,
                       const std::map<std::string, std::map<Field, std::string>>& values) {
    fields_ = fields;
    // The school's languages, and any the texts are already in.
    std::set<std::string> rows(languages.begin(), languages.end());
    for (const auto& [lang, v] : values) rows.insert(lang);
    rows.erase("en");
    languages_.assign(rows.begin(), rows.end());

    grid_ = XRCCTRL(*this, "texts", wxGrid);
    grid_->CreateGrid(static_cast<int>(languages_.size()), static_cast<int>(fields_.size()));
    for (std::size_t c = 0; c < fields_.size(); ++c) {
        int field = static_cast<int>(fields_[c]);
        grid_->SetColLabelValue(static_cast<int>(c), heading(field));
        grid_->SetColSize(static_cast<int>(c), width(field));
    }
    wxClientDC measure(grid_);
    measure.SetFont(grid_->GetLabelFont());
    int label_width = 0;
    for (std::size_t r = 0; r < languages_.size(); ++r) {
        wxString label = language_label(languages_[r]);  // "vi Tiếng Việt": named in itself
        grid_->SetRowLabelValue(static_cast<int>(r), label);
        label_width = std::max(label_width, measure.GetTextExtent(label).x + 16);
        auto found = values.find(languages_[r]);
        if (found == values.end()) continue;
        for (std::size_t c = 0; c < fields_.size(); ++c)
            if (auto v = found->second.find(fields_[c]); v != found->second.end())
                grid_->SetCellValue(static_cast<int>(r), static_cast<int>(c), wxString::FromUTF8(v->second));
    }
    grid_->SetRowLabelSize(label_width);
    grid_->SetTabBehaviour(wxGrid::Tab_Wrap);
    // Never taller than a small laptop's screen: the grid scrolls instead.
    grid_->SetMaxSize(wxSize(-1, 330));
    Fit();
    if (!languages_.empty()) grid_->SetGridCursor(0, 0);
    grid_->SetFocus();
}

std::map<std::string, std::string> TextsDialog::column(Field field) const {
    std::map<std::string, std::string> out;
    auto at = std::find(fields_.begin(), fields_.end(), field);
    if (at == fields_.end()) return out;
    grid_->SaveEditControlValue();  // a cell still being typed in counts
    int c = static_cast<int>(at - fields_.begin());
    for (std::size_t r = 0; r < languages_.size(); ++r) {
        std::string text = grid_->GetCellValue(static_cast<int>(r), c).Trim().Trim(false).utf8_string();
        if (!text.empty()) out[languages_[r]] = text;
    }
    return out;
}

Translations TextsDialog::texts() const {
    Translations out;
    if (auto en = original_.find("en"); en != original_.end()) out["en"] = en->second;
    for (const auto& [lang, title] : column(Field::Title)) out[lang].title = title;
    for (const auto& [lang, description] : column(Field::Description)) out[lang].description = description;
    return out;
}

std::map<std::string, std::string> TextsDialog::places() const { return column(Field::Place); }
std::map<std::string, std::string> TextsDialog::names() const { return column(Field::Name); }

wxString texts_summary(const Translations& texts) {
    std::vector<std::string> languages;
    for (const auto& [lang, text] : texts)
        if (!text.title.empty()) languages.push_back(lang);
    return summary(languages);
}

wxString names_summary(const std::map<std::string, std::string>& names) {
    std::vector<std::string> languages;
    for (const auto& [lang, name] : names) languages.push_back(lang);
    return summary(languages);
}

}  // namespace fn::app
