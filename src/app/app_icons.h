#pragma once
// FamilyNight's icon (installer/icons/familynight.svg, rendered 16-256 px),
// compiled into the program so every window shows it even when it runs
// from the build tree.
#include <wx/iconbndl.h>

namespace fn::app {

const wxIconBundle& app_icons();

}  // namespace fn::app
