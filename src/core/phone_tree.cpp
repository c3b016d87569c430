#include "core/phone_tree.h"

#include <algorithm>

namespace fn {

std::vector<PhoneTreeCaller> share_calls(const std::vector<Caller>& callers, const std::vector<PhoneTreeCall>& calls) {
    std::vector<PhoneTreeCaller> sheets;
    for (const auto& c : callers) sheets.push_back({c.name, c.languages, {}});
    PhoneTreeCaller nobody;
    for (const auto& call : calls) {
        PhoneTreeCaller* least = nullptr;
        for (auto& sheet : sheets) {
            if (std::find(sheet.languages.begin(), sheet.languages.end(), call.language) == sheet.languages.end())
                continue;
            if (!least || sheet.calls.size() < least->calls.size()) least = &sheet;
        }
        (least ? least->calls : nobody.calls).push_back(call);
    }
    std::erase_if(sheets, [](const PhoneTreeCaller& s) { return s.calls.empty(); });
    if (!nobody.calls.empty()) sheets.push_back(std::move(nobody));
    return sheets;
}

}  // namespace fn
