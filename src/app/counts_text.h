#pragma once
// The counts panel's text: the same figures the CLI prints, laid out for a
// coordinator glancing at the screen.
#include <string>

#include "ops/counts_ops.h"

namespace fn::app {
std::string counts_summary(const ops::EventCounts& c);
}  // namespace fn::app
