#include "app/settings_dialog.h"
#include "app/wx_text.h"
#include "app/number_fields.h"

#include <algorithm>

#include <wx/choice.h>
#include <wx/display.h>
#include <wx/filepicker.h>
#include <wx/grid.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/language_choice.h"
#include "core/document_texts.h"
#include "core/labels.h"
#include "ops/settings_ops.h"
#include "core/text_list.h"

namespace fn::app {
namespace {
enum LabelColumn { kEnglish, kBuiltIn, kSchool };

// The grid's rows: the flyer's labels, then the words of the other papers
// families read (evaluation form, barrier slip, resources handout, pickup
// tags, sign-in headings).
const std::vector<std::string>& printed_keys() {
    static const std::vector<std::string> keys = [] {
        auto all = label_keys();
        for (const auto& k : document_text_keys()) all.push_back(k);
        return all;
    }();
    return keys;
}
}  // namespace

SettingsDialog::SettingsDialog(wxWindow* parent, store::Database& db)
    : FormDialog(parent, "SettingsDialog"), db_(db), settings_(ops::load_settings(db)) {
    set_field("name", u(settings_.name));
    set_field("address", u(settings_.address));
    set_field("phone", u(settings_.phone));
    XRCCTRL(*this, "logo", wxFilePickerCtrl)->SetPath(u(settings_.logo_path));
    std::string languages;
    for (const auto& l : settings_.languages) languages += (languages.empty() ? "" : " ") + l;
    set_field("languages", u(languages));
    XRCCTRL(*this, "paper", wxChoice)->SetSelection(settings_.paper == "a4" ? 1 : 0);  // items: Letter, A4
    // items: as each language writes them, 12-hour, 24-hour
    XRCCTRL(*this, "clock", wxChoice)->SetSelection(settings_.clock == "12" ? 1 : settings_.clock == "24" ? 2 : 0);
    XRCCTRL(*this, "buffer", wxSpinCtrl)->SetValue(settings_.walk_in_buffer_percent);
    set_field("bands", u(format_childcare_bands(settings_.childcare_bands)));
    set_field("smtp_host", u(settings_.mail.host));
    XRCCTRL(*this, "smtp_port", wxSpinCtrl)->SetValue(settings_.mail.port);
    // items: STARTTLS, TLS, none
    XRCCTRL(*this, "smtp_tls", wxChoice)
        ->SetSelection(settings_.mail.tls == "tls"    ? 1
                       : settings_.mail.tls == "none" ? 2
                                                      : 0);
    set_field("smtp_user", u(settings_.mail.user));
    set_field("smtp_from", u(settings_.mail.from_address));
    XRCCTRL(*this, "smtp_per_minute", wxSpinCtrl)->SetValue(settings_.mail.per_minute);

    labels_ = XRCCTRL(*this, "labels", wxGrid);
    labels_->CreateGrid(static_cast<int>(printed_keys().size()), 3);
    labels_->SetColLabelValue(kEnglish, _("English"));
    labels_->SetColLabelValue(kBuiltIn, _("Built-in wording"));
    labels_->SetColLabelValue(kSchool, _("Your school's wording"));
    labels_->SetRowLabelSize(0);
    // Long labels wrap inside their cell instead of running into the next one.
    labels_->SetDefaultCellOverflow(false);
    labels_->SetDefaultRenderer(new wxGridCellAutoWrapStringRenderer);
    for (int c = 0; c < 3; ++c) labels_->SetColSize(c, 220);
    auto english = labels_for("en");
    for (std::size_t r = 0; r < printed_keys().size(); ++r) {
        int row = static_cast<int>(r);
        const auto& key = printed_keys()[r];
        labels_->SetCellValue(row, kEnglish, u(r < label_keys().size() ? english.at(key) : document_text("en", key)));
        labels_->SetReadOnly(row, kEnglish);
        labels_->SetReadOnly(row, kBuiltIn);
    }
    auto* language = XRCCTRL(*this, "label_language", wxChoice);
    // The school's own flyer languages first among the choices people need.
    std::string first = settings_.languages.size() > 1 ? settings_.languages[1] : "es";
    fill_language_choice(language, first);
    language->Bind(wxEVT_CHOICE, [this, language](wxCommandEvent&) { show_labels(chosen_language(language)); });
    show_labels(first);
    Fit();
    // On a 1024x600 laptop the labels' grid would push the buttons off the
    // screen: the dialog takes the screen's height at most, the grid scrolls.
    const wxSize area = wxDisplay(parent ? parent : this).GetClientArea().GetSize();
    if (GetSize().y > area.y) {
        labels_->SetMinSize(FromDIP(wxSize(700, 120)));
        SetSize(wxSize(std::min(GetSize().x, area.x), area.y));
        CentreOnScreen();
    }
}

void SettingsDialog::keep_typed_labels() {
    if (label_language_.empty()) return;
    labels_->SaveEditControlValue();
    auto& overrides = settings_.label_overrides[label_language_];
    for (std::size_t r = 0; r < printed_keys().size(); ++r)
        set_label_override(overrides, label_language_, printed_keys()[r],
                           labels_->GetCellValue(static_cast<int>(r), kSchool).Trim().Trim(false).utf8_string());
    if (overrides.empty()) settings_.label_overrides.erase(label_language_);
}

void SettingsDialog::show_labels(const std::string& language) {
    keep_typed_labels();
    label_language_ = language;
    choose_language(XRCCTRL(*this, "label_language", wxChoice), language);
    auto built_in = built_in_labels(language);
    const auto& overrides = settings_.label_overrides[language];
    int missing = 0;
    const bool has_texts = has_document_texts(language);
    for (std::size_t r = 0; r < printed_keys().size(); ++r) {
        const auto& key = printed_keys()[r];
        const bool flyer_label = r < label_keys().size();
        int row = static_cast<int>(r);
        auto b = built_in.find(key);
        auto o = overrides.find(key);
        // The other papers' words fall back to English, never missing.
        const wxString own = flyer_label ? (b == built_in.end() ? wxString() : u(b->second))
                                         : (has_texts ? u(document_text(language, key)) : wxString());
        labels_->SetCellValue(row, kBuiltIn, own);
        labels_->SetCellValue(row, kSchool, o == overrides.end() ? wxString() : u(o->second));
        if (flyer_label && b == built_in.end() && o == overrides.end()) ++missing;
    }
    labels_->AutoSizeRows(false);
    auto* help = XRCCTRL(*this, "label_help", wxStaticText);
    wxString text =
        missing ? wxString::Format(_("%d of %zu labels have no wording in this language yet: until they do, "
                                     "its families get English flyers. Type them in the last column."),
                                   missing, label_keys().size())
                : _("The words printed on flyers and RSVP slips, then on the other papers families read (evaluation "
                    "form, barrier slip, resources handout, pickup tags, sign-in headings). Change any of them; "
                    "an empty cell uses the built-in wording.");
    if (!built_in.empty() && !labels_reviewed(language))
        text << "\n"
             << _("Not yet reviewed by a speaker: have one read the built-in wording (and correct it in the "
                  "last column) before the first mailing.");
    else if (has_document_texts(language) && !document_texts_reviewed(language))
        text << "\n"
             << _("The other papers' words in this language (evaluation form, barrier slip, resources handout, "
                  "pickup tags, sign-in headings) are not yet reviewed by a speaker.");
    help->SetLabel(text);
    help->Wrap(640);
    Layout();
}

wxString SettingsDialog::labels_help() const { return XRCCTRL(*this, "label_help", wxStaticText)->GetLabel(); }

void SettingsDialog::do_save() {
    keep_typed_labels();
    SchoolSettings s = settings_;
    s.name = field("name");
    s.address = XRCCTRL(*this, "address", wxTextCtrl)->GetValue().Trim().Trim(false).utf8_string();
    s.phone = field("phone");
    s.logo_path = XRCCTRL(*this, "logo", wxFilePickerCtrl)->GetPath().utf8_string();
    s.languages = split_words(field("languages"));
    s.paper = XRCCTRL(*this, "paper", wxChoice)->GetSelection() == 1 ? "a4" : "letter";
    const char* clocks[] = {"language", "12", "24"};
    s.clock = clocks[std::max(0, XRCCTRL(*this, "clock", wxChoice)->GetSelection())];
    s.walk_in_buffer_percent = read_number(XRCCTRL(*this, "buffer", wxSpinCtrl), _("Extra dinners for walk-ins (%)"));
    s.childcare_bands = parse_childcare_bands(field("bands"));
    s.mail.host = field("smtp_host");
    s.mail.port = read_number(XRCCTRL(*this, "smtp_port", wxSpinCtrl), _("Port (0: the usual one)"));
    const char* security[] = {"starttls", "tls", "none"};
    s.mail.tls = security[std::max(0, XRCCTRL(*this, "smtp_tls", wxChoice)->GetSelection())];
    s.mail.user = field("smtp_user");
    s.mail.from_address = field("smtp_from");
    s.mail.per_minute =
        read_number(XRCCTRL(*this, "smtp_per_minute", wxSpinCtrl), _("At most this many messages a minute"));
    ops::save_settings(db_, s);
    settings_ = s;
}

}  // namespace fn::app
