#pragma once
// Focus never goes where the eye cannot: a scrolled form shows the control
// the keyboard focus lands on, whatever kind of control it is.
class wxScrolledWindow;
class wxWindow;

namespace fn::app {

// Scrolls `form` to show each control inside it that takes the focus (Tab,
// Shift+Tab, a mnemonic). wx scrolls for most controls by itself; a
// wxChoice under GTK 3 reports no focus to wx at all (no wxEVT_SET_FOCUS,
// FindFocus() is null), so the form asks GTK where the focus is.
void keep_focus_in_view(wxScrolledWindow* form);

// The control inside `within` that has the keyboard focus, a wxChoice
// included; nullptr when the focus is elsewhere.
wxWindow* focused_control(wxWindow* within);

}  // namespace fn::app
