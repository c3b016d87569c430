#pragma once
// Door mode's large type for the forms it opens (walk-in, childcare,
// pickup, door log): the volunteer reads them from the same step back.
class wxWindow;

namespace fn::app {

// Scales the type of `window` and every control in it by `factor`, then
// refits the window, never past the screen it is on. A factor of 1 or less
// leaves it as it is.
void enlarge_type(wxWindow* window, float factor);

}  // namespace fn::app
