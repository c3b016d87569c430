#include "print/name_check.h"

#include "reports/font_chain.h"

namespace fn::printing {

std::vector<UnprintableName> names_that_will_not_print(const Household& h) {
    std::vector<UnprintableName> found;
    auto check = [&](const std::string& name) {
        if (auto missing = reports::unprintable_characters(name); !missing.empty()) found.push_back({name, missing});
    };
    for (const auto& g : h.guardians) check(g.name);
    for (const auto& s : h.students) check(s.first_name + " " + s.last_name);
    return found;
}

std::vector<UnprintableRosterName> roster_names_that_will_not_print(const io::RosterFile& roster) {
    std::vector<UnprintableRosterName> found;
    for (const auto& row : roster.rows) {
        Household h;
        h.guardians = row.guardians;
        h.students = {row.student};
        for (auto& name : names_that_will_not_print(h)) found.push_back({row.line, std::move(name)});
    }
    return found;
}

}  // namespace fn::printing
