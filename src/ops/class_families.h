#pragma once
// The families of a class (a homeroom as the roster writes it), for the
// teacher's contact view, the lunch draw and home visit offers.
#include <string>
#include <vector>

#include "ops/contact_ops.h"

namespace soci {
class session;
}

namespace fn::ops {

// The families with a student still at the school in `homeroom` (case and
// spaces ignored), in family name order.
std::vector<ClassFamily> families_of_class(soci::session& sql, const std::string& homeroom);

}  // namespace fn::ops
