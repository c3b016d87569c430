#pragma once
// The colours of status lines and quiet rows, chosen for meaning (a problem
// red, a warning amber, done green, past grey) and then made readable on
// the theme in use, light, dark or high contrast (4.5:1, core/contrast).
// Every status line also says its meaning in words: colour is never alone.
#include <wx/colour.h>

class wxWindow;

namespace fn::app {

enum class Tone { Good, Warning, Problem, Quiet };

// `tone`'s colour, readable on `where`'s background.
wxColour tone_colour(Tone tone, const wxWindow* where);
// Sets `text`'s colour to `tone`'s.
void show_tone(wxWindow* text, Tone tone);

}  // namespace fn::app
