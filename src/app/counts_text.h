#pragma once
// The counts panel's text: the same figures the CLI prints, laid out for a
// coordinator glancing at the screen, in the app's language.
#include <wx/string.h>

#include "ops/counts_ops.h"

namespace fn::app {
wxString counts_summary(const ops::EventCounts& c);
}  // namespace fn::app
