#pragma once
// Number fields that never change what was typed. A GTK spin control clamps
// a typed 45 to its maximum of 30 and keeps the old value when letters are
// typed, both without a word. Here every spin control of a form keeps the
// limits its XRC gave it, shown before typing (tooltip), while the widget
// itself accepts any number; reading a field checks the typed text against
// the limits and refuses with the field and the limit named.
class wxSpinCtrl;
class wxString;
class wxWindow;

namespace fn::app {

// For every wxSpinCtrl inside `form` (call once, after loading its XRC).
void guard_number_fields(wxWindow* form);

// The number typed in `field`; throws fn::Error in the app's language
// ("Adults: 45 is more than 30, the most this field takes").
int read_number(const wxSpinCtrl* field, const wxString& label);

}  // namespace fn::app
