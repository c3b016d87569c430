#pragma once
// The app's language: English strings in the code, catalogs built from
// src/app/po/*.po. Follows the system language unless the settings name one.
#include <wx/string.h>

#include "core/errors.h"

namespace fn::app {

// "" follows the system; "en", "es", ... choose. Replaces the current
// translations (tests switch back and forth).
void use_language(const wxString& code);

// The language chosen in the settings ("" = the system's), and saving it.
wxString configured_language();
// The language the windows speak now ("en", "es"), chosen or the system's.
wxString current_language();
void configure_language(const wxString& code);

// A message from the core or an operation in the app's language: its
// template and translatable values through the catalog.
wxString translated(const Text& text);
inline wxString translated(const Error& e) { return translated(e.text()); }

}  // namespace fn::app
