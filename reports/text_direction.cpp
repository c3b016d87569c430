#include "reports/text_direction.h"

#include <unicode/locid.h>

namespace fn::reports {

bool writes_right_to_left(const std::string& language) { return icu::Locale(language.c_str()).isRightToLeft(); }

}  // namespace fn::reports
