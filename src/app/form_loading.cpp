#include "app/form_loading.h"

#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/choice_search.h"
#include "app/gtk_calls.h"
#include "app/tones.h"

namespace fn::app {
namespace {

// The field a label before it names: the window itself when it takes the
// keyboard, else the first such window inside it (a panel of choices).
wxWindow* first_field(wxWindow* window) {
    if (!window || !window->IsEnabled() || wxDynamicCast(window, wxStaticText)) return nullptr;
    if (window->AcceptsFocusFromKeyboard() && window->GetChildren().empty()) return window;
    if (window->AcceptsFocusFromKeyboard() && !wxDynamicCast(window, wxPanel)) return window;  // a spin, a choice
    for (wxWindow* child : window->GetChildren())
        if (wxWindow* field = first_field(child)) return field;
    return nullptr;
}

wxWindow* first_field(wxSizer* sizer);
wxWindow* first_field(wxSizerItem* item) {
    if (item->IsWindow()) return first_field(item->GetWindow());
    if (item->IsSizer()) return first_field(item->GetSizer());
    return nullptr;
}
wxWindow* first_field(wxSizer* sizer) {
    for (wxSizerItem* item : sizer->GetChildren())
        if (wxWindow* field = first_field(item)) return field;
    return nullptr;
}

// In sizer order: a label, then the field it names.
void tie_in(wxSizer* sizer) {
    wxStaticText* label = nullptr;
    for (wxSizerItem* item : sizer->GetChildren()) {
        if (item->IsSizer()) tie_in(item->GetSizer());
        if (item->IsSpacer()) continue;
        if (item->IsWindow())
            if (auto* text = wxDynamicCast(item->GetWindow(), wxStaticText)) {
                label = text->GetLabel().empty() ? nullptr : text;  // an empty one is a message line
                continue;
            }
        if (label)
            if (wxWindow* field = first_field(item)) gtk::tie_label(label->GetHandle(), field->GetHandle());
        label = nullptr;
    }
}

void tie_within(wxWindow* window) {
    if (wxSizer* sizer = window->GetSizer()) tie_in(sizer);
    // A form's "error" line: red that reads on the theme in use, not the light theme's #B00020.
    if (window->GetName() == "error" && wxDynamicCast(window, wxStaticText)) show_tone(window, Tone::Problem);
    // A field no label names, with a hint ("Type a name or scan the family code"): named by it.
    if (auto* text = wxDynamicCast(window, wxTextCtrl); text && !text->GetHint().empty()) {
        const char* named = gtk::name_for_screen_readers(text->GetHandle());
        if (!named || !*named) gtk::name_for_screen_readers(text->GetHandle(), text->GetHint().utf8_str());
    }
    // A drop-down chosen from by typing, not only by scrolling.
    if (auto* choice = wxDynamicCast(window, wxChoice)) make_searchable(choice);
    for (wxWindow* child : window->GetChildren()) tie_within(child);
}

}  // namespace

void tie_labels(wxWindow* form) { tie_within(form); }

void load_dialog(wxDialog* dialog, wxWindow* parent, const char* xrc_name) {
    wxXmlResource::Get()->LoadDialog(dialog, parent, xrc_name);
    tie_labels(dialog);
}

void load_panel(wxPanel* panel, wxWindow* parent, const char* xrc_name) {
    wxXmlResource::Get()->LoadPanel(panel, parent, xrc_name);
    tie_labels(panel);
}

}  // namespace fn::app
