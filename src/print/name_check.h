#pragma once
// Names that printed documents will not show whole: said when a family is
// typed (app forms, CLI), so someone can write them in by hand or change the
// spelling, instead of finding "[?]" on the sign-in sheet at the door.
#include <string>
#include <vector>

#include "core/household.h"
#include "io/roster_reader.h"

namespace fn::printing {

struct UnprintableName {
    std::string name;        // as typed
    std::string characters;  // the ones that print as "[?]"
};

// The guardians' and students' names of `h` with characters no font on this
// machine draws (emoji, CJK Extension B...).
std::vector<UnprintableName> names_that_will_not_print(const Household& h);

// The same for every row of a roster read for import, with its line: said
// in the import's dry run, before the names reach any sheet.
struct UnprintableRosterName {
    int line = 0;
    UnprintableName name;
};
std::vector<UnprintableRosterName> roster_names_that_will_not_print(const io::RosterFile& roster);

}  // namespace fn::printing
