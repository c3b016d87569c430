#include "app/type_size.h"

#include <wx/display.h>
#include <wx/window.h>

#include <algorithm>

namespace fn::app {
namespace {

// wx gives a control its parent's font only when it is created, so an
// XRC form already built is scaled control by control.
void scale_fonts(wxWindow* window, float factor) {
    window->SetFont(window->GetFont().Scaled(factor));
    for (wxWindow* child : window->GetChildren()) scale_fonts(child, factor);
}

}  // namespace

void enlarge_type(wxWindow* window, float factor) {
    if (factor <= 1.0f) return;
    scale_fonts(window, factor);
    window->InvalidateBestSize();
    window->Fit();
    wxRect area = wxDisplay(window).GetClientArea();
    wxSize size = window->GetSize();
    window->SetSize(std::min(size.x, area.width), std::min(size.y, area.height));
    window->CentreOnParent();
}

}  // namespace fn::app
