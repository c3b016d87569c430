#include "app/focus_in_view.h"

#include <wx/event.h>
#include <wx/scrolwin.h>
#include <wx/window.h>

#include "app/gtk_calls.h"

namespace fn::app {
namespace {

bool holds(void* widget, void* focus) {
    return widget && focus && (widget == focus || gtk::is_ancestor(focus, widget));
}

// The innermost wx control of `parent` whose GTK widget holds `focus`.
wxWindow* control_holding(wxWindow* parent, void* focus) {
    for (wxWindow* child : parent->GetChildren()) {
        if (!holds(child->GetHandle(), focus)) continue;
        wxWindow* inner = control_holding(child, focus);
        return inner ? inner : child;
    }
    return nullptr;
}

}  // namespace

wxWindow* focused_control(wxWindow* within) {
    if (wxWindow* focused = wxWindow::FindFocus()) {
        for (wxWindow* w = focused; w; w = w->GetParent())
            if (w == within) return focused;
        return nullptr;
    }
    void* focus = gtk::focus_of_window(gtk::toplevel(within->GetHandle()));
    return holds(within->GetHandle(), focus) ? control_holding(within, focus) : nullptr;
}

void keep_focus_in_view(wxScrolledWindow* form) {
    // After each key's work is done: where the focus is now, shown.
    form->Bind(wxEVT_IDLE, [form, last = static_cast<wxWindow*>(nullptr)](wxIdleEvent& event) mutable {
        event.Skip();
        wxWindow* focused = focused_control(form);
        if (focused == last) return;
        last = focused;  // nullptr while the focus is elsewhere: shown again when it comes back
        if (!focused) return;
        wxChildFocusEvent shown(focused);  // what wx's scrolled windows scroll by
        form->GetEventHandler()->ProcessEvent(shown);
    });
}

}  // namespace fn::app
