#include "app/type_size.h"

#include <wx/control.h>
#include <wx/display.h>
#include <wx/window.h>

#include <algorithm>
#include <vector>

namespace fn::app {
namespace {

struct Before {
    wxWindow* window;
    wxSize best, text_size;
    wxString text;
};

void note(wxWindow* window, std::vector<Before>& out) {
    auto* control = dynamic_cast<wxControl*>(window);
    wxString text = control && !control->GetLabelText().empty() ? control->GetLabelText() : wxString("Ag");
    out.push_back({window, window->GetBestSize(), window->GetTextExtent(text), text});
    for (wxWindow* child : window->GetChildren()) note(child, out);
}

// wx gives a control its parent's font only when it is created, so an XRC
// form already built is scaled control by control; sizes are noted before
// any change. GTK measures a new font only when the window is next
// drawn, so each control's minimum size grows here by what its text grows
// in the new type, measured by wx (Pango) now.
void scale_fonts(wxWindow* top, float factor) {
    std::vector<Before> all;
    note(top, all);
    for (const auto& b : all) b.window->SetFont(b.window->GetFont().Scaled(factor));  // parents first
    for (const auto& b : all) {
        if (!dynamic_cast<wxControl*>(b.window)) continue;  // not panels: their sizers follow their controls
        wxSize min = b.window->GetMinSize();
        min.IncTo(b.best + (b.window->GetTextExtent(b.text) - b.text_size));
        b.window->SetMinSize(min);
    }
}

}  // namespace

void enlarge_type(wxWindow* window, float factor) {
    if (factor <= 1.0f) return;
    scale_fonts(window, factor);
    window->InvalidateBestSize();
    wxSize size = window->GetSize();
    size.IncTo(window->GetBestSize());
    size.DecTo(wxDisplay(window).GetClientArea().GetSize());
    window->SetSize(size);
    window->Layout();
    window->CentreOnParent();
}

}  // namespace fn::app
