#pragma once
// The families of a class (a homeroom as the roster writes it), for the
// teacher's contact view, the lunch draw and home visit offers.
#include <set>
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
// The classes a family is in through its students still at the school, each
// once (coverage counts a family once per class).
std::set<std::string> classes_of(const Household& h);

}  // namespace fn::ops
