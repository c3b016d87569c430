#pragma once
// The Counts tab as a dashboard: the numbers a coordinator acts on, as
// panels with a big figure, short bars and warnings in colour and words
// (RSVPs, meals by need with the allergies written out, interpreters by
// language, childcare by age band, workshop fill by round, volunteer gaps,
// the door). HTML for a wxHtmlWindow; the layout, not a rule.
#include <wx/string.h>

#include "core/event.h"
#include "ops/counts_ops.h"

namespace fn::app {

wxString counts_dashboard_html(const ops::EventCounts& counts);

}  // namespace fn::app
