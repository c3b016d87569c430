#pragma once
// Loads the plain data that printed documents are laid out from.
#include "core/ids.h"
#include "core/sheets.h"

#include <vector>

namespace fn::store {
class Database;
}

namespace fn::ops {

// Households with a yes RSVP, by family name (accents ignored), plus
// `blank_rows` empty rows for walk-ins.
SignInSheet load_sign_in_sheet(store::Database& db, Id event_id, int blank_rows = 15);
// One sheet per workshop (by round, then room): the households seated in it.
std::vector<SignInSheet> load_workshop_sign_in_sheets(store::Database& db, Id event_id, int blank_rows = 5);

// Meals by need with the walk-in buffer; children by age band with
// caregivers needed and signed up (the live counts, frozen for print).
HeadcountSheet load_headcount_sheet(store::Database& db, Id event_id);

// A flyer in one or two languages (e.g. {"es", "en"}), labels from the
// catalogs with the school's overrides.
Flyer load_flyer(store::Database& db, Id event_id, const std::vector<std::string>& languages);

// One flyer per household with students, in the household's language (with
// English beside it when `with_english`), slip pre-filled with the family
// name and code. Each goes home with the household's youngest student;
// bundles by homeroom, flyers by that student's name.
BackpackMail load_backpack_mail(store::Database& db, Id event_id, bool with_english = true);
// Its size, counted without loading it: households and homerooms.
struct BackpackSize {
    long long households = 0;
    long long homerooms = 0;
};
BackpackSize count_backpack_mail(store::Database& db);

// The invitation in every language sent (English plus each household
// language with printed labels), the agenda, the sign-in sheet, the
// attendance summary.
EvidenceBinder load_evidence_binder(store::Database& db, Id event_id);

}  // namespace fn::ops
