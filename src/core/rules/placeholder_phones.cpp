#include "core/rules/placeholder_phones.h"

#include <algorithm>

#include "core/text.h"

namespace fn {

bool is_placeholder_phone(const std::string& phone, const std::vector<std::string>& listed) {
    std::string d = digits_only(phone);
    if (d.empty()) return false;
    if (std::all_of(d.begin(), d.end(), [&](char c) { return c == d[0]; })) return true;
    // 555-0100 to 555-0199: the numbers set aside for examples and fiction.
    std::string last7 = d.size() >= 7 ? d.substr(d.size() - 7) : d;
    if (last7.size() == 7 && last7.compare(0, 5, "55501") == 0) return true;
    return std::any_of(listed.begin(), listed.end(), [&](const std::string& p) {
        std::string pd = digits_only(p);
        return !pd.empty() &&
               (d == pd || (d.size() > pd.size() && d.compare(d.size() - pd.size(), pd.size(), pd) == 0));
    });
}

}  // namespace fn
