#include "core/home_visit.h"

#include "core/calendar.h"
#include "core/errors.h"
#include "core/limits.h"
#include "core/text.h"

namespace fn {

bool same_staff(const std::string& a, const std::string& b) {
    return fold_for_search(trim(a)) == fold_for_search(trim(b));
}

void validate(const HomeVisit& v) {
    check_date(tr("offered on"), v.offered_on);
    check_text(tr("offered by"), v.offered_by, limits::kName, true);
    if (v.answer != "" && v.answer != "yes" && v.answer != "no")
        throw ValidationError(tr("answer"), tr("{0} is not yes or no", {quoted(v.answer)}));
    if (!v.consent_on.empty()) check_date(tr("consent date"), v.consent_on);
    if (!v.visit_on.empty()) {
        check_date(tr("visit date"), v.visit_on);
        if (v.answer != "yes" || v.consent_on.empty())
            throw ValidationError(tr("visit date"), tr("a visit is planned only once the family has said yes"));
        check_text(tr("staff"), v.staff, limits::kName, true);
        check_text(tr("second staff member"), v.second_staff, limits::kName, true);
        // Two educators, always: it is a visit, not an inspection.
        if (same_staff(v.staff, v.second_staff))
            throw ValidationError(tr("second staff member"), tr("a home visit is made by two different staff members"));
        if (!v.interpreter.empty() && !same_staff(v.interpreter, v.staff) && !same_staff(v.interpreter, v.second_staff))
            throw ValidationError(tr("interpreter"),
                                  tr("{0} is not one of the two who visit", {quoted(v.interpreter)}));
    }
    if (v.minutes < 0 || v.minutes > 480)
        throw ValidationError(tr("minutes"), tr("{0} is not between 0 and 480 minutes", {v.minutes}));
    if (v.made && v.visit_on.empty()) throw ValidationError(tr("visit date"), tr("a visit is made on a planned day"));
    check_multiline_text(tr("reflection"), v.reflection, 2000);
}

}  // namespace fn
