#include "core/resource.h"

#include "core/enum_names.h"
#include "core/errors.h"
#include "core/limits.h"
#include "core/text.h"

namespace fn {
namespace {

constexpr EnumNames<ResourceCategory, 7> kCategories{{{ResourceCategory::Food, "food"},
                                                      {ResourceCategory::Housing, "housing"},
                                                      {ResourceCategory::Health, "health"},
                                                      {ResourceCategory::AdultEducation, "adult-education"},
                                                      {ResourceCategory::LegalAid, "legal-aid"},
                                                      {ResourceCategory::LanguageClasses, "language-classes"},
                                                      {ResourceCategory::Other, "other"}}};
constexpr EnumNames<ResourceCost, 4> kCosts{{{ResourceCost::Free, "free"},
                                             {ResourceCost::LowCost, "low-cost"},
                                             {ResourceCost::SlidingScale, "sliding-scale"},
                                             {ResourceCost::Fee, "fee"}}};

}  // namespace

std::string to_string(ResourceCategory v) { return enum_to_string(kCategories, v); }
ResourceCategory parse_resource_category(const std::string& s) { return enum_from_string(kCategories, s, "category"); }
std::string to_string(ResourceCost v) { return enum_to_string(kCosts, v); }
ResourceCost parse_resource_cost(const std::string& s) { return enum_from_string(kCosts, s, "cost"); }

const std::vector<ResourceCategory>& resource_categories() {
    static const std::vector<ResourceCategory> all{ResourceCategory::Food,     ResourceCategory::Housing,
                                                   ResourceCategory::Health,   ResourceCategory::AdultEducation,
                                                   ResourceCategory::LegalAid, ResourceCategory::LanguageClasses,
                                                   ResourceCategory::Other};
    return all;
}

std::string category_text_key(ResourceCategory c) {
    std::string key = "category_" + to_string(c);
    for (auto& ch : key)
        if (ch == '-') ch = '_';
    return key;
}

std::string cost_text_key(ResourceCost c) {
    switch (c) {
        case ResourceCost::Free: return "cost_free";
        case ResourceCost::LowCost: return "cost_low";
        case ResourceCost::SlidingScale: return "cost_sliding";
        case ResourceCost::Fee: return "cost_fee";
    }
    return "cost_fee";
}

void validate(const CommunityResource& r) {
    check_text(tr("resource name"), r.name, limits::kName, true);
    check_multiline_text(tr("address"), r.address, 500);
    check_text(tr("hours"), r.hours, limits::kShortText);
    check_text(tr("phone"), r.phone, 40);
    for (const auto& code : r.languages) {
        const bool ok = code.size() >= 2 && code.size() <= 8 &&
                        code.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string::npos;
        if (!ok) throw ValidationError(tr("languages served"), tr("{0} is not a language code like en, es or zh-hant", {quoted(code)}));
    }
    check_multiline_text(tr("notes"), r.notes, 500);
}

}  // namespace fn
