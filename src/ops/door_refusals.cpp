#include "ops/door_refusals.h"

namespace fn::ops {

ConflictError event_cancelled(const std::string& title) {
    return ConflictError(tr("the event '{0}' was cancelled", {title}));
}

NotFoundError no_event(Id event_id) {
    return NotFoundError(tr("no event with id {0}", {static_cast<long long>(event_id)}));
}

NotFoundError unknown_family(Id household_id, const std::string& code) {
    if (household_id == 0) return NotFoundError(tr("no family with code {0} here (a walk-in not sent yet?)", {code}));
    return NotFoundError(tr("no household with id {0}", {static_cast<long long>(household_id)}));
}

ConflictError already_checked_in(const CheckIn& existing) {
    return ConflictError(existing.station.empty()
                             ? tr("this family was already checked in at {0}", {existing.checked_in_at.substr(11, 5)})
                             : tr("this family was already checked in at {0} ({1})",
                                  {existing.checked_in_at.substr(11, 5), existing.station}));
}

ValidationError nobody_present() { return ValidationError(tr("check-in"), tr("at least one person must be present")); }

NotFoundError not_checked_in() { return NotFoundError(tr("this family is not checked in")); }

OperationReusedError correction_reused(const std::string& operation_id, int adults, int children) {
    return OperationReusedError(tr("the operation id {0} already corrected this family to {1}+{2}; nothing was done",
                                   {operation_id, adults, children}));
}

ConflictError fewer_than_in_care(int children_in_care, const std::string& pickup_code) {
    return ConflictError(
        tr("{0} of this family's children are in childcare (code {1}); the check-in cannot count fewer",
           {children_in_care, pickup_code}));
}

ValidationError children_to_care_out_of_range() {
    return ValidationError(tr("children"), tr("must be between 1 and 20"));
}

ConflictError no_childcare(const std::string& title) {
    return ConflictError(tr("the event '{0}' offers no childcare", {title}));
}

ConflictError check_in_before_childcare() {
    return ConflictError(tr("check the family in first, then hand the children to childcare"));
}

ConflictError more_children_than_came(int children_checked_in) {
    return ConflictError(
        tr("the family was checked in with {0} children; correct the check-in (Adjust) first", {children_checked_in}));
}

ConflictError already_in_care(const std::string& pickup_code) {
    return ConflictError(tr("this family's children are already in childcare with code {0}", {pickup_code}));
}

ConflictError tag_taken(const std::string& pickup_code) {
    return ConflictError(tr("the code {0} is already on another family's children; use the next tag", {pickup_code}));
}

OperationReusedError pickup_reused(const std::string& operation_id, const std::string& pickup_code) {
    return OperationReusedError(tr("the operation id {0} already picked up other children (code {1}); nothing was done",
                                   {operation_id, pickup_code}));
}

NotFoundError nobody_in_care_with(const std::string& pickup_code) {
    return NotFoundError(tr("no children in care with code {0}; check the tag", {pickup_code}));
}

}  // namespace fn::ops
