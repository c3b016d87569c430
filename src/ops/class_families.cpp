#include "ops/class_families.h"

#include <algorithm>

#include "core/text.h"
#include "store/household_store.h"

namespace fn::ops {
namespace {
std::string class_key(const std::string& homeroom) { return fold_for_search(trim(homeroom)); }
}  // namespace

std::vector<ClassFamily> families_of_class(soci::session& sql, const std::string& homeroom) {
    const std::string key = class_key(homeroom);
    std::vector<ClassFamily> out;
    for (const auto& h : store::load_households(sql, store::all_household_ids(sql))) {
        std::string students;
        for (const auto& s : h.students)
            if (s.left_on.empty() && class_key(s.homeroom) == key)
                students += (students.empty() ? "" : ", ") + s.first_name;
        if (students.empty()) continue;
        out.push_back({h.id, h.code, h.family_name(), students, h.language, suggested_channel(h), ""});
    }
    std::stable_sort(out.begin(), out.end(), [](const ClassFamily& a, const ClassFamily& b) {
        return fold_for_search(a.family_name) < fold_for_search(b.family_name);
    });
    return out;
}

std::set<std::string> classes_of(const Household& h) {
    std::set<std::string> rooms;
    for (const auto& s : h.students)
        if (s.left_on.empty() && !trim(s.homeroom).empty()) rooms.insert(trim(s.homeroom));
    return rooms;
}

}  // namespace fn::ops
